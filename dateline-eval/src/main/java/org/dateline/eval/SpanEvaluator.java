package org.dateline.eval;

import java.util.List;
import org.dateline.core.Span;

/**
 * Span detection scores where boundaries are matters of convention (marks, dashes, incises): a
 * gold span is found when one system span covers at least half of it, and a system span is right
 * when it covers at least half of one gold span with half of its own length; pairs are one to one.
 */
public final class SpanEvaluator extends MatchCounts {

  public void add(List<Span> goldSpans, List<Span> systemSpans) {
    int correct = 0;
    boolean[] used = new boolean[systemSpans.size()];
    for (Span g : goldSpans) {
      for (int i = 0; i < systemSpans.size(); i++) {
        Span s = systemSpans.get(i);
        int overlap = Math.max(0, Math.min(g.end(), s.end()) - Math.max(g.start(), s.start()));
        if (!used[i] && overlap * 2 >= g.length() && overlap * 2 >= s.length()) {
          used[i] = true;
          correct++;
          break;
        }
      }
    }
    count(goldSpans.size(), systemSpans.size(), correct);
  }
}
