package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The bundled samples ingested once for the tests of this JVM; each test serves a copy of its own. */
final class SampleKnowledgeBase {

  private static Path ingested;

  private SampleKnowledgeBase() {}

  /** A fresh copy of the samples' knowledge base in {@code dir}. */
  static Path copyInto(Path dir) {
    try {
      Path copy = dir.resolve("samples.db");
      Files.copy(ingested(), copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path ingested() throws IOException {
    if (ingested == null) {
      Path dir = Files.createTempDirectory("dateline-samples");
      Path db = dir.resolve("samples.db");
      Run run = Run.of("ingest", System.getProperty("dateline.samples"), "--db", db.toString(), "--no-progress");
      assertThat(run.code()).as(run.err()).isZero();
      ingested = db;
    }
    return ingested;
  }
}
