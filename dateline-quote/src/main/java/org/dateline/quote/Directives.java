package org.dateline.quote;

import java.util.List;
import java.util.Set;

/**
 * What a speaker told someone to do, a report of speech the Gender Gap Tracker counts: "urged all
 * Canadians to consult the advisory", "told workers to install the public versions". The content is
 * the infinitive and what follows it. Words given lower case, one a token.
 */
final class Directives {

  /** English verbs that report telling someone to do something. */
  private static final Set<String> VERBS = Set.of("urged", "urges", "urging", "told", "tells", "telling", "asked",
      "asks", "reminded", "reminds", "reminding", "advised", "advises", "advising", "warned", "warns", "encouraged",
      "encourages", "implored", "implores", "instructed", "instructs", "begged", "begs", "called");

  /** After these the verb is passive: "was asked to speak" reports no one's words. */
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being", "get", "got",
      "gets", "getting");

  /** What follows "to" when it is a preposition, not an infinitive's: "told him to the station". */
  private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
      "your", "this", "that", "these", "those", "him", "them", "us", "me", "it", "be");

  /** What ends the object before any infinitive: a clause opens ("told police that her dog began to bark"). */
  private static final Set<String> CLAUSE = Set.of("that", "if", "whether", "who", "which", "whom", "what", "how",
      "why", "where", "when", "while", "before", "after", "because", "as", "since", "until", "he", "she", "they",
      "it", "we", "i", "you");

  /** Whom the speaker told: "all Canadians considering travel to China" at most this many tokens. */
  private static final int MAX_OBJECT = 8;

  private Directives() {}

  /** The index of the infinitive's "to" after the verb at {@code cue}; -1 when it reports no directive. */
  static int infinitive(List<String> w, int cue) {
    if (!VERBS.contains(w.get(cue)) || cue > 0 && PASSIVE.contains(w.get(cue - 1))) {
      return -1;
    }
    // "called on the city to act"
    int from = w.get(cue).equals("called") ? cue + 2 : cue + 1;
    if (w.get(cue).equals("called") && (from - 1 >= w.size() || !w.get(from - 1).equals("on"))) {
      return -1;
    }
    for (int k = from; k + 1 < w.size() && k <= from + MAX_OBJECT; k++) {
      String word = w.get(k);
      if (word.equals("to") && k > from) {
        String next = w.get(k + 1);
        boolean verb = !next.isEmpty() && Character.isLetter(next.codePointAt(0)) && !NOT_VERBS.contains(next);
        return verb ? k : -1;
      }
      if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0)) && !word.startsWith("'")
          || CLAUSE.contains(word)) {
        return -1;
      }
    }
    return -1;
  }
}
