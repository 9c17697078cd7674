package org.dateline.sources;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A pacer's clock whose sleep moves the time on at once, so tests check spacing without waiting. */
final class FakeClock implements HostPacer.Clock {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public void sleep(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
