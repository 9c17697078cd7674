package org.dateline.lang.fr;

import java.util.List;
import java.util.Set;
import org.dateline.time.Tense;

/**
 * Guesses whether a French sentence speaks of the past or the future, which is all the resolver
 * needs to place a bare "mardi" or "juin": a simple future or "aller" + infinitive is future; a
 * compound past, an imperfect, "hier" or "il y a" is past. Without a tagger it reads words and their
 * endings, one pass, so it errs towards "unknown" rather than a wrong guess.
 */
final class FrenchTense {

  private FrenchTense() {}

  private static final Set<String> FUTURE_WORDS = Set.of("sera", "seront", "serons", "serez", "aura", "auront",
      "fera", "feront", "pourra", "pourront", "devra", "devront", "ira", "iront", "viendra", "viendront", "prochain",
      "prochaine", "prochains", "prochaines", "demain", "bientôt", "prochainement");
  private static final String[] FUTURE_ENDINGS = {"erai", "eras", "era", "erons", "erez", "eront", "irai", "iras", "ira",
      "irons", "irez", "iront", "rai", "rons", "rez", "ront"};
  private static final Set<String> NOT_FUTURE = Set.of("opéra", "caméra", "extra", "ultra", "sahara", "cobra", "mantra",
      "tiara", "contra", "para", "ira", "mira", "intra", "aura", "front", "affront", "rai", "rez", "ront", "marché",
      "vera", "tora", "sira", "éra", "bora", "hera", "sera");
  private static final Set<String> GO = Set.of("va", "vont", "vais", "vas", "allons", "allez", "allait", "allaient");
  private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "avons", "avez", "ai", "as",
      "est", "sont", "était", "étaient", "fut", "furent", "eu", "été");
  private static final Set<String> PAST_WORDS = Set.of("hier", "dernier", "dernière", "derniers", "dernières",
      "passé", "passée", "passés", "passées", "naguère", "autrefois", "auparavant");
  private static final String[] PARTICIPLE_ENDINGS = {"é", "ée", "és", "ées", "i", "is", "it", "u", "us", "ue", "ues",
      "ert", "erts", "int", "ort"};

  static Tense of(CharSequence sentence) {
    List<String> words = Tense.words(sentence);
    boolean past = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (FUTURE_WORDS.contains(w) || isFutureForm(w)
          || (GO.contains(w) && i + 1 < words.size() && isInfinitive(words.get(i + 1)))) {
        return Tense.FUTURE;
      }
      if (!past) {
        past = PAST_WORDS.contains(w)
            || (w.length() > 5 && (w.endsWith("ait") || w.endsWith("aient")))
            || (w.equals("y") && i > 0 && words.get(i - 1).equals("il") && i + 1 < words.size() && words.get(i + 1).equals("a"))
            || (AUXILIARIES.contains(w) && participleFollows(words, i));
      }
    }
    return past ? Tense.PAST : Tense.UNKNOWN;
  }

  private static boolean isFutureForm(String w) {
    if (w.length() < 5 || NOT_FUTURE.contains(w)) {
      return false;
    }
    for (String ending : FUTURE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInfinitive(String w) {
    return w.length() > 3 && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"));
  }

  /** "a annoncé", "ont été", "est arrivé", "a déjà dit": a participle within the next two words. */
  /** "j'ai vu", "il a pu", "ils ont dû": participles too short to be told by their ending. */
  private static final Set<String> SHORT_PARTICIPLES = Set.of("vu", "eu", "pu", "dû", "lu", "su", "bu", "cru", "mû");

  /**
   * Words after "a", "ont", "est" with a participle's ending that are none: "ont rendez-vous", "a lieu",
   * "a droit", "est ici", "a peu", "sont tous", "a lundi".
   */
  private static final Set<String> NOT_PARTICIPLES = Set.of("vous", "nous", "tous", "plus", "sous", "dessus", "lieu",
      "milieu", "peu", "jeu", "feu", "droit", "lui", "ici", "aussi", "parmi", "midi", "ceci", "celui", "lundi", "mardi",
      "mercredi", "jeudi", "vendredi", "samedi");

  private static boolean participleFollows(List<String> words, int auxiliary) {
    for (int j = auxiliary + 1; j <= auxiliary + 2 && j < words.size(); j++) {
      String w = words.get(j);
      if (SHORT_PARTICIPLES.contains(w)) {
        return true;
      }
      if (w.length() < 3 || NOT_PARTICIPLES.contains(w)) {
        continue;
      }
      for (String ending : PARTICIPLE_ENDINGS) {
        if (w.endsWith(ending)) {
          return true;
        }
      }
    }
    return false;
  }

}
