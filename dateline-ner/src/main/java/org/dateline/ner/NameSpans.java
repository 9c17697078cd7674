package org.dateline.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.EntityType;

/**
 * Trims a span the tagger marked down to the name it holds: greedy tagging sometimes runs a name on
 * into the words around it ("d'Aix-les-Bains", "Transports rappelle", "l'Australien Jacob
 * Birtwhistle", "Holmström «"), and these words are recognisable whatever the name.
 */
final class NameSpans {

  /** Words a name never starts or ends with, though the tagger may take them in: "d'", "l'", "de", "la"… */
  private static final Set<String> FUNCTION_WORDS = Set.of("d'", "l'", "de", "du", "des", "la", "le", "les",
      "the", "of", "à", "au", "en", "et", "and");

  /** Words a name never ends with: clitics and negation that start the verb after it ("La Fédération n'a"). */
  private static final Set<String> VERB_OPENERS = Set.of("n'", "ne", "se", "s'", "y", "qui", "que", "qu'", "a", "est",
      "sont", "ont", "is", "was", "has", "have", "had", "are", "were", "who", "which", "that");

  /**
   * Demonstrative and possessive determiners: a name never holds one ("du Kremlin en échange de ces
   * livraisons" is a name that ran on), while articles and prepositions it may ("Chambre des communes").
   */
  private static final Set<String> DETERMINERS = Set.of("ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
      "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "this", "these", "those", "his", "her", "their",
      "its", "our", "your", "my");

  private final Gazetteer gazetteer;

  NameSpans(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The name's token range [from, to) inside the tagged range; empty (from == to) when none is left. */
  int[] trim(List<String> words, int from, int to, EntityType type) {
    to = endBeforeDeterminer(words, from, to);
    while (from < to && FUNCTION_WORDS.contains(normalised(words.get(from)))) {
      from++; // "d'Aix-les-Bains": the elided preposition is no part of the name
    }
    while (to > from && endsNothing(normalised(words.get(to - 1)))) {
      to--; // "Conseil européen des", "Holmström «": nor is a word left dangling at the end
    }
    if (type == EntityType.PERSON && to - from >= 3 && isDemonym(words.get(from))) {
      from++; // "l'Australien Jacob Birtwhistle": the nationality describes the person, it is not his name
    }
    return new int[] {from, to};
  }

  private static boolean endsNothing(String word) {
    return FUNCTION_WORDS.contains(word) || VERB_OPENERS.contains(word) || word.chars().noneMatch(Character::isLetterOrDigit);
  }

  private boolean isDemonym(String word) {
    List<Gazetteer.Match> found = gazetteer.find(List.of(word.toLowerCase(Locale.ROOT)));
    return Character.isUpperCase(word.charAt(0)) && !found.isEmpty() && found.get(0).category().equals("DEMONYM");
  }

  /**
   * Where a tagged span that runs onto a determiner really ends: at its last capitalised word before
   * the determiner; the span's own end when it holds none.
   */
  static int endBeforeDeterminer(List<String> words, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (DETERMINERS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
        int end = k;
        while (end > from + 1 && !Character.isUpperCase(words.get(end - 1).charAt(0))) {
          end--;
        }
        return end;
      }
    }
    return to;
  }

  private static String normalised(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
