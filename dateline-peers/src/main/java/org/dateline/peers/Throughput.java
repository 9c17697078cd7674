package org.dateline.peers;

import java.util.List;
import java.util.function.Consumer;

/** How fast a system goes over a corpus, single thread: 5 s of warm-up, then whole passes for at least 10 s. */
final class Throughput {

  static final long WARM_UP_NANOS = 5_000_000_000L;
  static final long MEASURE_NANOS = 10_000_000_000L;

  private Throughput() {}

  /** Documents per second of {@code task} over the corpus, after warm-up. */
  static <T> double documentsPerSecond(List<T> corpus, Consumer<T> task) {
    long end = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < end) {
      corpus.forEach(task);
    }
    long start = System.nanoTime();
    long documents = 0;
    do {
      corpus.forEach(task);
      documents += corpus.size();
    } while (System.nanoTime() - start < MEASURE_NANOS);
    return documents / ((System.nanoTime() - start) / 1e9);
  }
}
