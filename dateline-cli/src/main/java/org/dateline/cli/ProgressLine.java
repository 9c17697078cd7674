package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** A line on standard error rewritten twice a second: articles done, articles per second, time left. */
final class ProgressLine implements AutoCloseable {

  private final PrintWriter err;
  private final IntSupplier done;
  private final OptionalInt total;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dateline-progress");
    t.setDaemon(true);
    return t;
  });

  ProgressLine(PrintWriter err, IntSupplier done, OptionalInt total) {
    this.err = err;
    this.done = done;
    this.total = total;
    timer.scheduleAtFixedRate(this::print, 500, 500, TimeUnit.MILLISECONDS);
  }

  private void print() {
    int n = done.getAsInt();
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = n / Math.max(seconds, 1e-3);
    String line = String.format(Locale.ROOT, "ingest: %d%s articles, %.1f articles/s", n,
        total.isPresent() ? "/" + total.getAsInt() : "", rate);
    if (total.isPresent() && rate > 0) {
      long left = Math.round((total.getAsInt() - n) / rate);
      line += String.format(Locale.ROOT, ", ETA %dm%02ds", left / 60, left % 60);
    }
    err.print("\r" + line + "\u001b[K");
    err.flush();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    err.print("\r\u001b[K");
    err.flush();
  }
}
