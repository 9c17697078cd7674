package org.dateline.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the tokens a benchmark produced. JMH reports the count per unit of time as the secondary
 * result {@code <benchmark>:tokens}, in the benchmark's unit (ops/s here means tokens per second).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {

  /** Tokens produced during the current iteration; public because JMH reads it. */
  public long tokens;

  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }
}
