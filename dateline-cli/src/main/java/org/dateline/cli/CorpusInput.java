package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.eval.CorpusFormatException;
import org.dateline.eval.CorpusSplit;
import org.dateline.eval.GoldDocument;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads the corpus of an eval or train command: a missing directory, a malformed file, an unknown
 * split or an empty selection is one line on standard error (the command then exits 2); otherwise
 * the corpus line with its checksum goes to standard output, so every figure can be traced.
 */
final class CorpusInput {

  /** How a command reads its corpus format. */
  @FunctionalInterface
  interface Reader {
    List<GoldDocument> read(Path path) throws IOException, CorpusFormatException;
  }

  private CorpusInput() {}

  static Optional<List<GoldDocument>> read(CommandSpec spec, Path path, String split, Reader reader) throws IOException {
    return read(spec, path, split, reader, true);
  }

  /** A corpus whose reader picks its own split (AADS's train/val/test files): named, not filtered again. */
  static Optional<List<GoldDocument>> readOwnSplit(CommandSpec spec, Path path, String split, Reader reader)
      throws IOException {
    return read(spec, path, split, reader, false);
  }

  private static Optional<List<GoldDocument>> read(CommandSpec spec, Path path, String split, Reader reader,
      boolean byDocumentHash) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(path)) {
      err.println("dateline: " + path + ": no such corpus");
      return Optional.empty();
    }
    List<GoldDocument> corpus;
    try {
      corpus = byDocumentHash ? CorpusSplit.parse(split).of(reader.read(path)) : reader.read(path);
    } catch (CorpusFormatException e) {
      err.println("dateline: " + e.getMessage());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      err.println("dateline: --split must be one of dev, train, tune, test, all, not '" + split + "'");
      return Optional.empty();
    }
    if (corpus.isEmpty()) {
      err.println("dateline: " + path + ": no documents in split " + split);
      return Optional.empty();
    }
    spec.commandLine().getOut().println("corpus: " + path + " (" + CorpusChecksum.of(path) + "), split " + split + ": "
        + corpus.size() + " documents");
    return Optional.of(corpus);
  }
}
