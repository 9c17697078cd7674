package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.eval.BratCorpus;
import org.dateline.eval.ConllCorpus;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.CorpusSplit;
import org.dateline.eval.GazetteerSources;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.NerExamples;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;
import org.dateline.ner.Gazetteer;
import org.dateline.ner.NerModel;
import org.dateline.ner.NerTrainer;
import org.dateline.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline train ner}: an averaged-perceptron NER model from an annotated corpus and open gazetteers. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the named-entity model of a language from an annotated corpus: WiNER-fr (--format brat) for "
          + "French, split by document (CorpusSplit: test = one document in four, never trained on), the model "
          + "learning from the dev part; or a CoNLL file (--format conll), such as CoNLL-2003's train.conllu "
          + "for English, learnt whole. Gazetteers come from the open data directory (--resources).",
      "Reproducible: a fixed seed, and the data checksum and settings are written into the model."
    })
public final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--lang", required = true, description = "fr or en")
  String lang;

  @Option(names = "--data", required = true, paramLabel = "PATH",
      description = "the annotated corpus: a WiNER-fr directory (brat) or a CoNLL file (conll; repeatable, the "
          + "files learnt together, such as CoNLL-2003's train.conllu and val.conllu)")
  List<Path> dataFiles;

  /** The corpus, for brat; for CoNLL the first file. */
  private Path data;

  @Option(names = "--format", defaultValue = "brat", description = "brat or conll; default ${DEFAULT-VALUE}")
  EvalNerCommand.Format format;

  @Option(names = "--resources", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "open data for the gazetteers; default ${DEFAULT-VALUE}")
  Path resources;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where to write the model (.bin.gz)")
  Path out;

  @Option(names = "--split", defaultValue = "dev",
      description = "brat: which part of the corpus to learn from, train or dev; default ${DEFAULT-VALUE}")
  String split;

  @Option(names = "--epochs", defaultValue = "8", description = "passes over the data; default ${DEFAULT-VALUE}")
  int epochs;

  @Option(names = "--seed", defaultValue = "1", description = "shuffling seed; default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--min-count", defaultValue = "2", description = "keep features seen this often; default ${DEFAULT-VALUE}")
  int minCount;

  @Option(names = "--gazetteer", split = ",", defaultValue = "PLACES,PEOPLE,ORGANISATIONS", paramLabel = "PART",
      description = "which name lists feed the gazetteer features: PLACES, PEOPLE, ORGANISATIONS; default ${DEFAULT-VALUE}")
  java.util.Set<GazetteerSources.Part> gazetteerParts;

  @Option(names = "--document-features", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "learn from what the rest of a document says of a word (its neighbours elsewhere, the types "
          + "it was given before); default ${DEFAULT-VALUE}")
  boolean documentFeatures;

  @Option(names = "--beam", defaultValue = "4", paramLabel = "N",
      description = "partial tag sequences kept while decoding; 1 is greedy, more trains a structured perceptron "
          + "with early update; default ${DEFAULT-VALUE}")
  int beam;

  @Option(names = "--casing", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "learn how each word is usually written inside a sentence, capitalised or not, and use it "
          + "for words that open a sentence; default ${DEFAULT-VALUE}")
  boolean casing;

  @Option(names = "--unlabelled", paramLabel = "DIR",
      description = "plain text (*.txt under DIR, any depth; repeatable) to learn casing and word classes from, "
          + "besides the training text")
  List<Path> unlabelled = List.of();

  @Option(names = "--word-classes", defaultValue = "0", paramLabel = "N",
      description = "word classes to learn from the training and unlabelled text (exchange algorithm), 0 for "
          + "none; default ${DEFAULT-VALUE}")
  int wordClasses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter log = spec.commandLine().getOut();
    if (!lang.equals("fr") && !lang.equals("en")) {
      err.println("dateline: training NER for '" + lang + "' is not available (fr or en)");
      return ExitCode.USAGE;
    }
    if (!Files.isDirectory(resources)) {
      err.println("dateline: " + resources + ": no such directory");
      return ExitCode.BAD_INPUT;
    }
    data = dataFiles.get(0);
    if (format != EvalNerCommand.Format.conll && dataFiles.size() > 1) {
      err.println("dateline: --data names one WiNER-style directory (several files are for --format conll)");
      return ExitCode.USAGE;
    }
    List<List<NerTrainer.Example>> examples;
    try {
      examples = format == EvalNerCommand.Format.conll ? conllExamples(log, err) : bratExamples(log, err);
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (examples.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    log.println(examples.stream().mapToInt(List::size).sum() + " sentences, "
        + examples.stream().flatMap(List::stream).mapToInt(e -> e.words().size()).sum() + " tokens");
    Tokenizer tokenizer = new Tokenizer(lang.equals("fr") ? French.tokenizerRules() : English.tokenizerRules());
    Gazetteer gazetteer = GazetteerSources.build(resources,
        name -> tokenizer.tokenize(name).stream().map(t -> t.span().of(name)).toList(), gazetteerParts);
    log.println("gazetteer: " + gazetteer.size() + " names from " + resources + " (" + CorpusChecksum.of(resources) + ")");
    List<List<String>> unlabelledSentences = new java.util.ArrayList<>();
    for (Path dir : unlabelled) {
      if (!Files.isDirectory(dir)) {
        err.println("dateline: " + dir + ": no such directory");
        return ExitCode.BAD_INPUT;
      }
      unlabelledSentences.addAll(UnlabelledText.sentences(dir, new NerCorpora(lang), err));
    }
    if (!unlabelled.isEmpty()) {
      log.println("unlabelled: " + unlabelledSentences.size() + " sentences, "
          + unlabelledSentences.stream().mapToInt(List::size).sum() + " tokens");
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("language", lang);
    for (Path file : dataFiles) {
      metadata.merge("data", file.getFileName() + " " + CorpusChecksum.of(file), (a, b) -> a + "; " + b);
    }
    metadata.put("split", format == EvalNerCommand.Format.conll ? "whole file" : split);
    for (Path dir : unlabelled) {
      metadata.merge("unlabelled", dir + " " + CorpusChecksum.of(dir), (a, b) -> a + "; " + b);
    }
    metadata.put("gazetteer", gazetteer.size() + " names (" + new java.util.TreeSet<>(gazetteerParts).stream()
        .map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")) + ")");
    NerModel model = new NerTrainer().train(examples, unlabelledSentences, gazetteer,
        new NerTrainer.Settings(epochs, seed, minCount, documentFeatures, beam, casing, wordClasses), metadata, log::println);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, ".ner-", ".partial");
    try {
      try (OutputStream stream = Files.newOutputStream(partial)) {
        model.save(stream);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    log.printf("wrote %s: %d features, %.1f MB%n", out, model.featureCount(), Files.size(out) / 1048576.0);
    log.flush();
    return ExitCode.OK;
  }

  /** The sentences of a WiNER-style corpus's chosen part, tokenized as the pipeline will; empty after an error line. */
  private List<List<NerTrainer.Example>> bratExamples(PrintWriter log, PrintWriter err)
      throws IOException, CorpusFormatException {
    CorpusSplit part;
    try {
      part = CorpusSplit.parse(split);
    } catch (IllegalArgumentException e) {
      part = CorpusSplit.TEST;
    }
    if (part != CorpusSplit.TRAIN && part != CorpusSplit.DEV) {
      err.println("dateline: --split must be train or dev: the test part is never trained on");
      return List.of();
    }
    if (!Files.isDirectory(data)) {
      err.println("dateline: " + data + ": no such directory");
      return List.of();
    }
    List<GoldDocument> corpus = part.of(BratCorpus.read(data));
    log.println("corpus: " + data + " (" + CorpusChecksum.of(data) + "), split " + split + ": " + corpus.size() + " documents");
    return nonEmpty(NerExamples.fromBrat(corpus, new NerCorpora(lang)::segment), err);
  }

  /** The sentences of the CoNLL files, on the files' own tokens, in order; empty after an error line. */
  private List<List<NerTrainer.Example>> conllExamples(PrintWriter log, PrintWriter err)
      throws IOException, CorpusFormatException {
    List<List<NerTrainer.Example>> documents = new java.util.ArrayList<>();
    for (Path file : dataFiles) {
      if (!Files.isRegularFile(file)) {
        err.println("dateline: " + file + ": not a CoNLL file");
        return List.of();
      }
      List<ConllCorpus.Document> corpus = ConllCorpus.read(file);
      log.println("corpus: " + file + " (" + CorpusChecksum.of(file) + "): " + corpus.size() + " documents");
      corpus.forEach(d -> documents.add(d.sentences()));
    }
    return nonEmpty(documents, err);
  }

  private List<List<NerTrainer.Example>> nonEmpty(List<List<NerTrainer.Example>> examples, PrintWriter err) {
    if (examples.isEmpty()) {
      err.println("dateline: " + data + ": no sentences to learn from");
    }
    return examples;
  }
}
