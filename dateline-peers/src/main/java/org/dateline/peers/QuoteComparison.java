package org.dateline.peers;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.cli.AnalyzerFactory;
import org.dateline.core.Analyzer;
import org.dateline.eval.AttributionEvaluator;
import org.dateline.eval.DocumentAttributions;
import org.dateline.eval.PolnearCorpus;

/**
 * Dateline and Stanford CoreNLP 4.5.10's English quote attribution side by side in one run, on the
 * same PolNeAR articles (first annotator file of each), scored by the same
 * {@link AttributionEvaluator}. CoreNLP attributes direct quotes only, so the direct-quote lines are
 * the comparison; the all-attribution lines are printed for both too. Speed is one timed pass of
 * each system over the articles, single thread, after the models are loaded (no warm-up pass:
 * CoreNLP's coreference makes a pass take minutes).
 *
 * <p>Usage: {@code QuoteComparison PATH [dev|train] [N]}: the first N articles in file-name order
 * (all by default).
 */
public final class QuoteComparison {

  private QuoteComparison() {}

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args.length > 0 ? args[0] : "../shared/data/polnear");
    String split = args.length > 1 ? args[1] : "dev";
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(path, split);
    if (args.length > 2) {
      articles = articles.subList(0, Math.min(articles.size(), Integer.parseInt(args[2])));
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Analyzer dateline = AnalyzerFactory.standard(false);
    CoreNlpEnglishQuotes corenlp = new CoreNlpEnglishQuotes();

    AttributionEvaluator ours = new AttributionEvaluator();
    long start = System.nanoTime();
    for (PolnearCorpus.Article a : articles) {
      ours.add(a.text(), a.attributions(), DocumentAttributions.of(dateline.analyze(a.toDocument())));
    }
    double oursSeconds = (System.nanoTime() - start) / 1e9;
    AttributionEvaluator theirs = new AttributionEvaluator();
    start = System.nanoTime();
    for (PolnearCorpus.Article a : articles) {
      theirs.add(a.text(), a.attributions(), corenlp.attributions(a.text()));
    }
    double theirsSeconds = (System.nanoTime() - start) / 1e9;

    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    out.printf(Locale.ROOT, "corpus: %s, split %s: %d articles, %d characters, first annotator file of each%n",
        path, split, articles.size(), chars);
    out.println("== Dateline");
    out.print(ours.report());
    out.println("== Stanford CoreNLP 4.5.10 English (" + CoreNlpEnglishQuotes.ANNOTATORS
        + "; coref.algorithm=statistical, quote.attributeQuotes=true)");
    out.print(theirs.report());
    out.printf(Locale.ROOT, "attribution F1, direct quotes: Dateline %.3f, CoreNLP %.3f (%+.1f points)%n",
        ours.directAttribution().f1(), theirs.directAttribution().f1(),
        100 * (ours.directAttribution().f1() - theirs.directAttribution().f1()));
    out.printf(Locale.ROOT, "attribution F1, all: Dateline %.3f, CoreNLP %.3f%n", ours.attribution().f1(),
        theirs.attribution().f1());
    out.printf(Locale.ROOT, "speed (one pass, single thread): Dateline %.1f articles/s (%.1f s), CoreNLP %.2f articles/s (%.1f s)%n",
        articles.size() / oursSeconds, oursSeconds, articles.size() / theirsSeconds, theirsSeconds);
  }
}
