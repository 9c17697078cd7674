package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of coded events as (root code, actor1 country, actor2 country)
 * triples, sentence by sentence: each system triple matches at most one gold triple.
 */
public final class TripleEvaluator {

  private int gold;
  private int system;
  private int correct;

  /** @return how many of the system's triples matched */
  public int add(List<List<String>> goldTriples, List<List<String>> systemTriples) {
    List<List<String>> left = new ArrayList<>(goldTriples);
    int matched = 0;
    for (List<String> s : systemTriples) {
      if (left.remove(s)) {
        matched++;
      }
    }
    gold += goldTriples.size();
    system += systemTriples.size();
    correct += matched;
    return matched;
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
}
