package org.dateline.bench;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Pipeline;
import org.dateline.io.StructureStage;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;
import org.dateline.text.LanguageIdentifier;
import org.dateline.text.LanguageStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole current pipeline on one article per operation, single thread, assembled as the CLI's
 * {@code AnalyzerFactory.standard(true)} does: structure, language identification, then the
 * language's tokens and sentences. The article is already decoded; reading the file is not
 * measured. The score is articles per second; the secondary result {@code :tokens} is tokens per
 * second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@State(Scope.Benchmark)
public class ArticleBenchmark {

  /** fr: the French seed article; en: the English sample. */
  @Param({"fr", "en"})
  public String language;

  private Analyzer analyzer;
  private Document article;

  @Setup
  public void setUp() throws IOException {
    Pipeline preparation = Pipeline.builder()
        .add(new StructureStage())
        .add(new LanguageStage(LanguageIdentifier.load()))
        .build();
    analyzer = new Analyzer(preparation, List.of(French.load(), English.load()));
    article = Articles.read(language.equals("fr") ? Articles.FRENCH : Articles.ENGLISH);

    // measure the full pipeline only: the language must be recognised, so that its pack runs
    Document analyzed = analyzer.analyze(article);
    if (!analyzed.language().map(Language::code).equals(Optional.of(language))
        || analyzed.tokens().isEmpty() || analyzed.sentences().isEmpty()) {
      throw new IllegalStateException("the " + language + " article was not fully analyzed: "
          + analyzed.language() + ", " + analyzed.tokens().size() + " tokens, "
          + analyzed.sentences().size() + " sentences");
    }
  }

  @Benchmark
  public Document analyze(TokenCounter counter) {
    Document analyzed = analyzer.analyze(article);
    counter.tokens += analyzed.tokens().size();
    return analyzed;
  }
}
