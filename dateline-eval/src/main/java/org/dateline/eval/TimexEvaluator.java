package org.dateline.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.Span;

/**
 * Scores time expressions against TimeML gold as TempEval-3 does: strict extent (same span) and
 * relaxed extent (overlap) precision, recall and F1; type and value accuracy over relaxed matches;
 * and value F1, where a system timex counts when it overlaps a gold one and has the identical
 * value. Gold and system timexes are paired one to one, largest overlap first.
 */
public final class TimexEvaluator {

  /** A timex of either side: where, its type, its value (empty when none). */
  public record Timex(Span span, String type, Optional<String> value) {}

  /** Counts summed over documents. */
  public static final class Counts {
    int gold;
    int system;
    int strict;
    int relaxed;
    int typeCorrect;
    int valueCorrect;
    final List<String> misses = new ArrayList<>();

    public double valueF1() {
      return f1(valueCorrect, system, gold);
    }

    public double relaxedRecall() {
      return p(relaxed, gold);
    }

    public List<String> misses() {
      return misses;
    }
  }

  /** Adds one document's gold and system timexes to the counts. */
  public static void add(Counts c, String docId, String text, List<Timex> gold, List<Timex> system) {
    c.gold += gold.size();
    c.system += system.size();
    boolean[] used = new boolean[system.size()];
    for (Timex g : gold) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < system.size(); i++) {
        int overlap = overlap(g.span(), system.get(i).span());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        c.misses.add(docId + " missed «" + g.span().of(text) + "» " + g.type() + " " + g.value().orElse("-"));
        continue;
      }
      used[best] = true;
      Timex s = system.get(best);
      c.relaxed++;
      c.strict += s.span().equals(g.span()) ? 1 : 0;
      c.typeCorrect += s.type().equals(g.type()) ? 1 : 0;
      boolean valueOk = s.value().isPresent() && g.value().isPresent()
          && canonical(s.value().get()).equals(canonical(g.value().get()));
      c.valueCorrect += valueOk ? 1 : 0;
      if (!valueOk) {
        c.misses.add(docId + " value «" + g.span().of(text) + "» gold " + g.value().orElse("-") + " system «"
            + s.span().of(text) + "» " + s.value().orElse("-"));
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        c.misses.add(docId + " spurious «" + system.get(i).span().of(text) + "» " + system.get(i).value().orElse("-"));
      }
    }
  }

  /**
   * The value as TIMEX3 writes it, so that a formatting slip of the gold does not count as an error:
   * TimeBank writes some ISO weeks without their leading zero ("2000-W7" for "2000-W07").
   */
  static String canonical(String value) {
    return value.replaceAll("-W(\\d)(?!\\d)", "-W0$1");
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  static double f1(int correct, int system, int gold) {
    double p = system == 0 ? 0 : (double) correct / system;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line of figures for a system. */
  public static void printRow(PrintWriter out, String name, Counts c, int documents, double seconds) {
    out.printf(Locale.ROOT, "%-12s %6d %6d   %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f   %5.3f %5.3f   %5.3f %5.3f %5.3f  %9.1f%n",
        name, c.gold, c.system,
        p(c.strict, c.system), p(c.strict, c.gold), f1(c.strict, c.system, c.gold),
        p(c.relaxed, c.system), p(c.relaxed, c.gold), f1(c.relaxed, c.system, c.gold),
        p(c.typeCorrect, c.relaxed), p(c.valueCorrect, c.relaxed),
        p(c.valueCorrect, c.system), p(c.valueCorrect, c.gold), c.valueF1(),
        seconds > 0 ? documents / seconds : 0);
  }

  public static void printHeader(PrintWriter out) {
    out.printf(Locale.ROOT, "%-12s %6s %6s   %-17s   %-17s   %-11s   %-17s  %9s%n", "", "gold", "system",
        "strict P R F1", "relaxed P R F1", "type value", "value P R F1", "docs/s");
  }

  private static double p(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
