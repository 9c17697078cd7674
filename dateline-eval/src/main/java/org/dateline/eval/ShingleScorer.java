package org.dateline.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted article body with the true one as the article-extraction benchmark of
 * Scrapinghub (Zyte) does: word tokens ({@code \w+} as Python reads it: letters, digits, underscore;
 * case kept), shingles of 4 consecutive tokens counted with multiplicity, and true positives, false
 * positives and false negatives over the shingle counts. A text of 1 to 3 tokens is one shorter shingle.
 */
public final class ShingleScorer {

  /** Python's {@code \w} on {@code str}: alphanumeric (letters, all numbers) or underscore; not marks. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** Shingle counts of one page. */
  public record Counts(long truePositives, long falsePositives, long falseNegatives) {

    public Counts {
      if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
        throw new IllegalArgumentException("counts are not negative: " + truePositives + ", " + falsePositives + ", "
            + falseNegatives);
      }
    }
  }

  public Counts score(String truth, String extracted) {
    Map<String, Integer> want = shingles(truth);
    Map<String, Integer> got = shingles(extracted);
    Set<String> keys = new HashSet<>(want.keySet());
    keys.addAll(got.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String key : keys) {
      int w = want.getOrDefault(key, 0);
      int g = got.getOrDefault(key, 0);
      tp += Math.min(w, g);
      fp += Math.max(0, g - w);
      fn += Math.max(0, w - g);
    }
    return new Counts(tp, fp, fn);
  }

  static List<String> tokens(String text) {
    Matcher m = WORD.matcher(text);
    return m.results().map(r -> r.group()).toList();
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(String.join(" ", shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
