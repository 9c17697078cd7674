package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.Span;

/**
 * Span detection scores where boundaries are matters of convention (marks, dashes, incises): a
 * gold span is found when one system span covers at least half of it, and a system span is right
 * when it covers at least half of one gold span with half of its own length; pairs are one to one.
 */
public final class SpanEvaluator extends MatchCounts {

  /** What one document's matching left: the gold spans not found and the system spans matching none. */
  public record Misses(List<Span> gold, List<Span> system) {
    public Misses {
      gold = List.copyOf(gold);
      system = List.copyOf(system);
    }
  }

  /** Counts one document and returns what it missed. */
  public Misses add(List<Span> goldSpans, List<Span> systemSpans) {
    boolean[] used = new boolean[systemSpans.size()];
    List<Span> missed = new ArrayList<>();
    for (Span g : goldSpans) {
      if (!matchOne(g, systemSpans, used)) {
        missed.add(g);
      }
    }
    List<Span> wrong = new ArrayList<>();
    for (int i = 0; i < systemSpans.size(); i++) {
      if (!used[i]) {
        wrong.add(systemSpans.get(i));
      }
    }
    count(goldSpans.size(), systemSpans.size(), goldSpans.size() - missed.size());
    return new Misses(missed, wrong);
  }

  private static boolean matchOne(Span g, List<Span> systemSpans, boolean[] used) {
    for (int i = 0; i < systemSpans.size(); i++) {
      Span s = systemSpans.get(i);
      int overlap = Math.max(0, Math.min(g.end(), s.end()) - Math.max(g.start(), s.start()));
      if (!used[i] && overlap * 2 >= g.length() && overlap * 2 >= s.length()) {
        used[i] = true;
        return true;
      }
    }
    return false;
  }
}
