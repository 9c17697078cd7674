package org.dateline.eval;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.core.Span;

/**
 * Exact-span, CoNLL-style named-entity scoring: a mention counts when its span and its type are
 * both the gold ones. Precision, recall and F1 per type, and overall over PERSON, ORGANIZATION and
 * LOCATION (MISC is reported but not in the overall figure).
 */
public final class NerEvaluator {

  public static final Set<String> MAIN_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  /** A mention of either side. */
  public record Mention(Span span, String type) {}

  private final Map<String, int[]> counts = new TreeMap<>(); // type → [correct, system, gold]

  public void add(List<Mention> gold, List<Mention> system) {
    Set<Mention> goldSet = new HashSet<>(gold);
    for (Mention m : gold) {
      counts.computeIfAbsent(m.type(), k -> new int[3])[2]++;
    }
    for (Mention m : system) {
      int[] c = counts.computeIfAbsent(m.type(), k -> new int[3]);
      c[1]++;
      if (goldSet.contains(m)) {
        c[0]++;
      }
    }
  }

  /** Micro-averaged F1 over PERSON, ORGANIZATION and LOCATION. */
  public double overallF1() {
    return f1Over(MAIN_TYPES::contains);
  }

  /** Micro-averaged F1 over every type, MISC included, as CoNLL-2003's scorer reports it. */
  public double f1AllTypes() {
    return f1Over(type -> true);
  }

  private double f1Over(java.util.function.Predicate<String> types) {
    int[] total = new int[3];
    counts.forEach((type, c) -> {
      if (types.test(type)) {
        for (int k = 0; k < 3; k++) {
          total[k] += c[k];
        }
      }
    });
    return f1(total);
  }

  public void print(PrintWriter out) {
    out.printf(Locale.ROOT, "%-14s %7s %7s %7s   %6s %6s %6s%n", "type", "gold", "system", "correct", "P", "R", "F1");
    counts.forEach((type, c) -> out.printf(Locale.ROOT, "%-14s %7d %7d %7d   %6.3f %6.3f %6.3f%n", type, c[2], c[1], c[0],
        c[1] == 0 ? 0 : (double) c[0] / c[1], c[2] == 0 ? 0 : (double) c[0] / c[2], f1(c)));
  }

  private static double f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
