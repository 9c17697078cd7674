package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code dateline kb} table build shares: the open data directory it reads, the file it
 * writes whole or not at all, and the line saying how many rows came from which data.
 */
abstract class KbBuildCommand implements Callable<Integer> {

  @Option(names = "--resources", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "the open data directory; default ${DEFAULT-VALUE}")
  Path resources;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the table (.tsv.gz)")
  Path out;

  @Spec CommandSpec spec;

  /** Reads the data under {@code resources}, writes the table to {@code out}; returns its row count. */
  abstract int build(Path resources, Path out) throws IOException;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    if (!Files.isDirectory(resources)) {
      spec.commandLine().getErr().println("dateline: " + resources + ": no such directory");
      return ExitCode.BAD_INPUT;
    }
    int rows = build(resources, out);
    log.printf("wrote %s: %d rows from %s (%s)%n", out, rows, resources, CorpusChecksum.of(resources));
    log.flush();
    return ExitCode.OK;
  }
}
