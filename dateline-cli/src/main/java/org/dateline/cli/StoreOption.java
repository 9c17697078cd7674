package org.dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the knowledge base. */
final class StoreOption {

  static final String DEFAULT = "dateline-data/dateline.db";

  @Option(names = "--db", paramLabel = "FILE", defaultValue = DEFAULT,
      description = "the knowledge base, one SQLite file; default ${DEFAULT-VALUE}")
  Path db;
}
