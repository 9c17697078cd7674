package org.dateline.quote;

import java.util.List;
import java.util.Set;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Where a clause starts and ends in a sentence's lower-case words, one a token, for the claims, and
 * the text span of its tokens.
 */
final class Clauses {

  /** French auxiliaries after "et": "et a menacé". */
  private static final Set<String> FRENCH_AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "est", "sont", "était");
  /** English auxiliaries after "and": "and has threatened" ("and a disappointment" goes on with a noun). */
  private static final Set<String> ENGLISH_AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are");

  /** Where the clause of token i starts: after the last comma before it. */
  static int clauseStart(List<String> w, int i) {
    for (int k = i - 1; k > 0; k--) {
      if (w.get(k).equals(",")) {
        return k + 1;
      }
    }
    return 0;
  }

  /**
   * Where reported content ends when its subject goes on with a verb of its own: "X a annoncé avoir
   * testé des missiles et a menacé …" reports the test, not the threat; and before a second report
   * ("…, adding that …": {@link ReportedClause#secondReport}).
   */
  static int coordinatedClause(List<String> w, int from) {
    int second = ReportedClause.secondReport(w, from);
    for (int k = from; k + 1 < second; k++) {
      if (w.get(k).equals("et") && FRENCH_AUXILIARIES.contains(w.get(k + 1))
          || w.get(k).equals("and") && ENGLISH_AUXILIARIES.contains(w.get(k + 1))) {
        return k;
      }
    }
    return second;
  }

  static int clauseEnd(List<String> w, int from) {
    for (int k = from; k < w.size(); k++) {
      if (w.get(k).equals(",") || w.get(k).equals(";") || w.get(k).equals(".")) {
        return k;
      }
    }
    return w.size();
  }

  static int indexOf(List<String> w, int from, String a, String b) {
    for (int k = from; k < w.size(); k++) {
      if (w.get(k).equals(a) || w.get(k).equals(b)) {
        return k;
      }
      if (w.get(k).equals(".") || w.get(k).equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  /** The text span of the tokens [from, to); null when empty. */
  static Span span(List<Token> tokens, int from, int to) {
    int end = Math.min(to, tokens.size());
    if (from >= end) {
      return null;
    }
    return new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
  }

  private Clauses() {}
}
