package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.ExtractionCorpus;
import org.dateline.eval.ExtractionEvaluator;
import org.dateline.eval.PeerExtractions;
import org.dateline.eval.ShingleScorer;
import org.dateline.html.HtmlArticleExtractor;
import org.dateline.io.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval extraction}: the main text of web pages against the article-extraction benchmark. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Scores Dateline's reading of web pages. --format aeb: the article-extraction benchmark of "
        + "Scrapinghub (181 pages, html/*.html.gz and ground-truth.json): 4-word shingles of the extracted vs the "
        + "true article body, precision and recall averaged over pages as the benchmark does; pages/s measured in "
        + "one pass after a warm-up pass; last line 'overall F1'.")
public final class EvalExtractionCommand implements Callable<Integer> {

  enum Format { aeb }

  @Option(names = "--format", required = true, description = "aeb")
  Format format;

  @Option(names = "--peer-output", paramLabel = "DIR",
      description = "also score another extractor's texts (DIR/ID.txt, DIR/run.json), e.g. from bench/extraction-peer.sh")
  Path peerOutput;

  @Option(names = "--output", paramLabel = "DIR", description = "write Dateline's text of each page to DIR/ID.txt")
  Path output;

  @Option(names = {"-v", "--verbose"}, description = "print each page's precision, recall and F1")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the benchmark's directory")
  Path path;

  @Spec CommandSpec spec;

  /** A page with its bytes read, so that timing measures extraction only. */
  private record Loaded(ExtractionCorpus.Page page, byte[] html) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(path)) {
      err.println("dateline: " + path + ": no such corpus");
      return ExitCode.BAD_INPUT;
    }
    List<Loaded> pages = new ArrayList<>();
    PeerExtractions peer = null;
    try {
      for (ExtractionCorpus.Page page : ExtractionCorpus.read(path)) {
        pages.add(new Loaded(page, page.readHtml()));
      }
      if (peerOutput != null) {
        peer = PeerExtractions.read(peerOutput);
      }
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (pages.isEmpty()) {
      err.println("dateline: " + path + ": no pages in ground-truth.json");
      return ExitCode.BAD_INPUT;
    }
    out.println("corpus: " + path + " (" + CorpusChecksum.of(path) + "): " + pages.size() + " pages");
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    extractAll(extractor, pages); // warm-up: the JIT compiles the extractor before it is timed
    long start = System.nanoTime();
    List<String> texts = extractAll(extractor, pages);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (output != null) {
      Files.createDirectories(output);
      for (int i = 0; i < pages.size(); i++) {
        Files.writeString(output.resolve(pages.get(i).page().id() + ".txt"), texts.get(i), StandardCharsets.UTF_8);
      }
    }
    ExtractionEvaluator dateline = new ExtractionEvaluator();
    ExtractionEvaluator other = new ExtractionEvaluator();
    for (int i = 0; i < pages.size(); i++) {
      ExtractionCorpus.Page page = pages.get(i).page();
      ShingleScorer.Counts counts = dateline.add(page.articleBody(), texts.get(i));
      if (verbose) {
        double p = ExtractionEvaluator.precision(counts);
        double r = ExtractionEvaluator.recall(counts);
        out.printf(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f  %s%n", page.id().substring(0, Math.min(12, page.id().length())), p, r,
            ExtractionEvaluator.f1(p, r), page.url());
      }
      if (peer != null) {
        other.add(page.articleBody(), peer.text(page.id()));
      }
    }
    out.printf(Locale.ROOT, "%-22s %9s %7s %6s %9s   %s%n", "", "precision", "recall", "F1", "pages/s",
        "micro P R F1 (summed shingles)");
    row(out, "Dateline", dateline, String.format(Locale.ROOT, "%.1f", pages.size() / seconds));
    if (peer != null) {
      row(out, peer.name(), other, peer.pagesPerSecond().isPresent()
          ? String.format(Locale.ROOT, "%.1f", peer.pagesPerSecond().getAsDouble()) : "n/a");
    }
    out.printf(Locale.ROOT, "overall F1 = %.3f%n", dateline.f1());
    out.flush();
    return ExitCode.OK;
  }

  private static void row(PrintWriter out, String name, ExtractionEvaluator e, String speed) {
    out.printf(Locale.ROOT, "%-22s %9.3f %7.3f %6.3f %9s   %.3f %.3f %.3f%n", name, e.precision(), e.recall(), e.f1(),
        speed, e.microPrecision(), e.microRecall(), e.microF1());
  }

  /** Every page's main text; a page the extractor refuses reads as empty, as it would in the benchmark. */
  private List<String> extractAll(HtmlArticleExtractor extractor, List<Loaded> pages) {
    List<String> texts = new ArrayList<>(pages.size());
    for (Loaded l : pages) {
      try {
        texts.add(extractor.extract(l.page().id(), l.html(), l.page().url(), null).text());
      } catch (BadInputException e) {
        spec.commandLine().getErr().println("dateline: " + e.getMessage());
        texts.add("");
      }
    }
    return texts;
  }
}
