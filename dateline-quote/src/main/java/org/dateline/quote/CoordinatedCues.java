package org.dateline.quote;

import java.util.List;
import java.util.Set;

/**
 * A cue after a quote that a conjunction joins to the verb before it shares that verb's subject:
 * "Roe said “it will pass,” and added …" is Roe's, said before the quote, not a speaker to look for
 * after it. Words given lower case, one a token.
 */
final class CoordinatedCues {

  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "then", "et", "mais", "puis");

  private CoordinatedCues() {}

  /** Whether the words between a quote and the cue after it are a conjunction alone, commas aside. */
  static boolean sharesSubject(List<String> between) {
    List<String> words = between.stream().filter(w -> !w.equals(",")).toList();
    return words.size() == 1 && CONJUNCTIONS.contains(words.get(0));
  }
}
