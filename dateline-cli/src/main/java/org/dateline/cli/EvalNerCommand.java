package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.dateline.core.EntityType;
import org.dateline.core.Span;
import org.dateline.eval.BratCorpus;
import org.dateline.eval.ConllCorpus;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.NerEvaluator;
import org.dateline.eval.NerExamples;
import org.dateline.ner.NerModel;
import org.dateline.ner.NerTagger;
import org.dateline.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval ner}: exact-span entity scores on an annotated corpus. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Dateline's named entities against a corpus: exact span and type, CoNLL style; precision, "
          + "recall and F1 per type, then 'overall F1' over PERSON, ORGANIZATION, LOCATION.",
      "brat: a WiNER-fr directory, each text through the whole pipeline (Dateline's own tokens). "
          + "conll: a CoNLL file (CoNLL-2003, WikiNEuRal), the model tagging the file's own tokens and sentences."
    })
public final class EvalNerCommand implements Callable<Integer> {

  enum Format { brat, conll }

  @Option(names = "--lang", defaultValue = "fr", description = "the corpus language; default ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--format", defaultValue = "brat", description = "brat or conll; default ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--split", defaultValue = "test",
      description = "brat: test, tune, dev or all; default ${DEFAULT-VALUE} (a CoNLL file is its own split)")
  String split;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "a model written by 'dateline train ner' instead of the language's own")
  Path model;

  @Option(names = "--verbose", description = "list every wrong or missed mention")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "the corpus directory")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Optional<NerModel> given = Optional.empty();
    if (model != null) {
      Optional<NerModel> loaded = NerModelFiles.read(spec, model);
      if (loaded.isEmpty()) {
        return ExitCode.BAD_INPUT;
      }
      given = loaded;
    }
    return format == Format.conll ? scoreConll(given) : scoreBrat(given);
  }

  private int scoreConll(Optional<NerModel> given) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(path)) {
      err.println("dateline: " + path + ": not a CoNLL file");
      return ExitCode.BAD_INPUT;
    }
    Optional<NerModel> nerModel = given.isPresent() ? given : AnalyzerFactory.nerModel(lang);
    if (nerModel.isEmpty()) {
      err.println("dateline: no named-entity model for '" + lang + "': train one with 'dateline train ner --lang "
          + lang + "' and pass it with --model");
      return ExitCode.USAGE;
    }
    List<ConllCorpus.Document> corpus;
    try {
      corpus = ConllCorpus.read(path);
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (corpus.isEmpty()) {
      err.println("dateline: " + path + ": no sentences to score");
      return ExitCode.BAD_INPUT;
    }
    out.println("corpus: " + path + " (" + CorpusChecksum.of(path) + "): " + corpus.size() + " documents");
    NerTagger tagger = new NerTagger(nerModel.get());
    NerEvaluator evaluator = new NerEvaluator();
    long tokens = 0;
    long nanos = 0;
    for (ConllCorpus.Document document : corpus) {
      int offset = 0;
      List<NerEvaluator.Mention> expected = new ArrayList<>();
      List<NerEvaluator.Mention> system = new ArrayList<>();
      long start = System.nanoTime();
      List<List<String>> tagged = tagger.tagDocument(document.sentences().stream().map(NerTrainer.Example::words).toList());
      nanos += System.nanoTime() - start;
      for (int k = 0; k < tagged.size(); k++) {
        NerTrainer.Example sentence = document.sentences().get(k);
        expected.addAll(mentions(sentence.tags(), offset));
        system.addAll(mentions(tagged.get(k), offset));
        offset += sentence.words().size();
      }
      tokens += offset;
      evaluator.add(expected, system);
      if (verbose) {
        List<String> words = document.sentences().stream().flatMap(e -> e.words().stream()).toList();
        printDifferences(out, document.id(), expected, system,
            span -> String.join(" ", words.subList(span.start(), span.end())));
      }
    }
    evaluator.print(out);
    out.printf(Locale.ROOT, "F1 with MISC (the CoNLL-2003 convention) = %.3f%n", evaluator.f1AllTypes());
    out.printf(Locale.ROOT, "%d tokens, %.0f tokens/s through the tagger (one pass, no warm-up)%n",
        tokens, tokens / (nanos / 1e9));
    out.printf(Locale.ROOT, "overall F1 = %.3f%n", evaluator.overallF1());
    out.flush();
    return ExitCode.OK;
  }

  /** Every system mention the gold lacks and every gold mention the system missed, one per line. */
  private static void printDifferences(PrintWriter out, String id, List<NerEvaluator.Mention> expected,
      List<NerEvaluator.Mention> system, java.util.function.Function<Span, String> text) {
    for (NerEvaluator.Mention m : system) {
      if (!expected.contains(m)) {
        out.println("  spurious " + id + " «" + text.apply(m.span()) + "» " + m.type());
      }
    }
    for (NerEvaluator.Mention m : expected) {
      if (!system.contains(m)) {
        out.println("  missed   " + id + " «" + text.apply(m.span()) + "» " + m.type());
      }
    }
  }

  /** Token-offset spans of a tag sequence, as mentions: exact-span scoring needs no characters. */
  private static List<NerEvaluator.Mention> mentions(List<String> tags, int offset) {
    List<NerEvaluator.Mention> out = new ArrayList<>();
    for (int[] s : NerTagger.spans(tags)) {
      out.add(new NerEvaluator.Mention(new Span(offset + s[0], offset + s[1]), EntityType.values()[s[2]].name()));
    }
    return out;
  }

  private int scoreBrat(Optional<NerModel> given) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<List<GoldDocument>> read = CorpusInput.read(spec, path, split, BratCorpus::read);
    if (read.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    List<GoldDocument> corpus = read.get();
    Analyzer analyzer = AnalyzerFactory.standard(false, given.isPresent() ? Map.of(lang, given.get()) : Map.of());
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
        printDifferences(out, gold.id(), expected, system, span -> span.of(gold.text()));
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
