package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of coded events as (root code, actor1 country, actor2 country)
 * triples, sentence by sentence: each system triple matches at most one gold triple.
 */
public final class TripleEvaluator extends MatchCounts {

  /** @return how many of the system's triples matched */
  public int add(List<List<String>> goldTriples, List<List<String>> systemTriples) {
    List<List<String>> left = new ArrayList<>(goldTriples);
    int matched = 0;
    for (List<String> s : systemTriples) {
      if (left.remove(s)) {
        matched++;
      }
    }
    count(goldTriples.size(), systemTriples.size(), matched);
    return matched;
  }
}
