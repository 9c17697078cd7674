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
      "Trains the named-entity model of a language: WiNER-fr (BRAT) for French. The corpus is split "
          + "by document (CorpusSplit: test = one document in four, never trained on); the model learns "
          + "from the dev part. Gazetteers come from the open data directory (--resources).",
      "Reproducible: a fixed seed, and the data checksum and settings are written into the model."
    })
public final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--lang", required = true, description = "fr or en")
  String lang;

  @Option(names = "--data", required = true, paramLabel = "PATH", description = "the annotated corpus (WiNER-fr directory)")
  Path data;

  @Option(names = "--resources", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "open data for the gazetteers; default ${DEFAULT-VALUE}")
  Path resources;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where to write the model (.bin.gz)")
  Path out;

  @Option(names = "--split", defaultValue = "dev", description = "which part of the corpus to learn from: train or dev; default ${DEFAULT-VALUE}")
  String split;

  @Option(names = "--epochs", defaultValue = "8", description = "passes over the data; default ${DEFAULT-VALUE}")
  int epochs;

  @Option(names = "--seed", defaultValue = "1", description = "shuffling seed; default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--min-count", defaultValue = "2", description = "keep features seen this often; default ${DEFAULT-VALUE}")
  int minCount;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter log = spec.commandLine().getOut();
    if (!lang.equals("fr")) {
      err.println("dateline: training NER for '" + lang + "' is not available yet (fr only)");
      return ExitCode.USAGE;
    }
    CorpusSplit part = CorpusSplit.parse(split);
    if (part != CorpusSplit.TRAIN && part != CorpusSplit.DEV) {
      err.println("dateline: --split must be train or dev: the test part is never trained on");
      return ExitCode.USAGE;
    }
    if (!Files.isDirectory(data) || !Files.isDirectory(resources)) {
      err.println("dateline: " + (Files.isDirectory(data) ? resources : data) + ": no such directory");
      return ExitCode.BAD_INPUT;
    }
    List<GoldDocument> corpus;
    try {
      corpus = part.of(BratCorpus.read(data));
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    log.println("corpus: " + data + " (" + CorpusChecksum.of(data) + "), split " + split + ": " + corpus.size() + " documents");
    NerCorpora corpora = new NerCorpora(lang);
    List<NerTrainer.Example> examples = NerExamples.fromBrat(corpus, corpora::segment);
    log.println(examples.size() + " sentences, " + examples.stream().mapToInt(e -> e.words().size()).sum() + " tokens");
    Tokenizer tokenizer = new Tokenizer(lang.equals("fr") ? French.tokenizerRules() : English.tokenizerRules());
    Gazetteer gazetteer = GazetteerSources.build(resources,
        name -> tokenizer.tokenize(name).stream().map(t -> t.span().of(name)).toList());
    log.println("gazetteer: " + gazetteer.size() + " names from " + resources + " (" + CorpusChecksum.of(resources) + ")");
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("language", lang);
    metadata.put("data", data.getFileName() + " " + CorpusChecksum.of(data));
    metadata.put("split", split);
    metadata.put("gazetteer", gazetteer.size() + " names");
    NerModel model = new NerTrainer().train(examples, gazetteer, new NerTrainer.Settings(epochs, seed, minCount),
        metadata, log::println);
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
}
