package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.StoreOutcome;

/** What an ingest did, counted as it goes (from several threads) and printed at the end. */
final class IngestReport {

  private final Map<StoreOutcome.Kind, AtomicInteger> outcomes = new java.util.EnumMap<>(StoreOutcome.Kind.class);
  private final Map<String, Integer> skipped = new TreeMap<>();

  IngestReport() {
    for (StoreOutcome.Kind kind : StoreOutcome.Kind.values()) {
      outcomes.put(kind, new AtomicInteger());
    }
  }

  void stored(StoreOutcome outcome) {
    outcomes.get(outcome.kind()).incrementAndGet();
  }

  synchronized void skipped(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  int count(StoreOutcome.Kind kind) {
    return outcomes.get(kind).get();
  }

  synchronized int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Inputs dealt with so far, whatever became of them. */
  int done() {
    return outcomes.values().stream().mapToInt(AtomicInteger::get).sum() + skippedCount();
  }

  synchronized void print(PrintWriter out, double seconds) {
    out.printf(Locale.ROOT, "ingested %d new articles, %d already stored, %d same text (new source), "
            + "%d near-duplicates (new source), %d skipped, in %.1f s%n",
        count(StoreOutcome.Kind.NEW), count(StoreOutcome.Kind.ALREADY_STORED), count(StoreOutcome.Kind.SAME_TEXT),
        count(StoreOutcome.Kind.NEAR_DUPLICATE), skippedCount(), seconds);
    skipped.forEach((reason, n) -> out.printf(Locale.ROOT, "  skipped %d: %s%n", n, reason));
  }
}
