package org.dateline.lang.fr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Span;

/**
 * The narrator's sentences inside a turn of dialogue, which a dash does not close: "— Hier soir,
 * comme j'allais me coucher. Les trois hommes rentrèrent fort inquiets." A sentence narrates when
 * it has a verb in a tense of narration (imperfect, past historic) and nothing of speech (no first
 * or second person, no exclamation, question or trailing off). French: novels narrate in those
 * tenses and speak in the others.
 */
final class FrenchNarration {

  /** "rentrèrent", "donnait", "couraient", "tomba", "sortit", "parut": third persons of the narrative tenses. */
  private static final Pattern NARRATIVE_VERB = Pattern.compile(
      "\\p{L}{2,}(?:aient|èrent|irent|urent)|\\p{L}{2,}ait|\\p{L}{3,}(?:a|it|ut|int)");
  /**
   * "nous arrivâmes", "je sautai": the past historic in the first person, which a narrator telling
   * his own story uses and a speaker hardly ever does.
   */
  private static final Pattern FIRST_PERSON_NARRATIVE = Pattern.compile("\\p{L}{2,}(?:âmes|îmes|ûmes)|\\p{L}{3,}[^r]ai");
  /** "sera", "viendra", "verra", "aura": the future, which ends like a past historic. */
  private static final Pattern FUTURE = Pattern.compile("\\p{L}*(?:era|dra|rra|aura)");
  /** Not verbs, or not narrative, though they end like one. */
  private static final Set<String> NOT_NARRATIVE = Set.of("fait", "sait", "lait", "trait", "plait", "cela", "voilà",
      "déjà", "celle-là", "tout", "dit", "petit", "nuit", "lit", "esprit", "écrit", "bruit", "fruit", "droit",
      "jamais", "mais", "délai", "essai", "balai");
  /** Words of a speaker to a listener: "je", "vous", "mon", "nos"... */
  private static final Set<String> PERSONAL = Set.of("je", "j'", "me", "m'", "moi", "tu", "te", "t'", "toi", "nous",
      "vous", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos");
  /** A sentence ends at these, before spaces and a capital or a dash; not a title's period ("M. Homais"). */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<!\\b(?:M|MM|Mme|Mlle|Mgr|Dr|St|Ste))[.!?…]+[\\s\\u00a0\\u202f]+(?=[\\p{Lu}—–])");
  private static final Pattern WORD = Pattern.compile("\\p{L}+'|[\\p{L}-]+");

  private FrenchNarration() {}

  /** Words only a speaker addresses to a listener. */
  private static final Set<String> SECOND_PERSON = Set.of("tu", "te", "t'", "toi", "vous", "ton", "ta", "tes",
      "votre", "vos");

  /** Whether a sentence is the narrator's, not a speaker's: a narrative tense, and no speaker in it. */
  static boolean narrates(String sentence) {
    Reading r = read(sentence);
    return !r.punctuation() && (r.firstPersonTense() || (r.tense() && !r.personal()));
  }

  /**
   * Whether a sentence after the narrator's own goes on narrating: a narrative tense, and no
   * exclamation, question or listener ("— Cependant je ne pouvais m'empêcher d'aimer Clarimonde").
   */
  static boolean goesOnNarrating(String sentence) {
    Reading r = read(sentence);
    return !r.punctuation() && !r.listener() && (r.tense() || r.firstPersonTense());
  }

  /** A teller still speaking: an exclamation, a question, a trailing off, a first or a second person. */
  static boolean soundsSpoken(String passage) {
    Reading r = read(passage);
    return r.punctuation() || r.personal();
  }

  /** What a sentence shows of its teller. */
  private record Reading(boolean punctuation, boolean tense, boolean firstPersonTense, boolean personal,
      boolean listener) {}

  private static Reading read(String sentence) {
    boolean punctuation = sentence.indexOf('!') >= 0 || sentence.indexOf('?') >= 0 || sentence.contains("…")
        || sentence.contains("..");
    boolean tense = false;
    boolean firstPersonTense = false;
    boolean personal = false;
    boolean listener = false;
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      String w = m.group();
      boolean verbLike = !NOT_NARRATIVE.contains(w) && !FUTURE.matcher(w).matches();
      tense |= verbLike && NARRATIVE_VERB.matcher(w).matches();
      firstPersonTense |= verbLike && FIRST_PERSON_NARRATIVE.matcher(w).matches();
      personal |= PERSONAL.contains(w);
      listener |= SECOND_PERSON.contains(w);
    }
    return new Reading(punctuation, tense, firstPersonTense, personal, listener);
  }

  static List<Span> sentences(String text, Span piece) {
    List<Span> sentences = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text).region(piece.start(), piece.end());
    int start = piece.start();
    while (m.find()) {
      sentences.add(new Span(start, trimEnd(text, start, m.end())));
      start = m.end();
    }
    if (start < piece.end()) {
      sentences.add(new Span(start, piece.end()));
    }
    return sentences;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }
}
