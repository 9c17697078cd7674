package org.dateline.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.core.Token;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;
import org.dateline.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule-based {@link Tokenizer} alone, one whole article per operation, single thread: the
 * French rules on the French seed article, the English rules on the English sample. The score is
 * articles tokenized per second; the secondary result {@code :tokens} is tokens per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Benchmark)
public class TokenizerBenchmark {

  private Tokenizer french;
  private String frenchText;
  private Tokenizer english;
  private String englishText;

  @Setup
  public void setUp() throws IOException {
    french = new Tokenizer(French.tokenizerRules());
    frenchText = Articles.read(Articles.FRENCH).text();
    english = new Tokenizer(English.tokenizerRules());
    englishText = Articles.read(Articles.ENGLISH).text();
  }

  @Benchmark
  public List<Token> french(TokenCounter counter) {
    List<Token> tokens = french.tokenize(frenchText);
    counter.tokens += tokens.size();
    return tokens;
  }

  @Benchmark
  public List<Token> english(TokenCounter counter) {
    List<Token> tokens = english.tokenize(englishText);
    counter.tokens += tokens.size();
    return tokens;
  }
}
