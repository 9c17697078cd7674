package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.TimeExpression;
import org.dateline.eval.BratCorpus;
import org.dateline.eval.CorpusSplit;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.TimeMlCorpus;
import org.dateline.eval.TimexEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval times}: time expressions against TimeML gold (or WiNER's Date/Hour spans). */
@Command(
    name = "times",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Dateline's time expressions against a TimeML corpus (the French TimeBank, TempEval-3 TBAQ), "
          + "each document anchored on its creation time: strict and relaxed extent, type and value "
          + "accuracy, and value F1 (TempEval-3), the last line.",
      "With --format brat (WiNER-fr), only the extent recall of the corpus's Date and Hour spans."
    })
public final class EvalTimesCommand implements Callable<Integer> {

  enum Format { timeml, brat }

  @Option(names = "--format", required = true, description = "timeml or brat")
  Format format;

  @Option(names = "--lang", defaultValue = "fr", description = "the corpus language; default ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--split", defaultValue = "all",
      description = "dev, test or all: the stable split of CorpusSplit (one document in four is test); default ${DEFAULT-VALUE}")
  String split;

  @Option(names = "--verbose", description = "list every miss, wrong value and spurious expression")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the corpus directory")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<GoldDocument>> read = CorpusInput.read(spec, path, split,
        format == Format.timeml ? TimeMlCorpus::read : BratCorpus::read);
    if (read.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    List<GoldDocument> corpus = read.get();
    Analyzer analyzer = AnalyzerFactory.standard(false);
    Language language = Language.given(lang);
    // one pass to warm up the JIT, one measured
    for (GoldDocument gold : corpus) {
      analyze(analyzer, language, gold);
    }
    TimexEvaluator.Counts counts = new TimexEvaluator.Counts();
    long nanos = 0;
    for (GoldDocument gold : corpus) {
      long start = System.nanoTime();
      Document doc = analyze(analyzer, language, gold);
      nanos += System.nanoTime() - start;
      List<TimexEvaluator.Timex> system = new ArrayList<>();
      for (TimeExpression t : doc.times()) {
        system.add(new TimexEvaluator.Timex(t.span(), t.type().name(), t.value()));
      }
      TimexEvaluator.add(counts, gold.id(), gold.text(), goldTimexes(gold), format == Format.brat
          ? system.stream().map(t -> new TimexEvaluator.Timex(t.span(), "DATE", Optional.empty())).toList()
          : system);
    }
    TimexEvaluator.printHeader(out);
    TimexEvaluator.printRow(out, "Dateline", counts, corpus.size(), nanos / 1e9);
    if (verbose) {
      counts.misses().forEach(m -> out.println("  " + m));
    }
    if (format == Format.brat) {
      out.printf(Locale.ROOT, "extent recall (relaxed) of Date/Hour spans = %.3f%n", counts.relaxedRecall());
    } else {
      out.printf(Locale.ROOT, "overall F1 = %.3f%n", counts.valueF1());
    }
    out.flush();
    return ExitCode.OK;
  }

  private static Document analyze(Analyzer analyzer, Language language, GoldDocument gold) {
    return analyzer.analyze(gold.toDocument(language));
  }

  private List<TimexEvaluator.Timex> goldTimexes(GoldDocument gold) {
    List<TimexEvaluator.Timex> timexes = new ArrayList<>();
    for (GoldDocument.GoldSpan s : gold.spans()) {
      if (format == Format.timeml && s.label().equals("TIMEX3")) {
        timexes.add(new TimexEvaluator.Timex(s.span(), s.attributes().getOrDefault("type", ""),
            Optional.ofNullable(s.attributes().get("value"))));
      } else if (format == Format.brat && (s.label().equals("Date") || s.label().equals("Hour"))) {
        timexes.add(new TimexEvaluator.Timex(s.span(), "DATE", Optional.empty()));
      }
    }
    return timexes;
  }
}
