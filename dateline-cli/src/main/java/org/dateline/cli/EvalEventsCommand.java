package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Event;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.PetrarchCorpus;
import org.dateline.eval.TripleEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval events}: CAMEO event coding against PETRARCH's hand-corrected validation sentences. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Scores Dateline's events. --format petrarch: UniversalPetrarch's PETR2_GSR_validation.xml "
        + "(English news sentences with hand-corrected CAMEO codings); precision, recall and F1 of (root code, "
        + "actor1 country, actor2 country) triples, '---' for an actor without a country; last line 'overall F1'.")
public final class EvalEventsCommand implements Callable<Integer> {

  enum Format { petrarch }

  @Option(names = "--format", required = true, description = "petrarch")
  Format format;

  @Option(names = {"-v", "--verbose"}, description = "print each sentence's gold and system triples")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the validation file, or the directory holding "
      + PetrarchCorpus.DEFAULT_FILE)
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(path)) {
      err.println("dateline: " + path + ": no such corpus");
      return ExitCode.BAD_INPUT;
    }
    List<PetrarchCorpus.Sentence> sentences;
    try {
      sentences = PetrarchCorpus.read(path);
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.println("corpus: " + path + " (" + CorpusChecksum.of(path) + "): " + sentences.size() + " sentences");
    Analyzer analyzer = AnalyzerFactory.standard(false);
    Language english = Language.given("en");
    TripleEvaluator triples = new TripleEvaluator();
    for (PetrarchCorpus.Sentence sentence : sentences) {
      Document doc = analyzer.analyze(Document.of(sentence.id(), sentence.text()).withPublicationDate(sentence.date())
          .withLanguage(english).withLayers(java.util.Set.of(Layer.LANGUAGE)));
      List<List<String>> gold = sentence.codings().stream().map(PetrarchCorpus.Coding::triple).toList();
      List<List<String>> system = new ArrayList<>();
      for (Event e : doc.events()) {
        system.add(List.of(e.cameo().substring(0, 2), country(e.actor1()),
            e.actor2().map(EvalEventsCommand::country).orElse("---")));
      }
      int matched = triples.add(gold, system.stream().distinct().toList());
      if (verbose) {
        out.printf(Locale.ROOT, "%s %d/%d gold %s system %s: %s%n", sentence.id(), matched, gold.size(), gold,
            system, sentence.text());
      }
    }
    out.printf(Locale.ROOT, "triples: gold %d, system %d, correct %d; precision %.3f, recall %.3f%n",
        triples.gold(), triples.system(), triples.correct(), triples.precision(), triples.recall());
    out.printf(Locale.ROOT, "overall F1 = %.3f%n", triples.f1());
    out.flush();
    return ExitCode.OK;
  }

  /** As PETRARCH's gold has it: the first three letters of the actor's code, a country or "IGO"; "---" for none. */
  private static String country(Event.Actor actor) {
    return actor.countryOrKind().orElse("---");
  }
}
