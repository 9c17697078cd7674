package org.dateline.peers;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.cli.AnalyzerFactory;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Language;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.eval.BratCorpus;
import org.dateline.eval.CorpusSplit;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.NerEvaluator;
import org.dateline.eval.NerExamples;
import org.dateline.ner.NerTagger;

/**
 * Dateline and Stanford CoreNLP 4.5.10 French NER side by side in one run, on the same WiNER-fr
 * documents, scored by the same {@link NerEvaluator} (exact span and type over PERSON,
 * ORGANIZATION, LOCATION). Speed is single thread, in tokens per second (Dateline's token count of
 * the corpus, the same for both), each system timed after 5 s of warm-up for at least 10 s.
 *
 * <p>Usage: {@code NerComparison PATH [test|tune|dev|all]}
 */
public final class NerComparison {

  private NerComparison() {}

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args.length > 0 ? args[0] : "../shared/data/winer-fr");
    CorpusSplit split = CorpusSplit.parse(args.length > 1 ? args[1] : "test");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    List<GoldDocument> corpus = split.of(BratCorpus.read(path));
    Analyzer dateline = AnalyzerFactory.standard(false);
    CoreNlpFrenchNer corenlp = new CoreNlpFrenchNer();
    Language fr = Language.given("fr");

    NerEvaluator ours = new NerEvaluator();
    NerEvaluator theirs = new NerEvaluator();
    long tokens = 0;
    for (GoldDocument gold : corpus) {
      List<NerEvaluator.Mention> expected = NerExamples.outermost(gold).stream()
          .map(s -> new NerEvaluator.Mention(s.span(), NerTagger.entityType(s.label()).name())).toList();
      Document doc = analyze(dateline, fr, gold);
      tokens += doc.tokens().size();
      List<NerEvaluator.Mention> system = new ArrayList<>();
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions().stream().filter(Mention::isName).toList()) {
          system.add(new NerEvaluator.Mention(m.span(), m.type().name()));
        }
      }
      ours.add(expected, system);
      List<NerEvaluator.Mention> peer = corenlp.tag(gold.text()).stream()
          .map(e -> new NerEvaluator.Mention(new Span(e.start(), e.end()), e.type())).toList();
      theirs.add(expected, peer);
    }
    double oursPerSecond = Throughput.documentsPerSecond(corpus, gold -> analyze(dateline, fr, gold));
    double theirsPerSecond = Throughput.documentsPerSecond(corpus, gold -> corenlp.tag(gold.text()));
    out.printf(Locale.ROOT, "corpus: %s, split %s: %d documents, %d tokens%n", path, split, corpus.size(), tokens);
    out.println("== Dateline");
    ours.print(out);
    out.println("== Stanford CoreNLP 4.5.10 French (tokenize,ssplit,mwt,pos,ner)");
    theirs.print(out);
    out.printf(Locale.ROOT, "overall F1 (PER/ORG/LOC): Dateline %.3f, CoreNLP %.3f (%+.1f points)%n",
        ours.overallF1(), theirs.overallF1(), 100 * (ours.overallF1() - theirs.overallF1()));
    out.printf(Locale.ROOT, "speed: Dateline %.0f tokens/s, CoreNLP %.0f tokens/s: %.1fx (Dateline's whole pipeline)%n",
        tokens * oursPerSecond / corpus.size(), tokens * theirsPerSecond / corpus.size(), oursPerSecond / theirsPerSecond);
  }

  private static Document analyze(Analyzer analyzer, Language language, GoldDocument gold) {
    return analyzer.analyze(gold.toDocument(language));
  }

}
