package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests in real child processes: killed with SIGKILL half-way, or two at once against one
 * database. The child runs this test's own classpath, so no build of the command line is needed.
 */
class IngestFaultTest {

  @TempDir Path dir;

  private Process ingest(Path input, Path db, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.dateline.cli.Main",
        "ingest", input.toString(), "--db", db.toString(), "--lang", "fr", "--threads", "2", "--no-progress"));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static long articles(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Store store = Store.openForReading(db)) {
      return store.count("articles");
    } catch (StoreException e) {
      return 0; // not created yet, or its schema not yet committed
    }
  }

  @Test
  void aKilledIngestLosesNoCommittedArticleAndTheNextRunResumes() throws Exception {
    Path in = dir.resolve("in");
    int total = 300;
    GeneratedArticles.write(in, "a", 1000, total, 8);
    Path db = dir.resolve("kb.db");

    Process child = ingest(in, db, dir.resolve("child.log"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long before;
    while ((before = articles(db)) < 20 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    child.destroyForcibly().waitFor();
    long committed = articles(db);

    assertThat(committed).as("articles committed when killed; child said: %s",
        Files.readString(dir.resolve("child.log"))).isBetween(before, (long) total - 1);
    Run resumed = Run.of("ingest", in.toString(), "--db", db.toString(), "--lang", "fr");
    assertThat(resumed.code()).as(resumed.err()).isEqualTo(ExitCode.OK);
    assertThat(resumed.out()).contains("ingested " + (total - committed) + " new articles, " + committed + " already stored");
    try (Store store = Store.openForReading(db)) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
      assertThat(store.count("articles")).isEqualTo(total);
      assertThat(store.count("article_sources")).isEqualTo(total);
      assertThat(store.count("story_members")).isEqualTo(total);
    }
  }

  @Test
  void twoIngestsAgainstOneDatabaseBothSucceed() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    GeneratedArticles.write(a, "a", 2000, 40, 6);
    GeneratedArticles.write(b, "b", 3000, 40, 6);
    // the same texts under other names in both: stored once, with two sources
    GeneratedArticles.write(a, "shared-a", 4000, 10, 6);
    GeneratedArticles.write(b, "shared-b", 4000, 10, 6);
    Path db = dir.resolve("kb.db");

    Process first = ingest(a, db, dir.resolve("a.log"));
    Process second = ingest(b, db, dir.resolve("b.log"));

    assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(dir.resolve("a.log"))).isZero();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("b.log"))).isZero();
    try (Store store = Store.openForReading(db)) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
      assertThat(store.count("articles")).isEqualTo(90);
      assertThat(store.count("article_sources")).isEqualTo(100);
    }
  }
}
