package org.dateline.eval;

import java.util.List;
import org.dateline.core.Span;

/**
 * Span detection scores where boundaries are matters of convention (marks, dashes, incises): a
 * gold span is found when one system span covers at least half of it, and a system span is right
 * when it covers at least half of one gold span with half of its own length; pairs are one to one.
 */
public final class SpanEvaluator {

  private int gold;
  private int system;
  private int correct;

  public void add(List<Span> goldSpans, List<Span> systemSpans) {
    gold += goldSpans.size();
    system += systemSpans.size();
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
  }

  public double precision() {
    return system == 0 ? 0 : (double) correct / system;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int gold() {
    return gold;
  }

  public int system() {
    return system;
  }

  public int correct() {
    return correct;
  }
}
