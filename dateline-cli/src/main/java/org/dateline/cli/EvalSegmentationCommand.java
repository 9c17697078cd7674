package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.core.Analyzer;
import org.dateline.core.Language;
import org.dateline.eval.BratCorpus;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.SegmentationEvaluator;
import org.dateline.eval.TimeMlCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval segmentation}: tokens and sentences against implicit corpus boundaries. */
@Command(
    name = "segmentation",
    mixinStandardHelpOptions = true,
    description = {
      "Checks tokenization and sentence splitting against the span edges of an annotated corpus: "
          + "TimeML (the French TimeBank: EVENT, TIMEX3, SIGNAL) or BRAT (WiNER-fr: named entities, dates).",
      "Prints, for Dateline and for OpenNLP's SimpleTokenizer, the share of spans whose edges are "
          + "token edges, of one-word spans that are one token, and of spans inside one sentence."
    })
public final class EvalSegmentationCommand implements Callable<Integer> {

  enum Format { timeml, brat }

  @Option(names = "--format", required = true, description = "timeml or brat")
  Format format;

  @Option(names = "--lang", defaultValue = "fr", description = "the corpus language; default ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--verbose", description = "list every span that is not aligned")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the corpus directory")
  Path path;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<GoldDocument>> read = CorpusInput.read(spec, path, "all",
        format == Format.timeml ? TimeMlCorpus::read : BratCorpus::read);
    if (read.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    List<GoldDocument> corpus = read.get();
    Analyzer analyzer = AnalyzerFactory.standard(false);
    Language language = Language.given(lang);
    SegmentationEvaluator evaluator = new SegmentationEvaluator(gold -> analyzer.analyze(
        gold.toDocument(language)));
    Set<String> labels = format == Format.timeml
        ? Set.of("EVENT", "TIMEX3", "SIGNAL")
        : Set.of("Person", "Organization", "Location", "Date", "Hour", "Product", "Event");
    SegmentationEvaluator.print(evaluator.evaluate(corpus, labels), format + " " + path.getFileName(), out, verbose);
    out.flush();
    return ExitCode.OK;
  }
}
