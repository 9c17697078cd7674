package org.dateline.peers;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.cli.AnalyzerFactory;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Pipeline;
import org.dateline.event.CameoCodebook;
import org.dateline.io.StructureStage;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.PeopleIndex;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;
import org.dateline.lang.fr.FrenchTimeGrammar;
import org.dateline.lang.en.EnglishTimeGrammar;
import org.dateline.time.TimeStage;
import org.dateline.core.TimeExpression;
import org.dateline.eval.CorpusSplit;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.TimeMlCorpus;
import org.dateline.eval.TimexEvaluator;

/**
 * Dateline and HeidelTime 2.1 side by side in one run, on the same TimeML documents (each anchored
 * on its creation time), scored by the same {@link TimexEvaluator}. Speed is single thread: each
 * system first runs over the corpus for {@link Throughput#WARM_UP_NANOS} to warm up the JIT, then as many
 * whole passes as fit in {@link Throughput#MEASURE_NANOS} (at least one) are timed.
 *
 * <p>Usage: {@code TimesComparison PATH [fr|en] [dev|test|all]}
 */
public final class TimesComparison {

  private TimesComparison() {}


  public static void main(String[] args) throws Exception {
    Path path = Path.of(args.length > 0 ? args[0] : "../shared/data/fr-timebank/Data");
    String lang = args.length > 1 ? args[1] : "fr";
    CorpusSplit split = CorpusSplit.parse(args.length > 2 ? args[2] : "all");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    List<GoldDocument> corpus = split.of(TimeMlCorpus.read(path));
    out.printf(Locale.ROOT, "corpus: %s, split %s: %d documents, language %s%n", path, split, corpus.size(), lang);

    Analyzer dateline = AnalyzerFactory.standard(false);
    Language language = Language.given(lang);
    HeidelTimeTagger heideltime = new HeidelTimeTagger(lang);

    TimexEvaluator.Counts ours = new TimexEvaluator.Counts();
    for (GoldDocument gold : corpus) {
      Document doc = analyze(dateline, language, gold);
      List<TimexEvaluator.Timex> system = new ArrayList<>();
      for (TimeExpression t : doc.times()) {
        system.add(new TimexEvaluator.Timex(t.span(), t.type().name(), t.value()));
      }
      TimexEvaluator.add(ours, gold.id(), gold.text(), gold(gold), system);
    }
    TimexEvaluator.Counts theirs = new TimexEvaluator.Counts();
    for (GoldDocument gold : corpus) {
      List<HeidelTimeTagger.Timex> found = heideltime.tag(gold.text(), gold.date().orElseThrow());
      List<TimexEvaluator.Timex> system = new ArrayList<>();
      for (HeidelTimeTagger.Timex t : found) {
        system.add(new TimexEvaluator.Timex(new org.dateline.core.Span(t.start(), t.end()), t.type(),
            Optional.ofNullable(t.value())));
      }
      TimexEvaluator.add(theirs, gold.id(), gold.text(), gold(gold), system);
    }
    // timed: what does HeidelTime's job, structure, tokens, sentences and times (the rest of Dateline's
    // pipeline, quantities and quotes, is timed beside it so that both figures are on record)
    java.util.function.UnaryOperator<Document> times = timesOnly(lang);
    double timesPerSecond = Throughput.documentsPerSecond(corpus, gold -> times.apply(gold.toDocument(language)));
    Analyzer withoutEntities = withoutEntities();
    double withoutEntitiesPerSecond = Throughput.documentsPerSecond(corpus, gold -> analyze(withoutEntities, language, gold));
    double theirsPerSecond = Throughput.documentsPerSecond(corpus, gold -> heideltime.tag(gold.text(), gold.date().orElseThrow()));
    TimexEvaluator.printHeader(out);
    TimexEvaluator.printRow(out, "Dateline", ours, corpus.size(), corpus.size() / timesPerSecond);
    TimexEvaluator.printRow(out, "HeidelTime", theirs, corpus.size(), corpus.size() / theirsPerSecond);
    out.printf(Locale.ROOT, "value F1: Dateline %.3f, HeidelTime %.3f (%+.1f points); speed: Dateline %.1fx HeidelTime%n",
        ours.valueF1(), theirs.valueF1(), 100 * (ours.valueF1() - theirs.valueF1()), timesPerSecond / theirsPerSecond);
    out.println("(Dateline's time: structure, tokens, sentences, times. With quantities and quotes as well, the "
        + "pipeline without named entities and what builds on them: "
        + String.format(Locale.ROOT, "%.1f docs/s, %.1fx HeidelTime.)", withoutEntitiesPerSecond,
            withoutEntitiesPerSecond / theirsPerSecond));
  }

  /** Structure, tokens, sentences and time expressions: the stages that do a temporal tagger's job. */
  private static java.util.function.UnaryOperator<Document> timesOnly(String lang) throws java.io.IOException {
    Pipeline structure = Pipeline.builder().given(Layer.LANGUAGE).add(new StructureStage()).build();
    Pipeline segmentation = lang.equals("fr") ? French.loadSegmentation() : English.loadSegmentation();
    TimeStage times = new TimeStage(lang.equals("fr") ? FrenchTimeGrammar.create() : EnglishTimeGrammar.create());
    return doc -> times.apply(segmentation.apply(structure.apply(doc)));
  }

  /** The language pipelines with no named-entity model, so without the stages that need entities. */
  private static Analyzer withoutEntities() throws java.io.IOException {
    CountryLexicon countries = CountryLexicon.load();
    PeopleIndex people = PeopleIndex.load();
    CameoCodebook codebook = CameoCodebook.load();
    Pipeline preparation = Pipeline.builder().add(new StructureStage()).given(Layer.LANGUAGE).build();
    return new Analyzer(preparation, List.of(French.load(countries, people, codebook, Optional.empty()),
        English.load(countries, people, codebook, Optional.empty())));
  }

  private static Document analyze(Analyzer analyzer, Language language, GoldDocument gold) {
    return analyzer.analyze(gold.toDocument(language));
  }

  private static List<TimexEvaluator.Timex> gold(GoldDocument gold) {
    List<TimexEvaluator.Timex> timexes = new ArrayList<>();
    for (GoldDocument.GoldSpan s : gold.spans()) {
      if (s.label().equals("TIMEX3")) {
        timexes.add(new TimexEvaluator.Timex(s.span(), s.attributes().getOrDefault("type", ""),
            Optional.ofNullable(s.attributes().get("value"))));
      }
    }
    return timexes;
  }
}
