package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.ner.NerModel;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a model file named on the command line; a missing or corrupt file is one line on standard error. */
final class NerModelFiles {

  private NerModelFiles() {}

  static Optional<NerModel> read(CommandSpec spec, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(NerModel.load(in));
    } catch (java.nio.file.NoSuchFileException e) {
      spec.commandLine().getErr().println("dateline: " + file + ": no such model");
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("dateline: " + file + ": not a Dateline NER model (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }
}
