package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.core.Analyzer;
import org.dateline.core.Span;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.DocumentSpeakers;
import org.dateline.eval.GgtCorpus;
import org.dateline.eval.GgtQuoteEvaluator;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline eval quotes --format ggt}: Dateline's quotes and speakers against the Gender Gap Tracker's gold. */
final class GgtEvaluation {

  private GgtEvaluation() {}

  static int run(CommandSpec spec, Path path, String split, boolean verbose) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (split != null) {
      err.println("dateline: --split: the Gender Gap Tracker corpus has no splits");
      return ExitCode.BAD_INPUT;
    }
    if (!Files.exists(path)) {
      err.println("dateline: " + path + ": no such corpus");
      return ExitCode.BAD_INPUT;
    }
    List<GgtCorpus.Article> articles;
    try {
      articles = GgtCorpus.read(path);
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (articles.isEmpty()) {
      err.println("dateline: " + path + ": no articles");
      return ExitCode.BAD_INPUT;
    }
    int located = articles.stream().mapToInt(a -> a.quotes().size()).sum();
    int unlocated = articles.stream().mapToInt(GgtCorpus.Article::unlocated).sum();
    out.println("corpus: " + path + " (" + CorpusChecksum.of(path) + "): " + articles.size() + " articles, "
        + located + " gold quotes (" + unlocated + " more not found in the text, left out)");
    Analyzer analyzer = AnalyzerFactory.standard(false);
    GgtQuoteEvaluator loose = new GgtQuoteEvaluator(0.3);
    GgtQuoteEvaluator strict = new GgtQuoteEvaluator(0.8);
    for (GgtCorpus.Article article : articles) {
      List<GgtQuoteEvaluator.SystemQuote> system = DocumentSpeakers.of(analyzer.analyze(article.toDocument()));
      List<GgtQuoteEvaluator.Outcome> outcomes = loose.add(article.quotes(), system);
      strict.add(article.quotes(), system);
      if (verbose) {
        list(out, article, outcomes, system);
      }
    }
    out.print(loose.report());
    out.print(strict.report());
    out.printf(Locale.ROOT, "overall F1 = %.3f%n", loose.speakers().f1());
    out.flush();
    return ExitCode.OK;
  }

  /**
   * One line per gold quote missed or given the wrong speaker at 0.3, and per system quote that matched
   * none, tab-separated for sorting: MISSED, WRONG or EXTRA, article id, gold speaker (empty for EXTRA),
   * the system's speaker names, the quote's first words.
   */
  private static void list(PrintWriter out, GgtCorpus.Article article, List<GgtQuoteEvaluator.Outcome> outcomes,
      List<GgtQuoteEvaluator.SystemQuote> system) {
    for (GgtQuoteEvaluator.Outcome o : outcomes) {
      if (!o.rightSpeaker()) {
        out.println(String.join("\t", o.match().isPresent() ? "WRONG" : "MISSED", article.id(), o.gold().speaker(),
            o.match().map(m -> String.join(" | ", m.speakerNames())).orElse(""), words(article, o.gold().span())));
      }
    }
    for (GgtQuoteEvaluator.SystemQuote q : system) {
      if (outcomes.stream().noneMatch(o -> o.match().filter(m -> m == q).isPresent())) {
        out.println(String.join("\t", "EXTRA", article.id(), "", String.join(" | ", q.speakerNames()),
            words(article, q.span())));
      }
    }
  }

  private static String words(GgtCorpus.Article article, Span span) {
    String words = article.text().substring(span.start(), span.end()).replaceAll("\\s+", " ");
    return words.length() > 80 ? words.substring(0, 80) + "…" : words;
  }
}
