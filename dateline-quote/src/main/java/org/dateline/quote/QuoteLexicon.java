package org.dateline.quote;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a language reports speech with. All words lower case.
 *
 * @param cueStems beginnings of reporting verbs and phrases ("déclar", "affirm", "said", "told")
 * @param sourcePrepositions words that introduce a source ("selon", "according")
 * @param smallWords words a title may leave in lower case ("de", "for", "the")
 * @param viaPrepositions the preposition before the medium a speaker told ("à" in "a déclaré à l'AFP", "to")
 * @param pronouns personal pronouns a speaker may be given by ("he said", "a-t-il dit" is read apart)
 * @param genders the words that tell whom a pronoun may refer to ("she" not to a "Mr.")
 */
public record QuoteLexicon(List<String> cueStems, Set<String> sourcePrepositions, Set<String> smallWords,
    Set<String> viaPrepositions, Set<String> pronouns, GenderWords genders) {

  public QuoteLexicon {
    if (cueStems.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("an empty cue stem would make every word a cue");
    }
    cueStems = cueStems.stream().distinct().sorted().toList(); // sorted: isCue searches it
    sourcePrepositions = Set.copyOf(sourcePrepositions);
    smallWords = Set.copyOf(smallWords);
    viaPrepositions = Set.copyOf(viaPrepositions);
    pronouns = Set.copyOf(pronouns);
    Objects.requireNonNull(genders, "genders");
  }

  /** The lexicon without gender words: a pronoun refers to the person named last. */
  public QuoteLexicon(List<String> cueStems, Set<String> sourcePrepositions, Set<String> smallWords,
      Set<String> viaPrepositions, Set<String> pronouns) {
    this(cueStems, sourcePrepositions, smallWords, viaPrepositions, pronouns, GenderWords.NONE);
  }

  /** The lexicon without pronouns, for the callers that had none. */
  public QuoteLexicon(List<String> cueStems, Set<String> sourcePrepositions, Set<String> smallWords,
      Set<String> viaPrepositions) {
    this(cueStems, sourcePrepositions, smallWords, viaPrepositions, Set.of());
  }

  /** Whether a lower-case word reports speech. */
  public boolean isCue(String word) {
    return word.length() >= 3 && (startsWithAny(word, cueStems) || sourcePrepositions.contains(word));
  }

  /**
   * Whether a stem of the sorted list begins the word: such a stem sorts at or before the word, among
   * those of its first letter, so only they are read, from the word's place backwards.
   */
  private static boolean startsWithAny(String word, List<String> sortedStems) {
    int at = Collections.binarySearch(sortedStems, word);
    if (at >= 0) {
      return true;
    }
    for (int i = -at - 2; i >= 0 && sortedStems.get(i).charAt(0) == word.charAt(0); i--) {
      if (word.startsWith(sortedStems.get(i))) {
        return true;
      }
    }
    return false;
  }
}
