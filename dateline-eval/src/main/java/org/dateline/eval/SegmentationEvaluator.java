package org.dateline.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.dateline.core.Document;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Measures tokenization and sentence splitting against corpora that mark them only implicitly: the
 * edges of every annotated span (named entities, TimeML events and time expressions) must be token
 * edges, a one-word annotation must be one token, and no sentence boundary may fall inside an
 * annotation. These are recall-side measures: they catch tokens and sentences split too little or
 * too much around annotated words, not errors elsewhere. OpenNLP's SimpleTokenizer runs on the
 * same texts as a baseline.
 */
public final class SegmentationEvaluator {

  private final Function<GoldDocument, Document> analyzer;

  /** @param analyzer turns a corpus document into an analyzed document with tokens and sentences */
  public SegmentationEvaluator(Function<GoldDocument, Document> analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Counts for one tokenizer or sentence splitter over a corpus. */
  public record Counts(int spans, int aligned, int startAligned, int endAligned, int oneWord,
      int oneWordOneToken, int withinSentence, int tokens, int sentences) {

    double share(int part, int whole) {
      return whole == 0 ? 1.0 : (double) part / whole;
    }
  }

  /** The result: Dateline's counts, the baseline's, the misses for a verbose listing, and the time. */
  public record Report(int documents, Counts dateline, Counts baseline, List<String> misses, long nanos) {}

  public Report evaluate(List<GoldDocument> corpus, Set<String> labels) {
    int[] d = new int[9];
    int[] b = new int[9];
    List<String> misses = new ArrayList<>();
    long nanos = 0;
    for (GoldDocument gold : corpus) {
      long start = System.nanoTime();
      Document doc = analyzer.apply(gold);
      nanos += System.nanoTime() - start;
      List<Span> spans = goldSpans(gold, labels);
      count(gold.text(), spans, doc.tokens().stream().map(Token::span).toList(),
          doc.sentences().stream().map(Sentence::span).toList(), d, misses, gold.id());
      List<Span> baseline = new ArrayList<>();
      for (opennlp.tools.util.Span s : SimpleTokenizer.INSTANCE.tokenizePos(gold.text())) {
        baseline.add(new Span(s.getStart(), s.getEnd()));
      }
      count(gold.text(), spans, baseline, List.of(), b, null, gold.id());
    }
    return new Report(corpus.size(), counts(d), counts(b), misses, nanos);
  }

  private static Counts counts(int[] c) {
    return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
  }

  /** The distinct annotated spans with the given labels, trimmed of surrounding white space. */
  private static List<Span> goldSpans(GoldDocument gold, Set<String> labels) {
    TreeSet<Span> spans = new TreeSet<>();
    for (GoldDocument.GoldSpan g : gold.spans()) {
      if (labels.isEmpty() || labels.contains(g.label())) {
        int s = g.span().start();
        int e = g.span().end();
        while (s < e && Character.isWhitespace(gold.text().charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(gold.text().charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          spans.add(new Span(s, e));
        }
      }
    }
    return new ArrayList<>(spans);
  }

  private static void count(String text, List<Span> spans, List<Span> tokens, List<Span> sentences,
      int[] c, List<String> misses, String id) {
    Set<Integer> starts = new java.util.HashSet<>();
    Set<Integer> ends = new java.util.HashSet<>();
    for (Span t : tokens) {
      starts.add(t.start());
      ends.add(t.end());
    }
    c[7] += tokens.size();
    c[8] += sentences.size();
    for (Span span : spans) {
      boolean startOk = starts.contains(span.start());
      boolean endOk = ends.contains(span.end());
      c[0]++;
      c[1] += startOk && endOk ? 1 : 0;
      c[2] += startOk ? 1 : 0;
      c[3] += endOk ? 1 : 0;
      String covered = span.of(text);
      boolean oneWordSplit = false;
      if (covered.chars().noneMatch(Character::isWhitespace)) {
        c[4]++;
        boolean one = tokens.contains(span);
        c[5] += one ? 1 : 0;
        oneWordSplit = !one;
      }
      boolean within = sentences.stream().anyMatch(s -> s.contains(span));
      c[6] += within ? 1 : 0;
      if (misses != null && (!(startOk && endOk) || !within || oneWordSplit)) {
        misses.add(String.format(Locale.ROOT, "%s %s «%s» in «…%s…»%s", id, span, covered,
            context(text, span), !within ? " (sentence boundary inside)"
                : startOk && endOk ? " (one word, several tokens)" : ""));
      }
    }
  }

  private static String context(String text, Span span) {
    int s = Math.max(0, span.start() - 30);
    int e = Math.min(text.length(), span.end() + 30);
    return text.substring(s, e).replace('\n', ' ');
  }

  /** Prints the report, Dateline and the baseline side by side. */
  public static void print(Report r, String corpusName, PrintWriter out, boolean verbose) {
    Counts d = r.dateline();
    Counts b = r.baseline();
    out.printf(Locale.ROOT, "segmentation of %s: %d documents, %d annotated spans (%d one-word)%n",
        corpusName, r.documents(), d.spans(), d.oneWord());
    out.printf(Locale.ROOT, "%-28s %10s %10s %10s %12s %10s%n", "", "aligned", "start", "end", "one-word=1", "in-1-sent");
    row(out, "Dateline", d);
    row(out, "OpenNLP SimpleTokenizer", b);
    out.printf(Locale.ROOT, "Dateline: %d tokens, %d sentences; %.0f tokens/s through structure+tokens+sentences%n",
        d.tokens(), d.sentences(), d.tokens() / (r.nanos() / 1e9));
    if (verbose) {
      r.misses().forEach(m -> out.println("  miss: " + m));
    }
    out.printf(Locale.ROOT, "overall token alignment = %.3f%n", d.share(d.aligned(), d.spans()));
  }

  private static void row(PrintWriter out, String name, Counts c) {
    out.printf(Locale.ROOT, "%-28s %9.2f%% %9.2f%% %9.2f%% %11.2f%% %9s%n", name,
        100 * c.share(c.aligned(), c.spans()), 100 * c.share(c.startAligned(), c.spans()),
        100 * c.share(c.endAligned(), c.spans()), 100 * c.share(c.oneWordOneToken(), c.oneWord()),
        c.sentences() == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * c.share(c.withinSentence(), c.spans())));
  }
}
