package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.core.Analyzer;
import org.dateline.eval.AttributionEvaluator;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.DocumentAttributions;
import org.dateline.eval.PolnearCorpus;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline eval quotes --format polnear}: Dateline's quotes and claims against PolNeAR's attributions. */
final class PolnearEvaluation {

  private PolnearEvaluation() {}

  static int run(CommandSpec spec, Path path, String split) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(path)) {
      err.println("dateline: " + path + ": no such corpus");
      return ExitCode.BAD_INPUT;
    }
    List<PolnearCorpus.Article> articles;
    try {
      articles = PolnearCorpus.read(path, split);
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (articles.isEmpty()) {
      err.println("dateline: " + path + ": no articles in split " + split);
      return ExitCode.BAD_INPUT;
    }
    out.println("corpus: " + path + " (" + CorpusChecksum.of(path) + "), split " + split + ": " + articles.size()
        + " articles, first annotator file of each");
    Analyzer analyzer = AnalyzerFactory.standard(false);
    AttributionEvaluator scores = new AttributionEvaluator();
    for (PolnearCorpus.Article article : articles) {
      scores.add(article.text(), article.attributions(), DocumentAttributions.of(analyzer.analyze(article.toDocument())));
    }
    out.print(scores.report());
    out.flush();
    return ExitCode.OK;
  }
}
