package org.dateline.sources;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Spaces the requests to one host by at least a delay, so a feed of a hundred links does not
 * hammer its site; requests to other hosts do not wait. Each caller reserves the next free slot
 * of its host, then sleeps until it, so threads sharing a pacer keep the spacing too.
 */
public final class HostPacer {

  /** Time as the pacer sees it; tests give a fake one whose {@code sleep} only moves the time on. */
  public interface Clock {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Clock SYSTEM = new Clock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }

  private final long delayNanos;
  private final Clock clock;
  private final Map<String, Long> nextSlot = new HashMap<>();

  public HostPacer(Duration delay, Clock clock) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    this.delayNanos = delay.toNanos();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Waits until a request to {@code host} may start, and counts it as started then.
   *
   * @throws InterruptedException when the wait is interrupted; the slot stays taken
   */
  public void awaitTurn(String host) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    long slot;
    synchronized (nextSlot) {
      long now = clock.nanoTime();
      Long free = nextSlot.get(key);
      // compared by difference: nanoTime may be negative or wrap
      slot = free == null || free - now < 0 ? now : free;
      nextSlot.put(key, slot + delayNanos);
    }
    long wait = slot - clock.nanoTime();
    if (wait > 0) {
      clock.sleep(Duration.ofNanos(wait));
    }
  }
}
