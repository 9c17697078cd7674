package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.dateline.eval.AadsCorpus;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.SpanEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval quotes}: quotation detection against annotated corpora. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Scores Dateline's quotes. --format aads: the French direct-speech spans of Deezer's AADS corpus "
        + "(literary; no speakers), span precision, recall and F1 (half-overlap matching), last line 'overall F1'. "
        + "--format polnear: PolNeAR's English political news attributions (content, source, cue), content and "
        + "attribution (content and source) precision, recall and F1, over all attributions and over direct quotes; "
        + "last line 'overall F1', the attribution F1 over all. "
        + "--format ggt: the Gender Gap Tracker's English gold quotes (Canadian news), quote precision, recall and F1 "
        + "and speaker accuracy and F1 at overlap 0.3 and 0.8, as its evaluate_quotes.py counts them; last line "
        + "'overall F1', the speaker F1 (quote matched and speaker right) at 0.3.")
public final class EvalQuotesCommand implements Callable<Integer> {

  enum Format { aads, polnear, ggt }

  @Option(names = "--format", required = true, description = "aads, polnear or ggt")
  Format format;

  @Option(names = "--split", description = "the corpus's own split: for aads train, val, test or all (default test); "
      + "for polnear train or dev (default dev; its test split is not distributed here); ggt has none")
  String split;

  @Option(names = "--verbose", description = "aads: after the scores, each gold span missed ('-') and each system "
      + "span matching none ('+'), as chapter, offsets and text, one a line; ggt: each gold quote missed or given "
      + "the wrong speaker; polnear: no listing")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the corpus directory")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (format == Format.ggt) {
      return GgtEvaluation.run(spec, path, split, verbose);
    }
    if (format == Format.polnear) {
      return PolnearEvaluation.run(spec, path, split == null ? "dev" : split);
    }
    PrintWriter out = spec.commandLine().getOut();
    String aadsSplit = split == null ? "test" : split;
    Optional<List<GoldDocument>> read = CorpusInput.readOwnSplit(spec, path, aadsSplit, p -> AadsCorpus.read(p, aadsSplit));
    if (read.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    List<GoldDocument> corpus = read.get();
    Analyzer analyzer = AnalyzerFactory.standard(false);
    Language french = Language.given("fr");
    SpanEvaluator spans = new SpanEvaluator();
    List<String> misses = new ArrayList<>();
    for (GoldDocument gold : corpus) {
      Document doc = analyzer.analyze(gold.toDocument(french));
      List<Span> system = doc.quotes().stream().map(Quote::span).toList();
      SpanEvaluator.Misses missed = spans.add(gold.spans().stream().map(GoldDocument.GoldSpan::span).toList(), system);
      missed.gold().forEach(s -> misses.add(missLine('-', gold, s)));
      missed.system().forEach(s -> misses.add(missLine('+', gold, s)));
    }
    if (verbose) {
      misses.forEach(out::println);
    }
    out.printf(Locale.ROOT, "direct speech spans: gold %d, system %d, correct %d; precision %.3f, recall %.3f%n",
        spans.gold(), spans.system(), spans.correct(), spans.precision(), spans.recall());
    out.printf(Locale.ROOT, "overall F1 = %.3f%n", spans.f1());
    out.flush();
    return ExitCode.OK;
  }

  /** "- boule_de_suif 120-164 « Quoi ? »": a miss on one line, its line breaks shown as ⏎. */
  private static String missLine(char sign, GoldDocument gold, Span span) {
    return sign + " " + gold.id() + " " + span.start() + "-" + span.end() + " "
        + span.of(gold.text()).replace("\n", "⏎");
  }
}
