package org.dateline.quote;

import java.util.List;
import java.util.Set;

/**
 * A short term in quotes that someone is said to call something is their quote, not a mere term:
 * "called the allegation “false”", "calls it a “scaffold”". Words given lower case, one a token.
 */
final class NamedTerms {

  /** English verbs that name what something is called. */
  private static final Set<String> NAMING = Set.of("call", "calls", "called", "calling", "describe", "describes",
      "described", "describing", "dubbed", "dubs", "labelled", "labeled", "termed", "branded");
  /** How far before a term in quotes the verb naming it may stand: "called Immigration Minister Ahmed Hussen a “chicken”". */
  private static final int NAMING_REACH = 6;

  private NamedTerms() {}

  /** Whether the word is a verb that names what something is called. */
  static boolean names(String word) {
    return NAMING.contains(word);
  }

  /**
   * Whether such a verb stands a few words before the quote, in its clause.
   *
   * @param before the words of the quote's sentence before its opening mark
   */
  static boolean namedBefore(List<String> before) {
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - NAMING_REACH); i--) {
      String w = before.get(i);
      if (NAMING.contains(w)) {
        return true;
      }
      if (w.isEmpty() || !Character.isLetterOrDigit(w.codePointAt(0))) {
        return false;
      }
    }
    return false;
  }
}
