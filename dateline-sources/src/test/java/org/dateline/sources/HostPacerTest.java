package org.dateline.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HostPacerTest {

  @Test
  void otherHostsDoNotWait() throws InterruptedException {
    FakeClock clock = new FakeClock();
    HostPacer pacer = new HostPacer(Duration.ofSeconds(5), clock);
    long start = clock.nanoTime();

    pacer.awaitTurn("a.example");
    pacer.awaitTurn("b.example");
    pacer.awaitTurn("c.example");

    assertThat(clock.nanoTime()).isEqualTo(start);
  }

  @Test
  void hostsAreComparedWithoutCase() throws InterruptedException {
    FakeClock clock = new FakeClock();
    HostPacer pacer = new HostPacer(Duration.ofSeconds(5), clock);
    long start = clock.nanoTime();

    pacer.awaitTurn("Example.org");
    pacer.awaitTurn("example.ORG");

    assertThat(clock.nanoTime() - start).isEqualTo(Duration.ofSeconds(5).toNanos());
  }

  @Test
  void aNegativeDelayIsRefused() {
    assertThatThrownBy(() -> new HostPacer(Duration.ofSeconds(-1), new FakeClock()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
  }

  /** Whatever the order of hosts and the pauses between calls, two starts on one host are a delay apart. */
  @Property(tries = 200)
  void startsOnOneHostAreNeverCloserThanTheDelay(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 3) Integer> hosts,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3000) Integer> pausesMillis,
      @ForAll @IntRange(min = 0, max = 2000) int delayMillis) throws InterruptedException {
    FakeClock clock = new FakeClock();
    HostPacer pacer = new HostPacer(Duration.ofMillis(delayMillis), clock);
    Map<Integer, Long> lastStart = new HashMap<>();
    for (int i = 0; i < hosts.size(); i++) {
      clock.advance(Duration.ofMillis(pausesMillis.get(i)));
      long before = clock.nanoTime();
      pacer.awaitTurn("host" + hosts.get(i) + ".example");
      long start = clock.nanoTime();
      Long last = lastStart.put(hosts.get(i), start);
      if (last != null) {
        assertThat(start - last).isGreaterThanOrEqualTo(Duration.ofMillis(delayMillis).toNanos());
        // and no longer than needed
        assertThat(start).isEqualTo(Math.max(before, last + Duration.ofMillis(delayMillis).toNanos()));
      } else {
        assertThat(start).isEqualTo(before);
      }
    }
  }
}
