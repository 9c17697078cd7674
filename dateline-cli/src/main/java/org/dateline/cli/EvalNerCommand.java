package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Language;
import org.dateline.core.Mention;
import org.dateline.eval.BratCorpus;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.NerEvaluator;
import org.dateline.eval.NerExamples;
import org.dateline.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval ner}: exact-span entity scores on an annotated corpus. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Scores Dateline's named entities against a corpus (WiNER-fr, BRAT): exact span and type, "
        + "CoNLL style; precision, recall and F1 per type, then 'overall F1' over PERSON, ORGANIZATION, LOCATION.")
public final class EvalNerCommand implements Callable<Integer> {

  enum Format { brat }

  @Option(names = "--lang", defaultValue = "fr", description = "the corpus language; default ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--format", defaultValue = "brat", description = "brat; default ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--split", defaultValue = "test", description = "test, tune, dev or all; default ${DEFAULT-VALUE}")
  String split;

  @Option(names = "--verbose", description = "list every wrong or missed mention")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the corpus directory")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<GoldDocument>> read = CorpusInput.read(spec, path, split, BratCorpus::read);
    if (read.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    List<GoldDocument> corpus = read.get();
    Analyzer analyzer = AnalyzerFactory.standard(false);
    Language language = Language.given(lang);
    NerEvaluator evaluator = new NerEvaluator();
    long tokens = 0;
    long nanos = 0;
    for (GoldDocument gold : corpus) {
      long start = System.nanoTime();
      Document doc = analyzer.analyze(gold.toDocument(language));
      nanos += System.nanoTime() - start;
      tokens += doc.tokens().size();
      List<NerEvaluator.Mention> system = new ArrayList<>();
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions().stream().filter(Mention::isName).toList()) {
          system.add(new NerEvaluator.Mention(m.span(), m.type().name()));
        }
      }
      List<NerEvaluator.Mention> expected = NerExamples.outermost(gold).stream()
          .map(s -> new NerEvaluator.Mention(s.span(), NerTagger.entityType(s.label()).name())).toList();
      evaluator.add(expected, system);
      if (verbose) {
        for (NerEvaluator.Mention m : system) {
          if (!expected.contains(m)) {
            out.println("  spurious " + gold.id() + " «" + m.span().of(gold.text()) + "» " + m.type());
          }
        }
        for (NerEvaluator.Mention m : expected) {
          if (!system.contains(m)) {
            out.println("  missed   " + gold.id() + " «" + m.span().of(gold.text()) + "» " + m.type());
          }
        }
      }
    }
    evaluator.print(out);
    out.printf(Locale.ROOT, "%d tokens, %.0f tokens/s through the whole pipeline (one pass, no warm-up)%n",
        tokens, tokens / (nanos / 1e9));
    out.printf(Locale.ROOT, "overall F1 = %.3f%n", evaluator.overallF1());
    out.flush();
    return ExitCode.OK;
  }
}
