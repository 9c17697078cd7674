package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval extraction} on a two-page corpus in the benchmark's layout, and on the benchmark itself when present. */
class EvalExtractionCommandTest {

  /** The benchmark, beside the repository as in the project's machines; absent in a user's clone. */
  private static final Path BENCHMARK = Path.of(System.getProperty("dateline.data", "../../shared/data"))
      .resolve("article-extraction-benchmark").normalize();

  private static final String BODY = "The ferry to the island will run twice a day from Monday, the port said, "
      + "after a winter in which storms cancelled one crossing in three.";

  @TempDir Path dir;

  private void writePage(String id, String html) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void writeCorpus() throws IOException {
    writePage("p1", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><p>" + BODY
        + "</p></article><footer><p>Copyright, all rights reserved, terms and privacy.</p></footer></body></html>");
    writePage("p2", "<html><body><p>Nothing here but a short line.</p></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": "
        + "\"https://port.example/ferry\"}, \"p2\": {\"articleBody\": \"A body the page does not hold at all.\", "
        + "\"url\": \"https://port.example/p2\"}}");
  }

  @Test
  void scoresAPageItReadsRightAndOneItCannotRead() throws IOException {
    writeCorpus();
    Path peer = dir.resolve("peer");
    Files.createDirectories(peer);
    Files.writeString(peer.resolve("p1.txt"), "Home News " + BODY);
    Files.writeString(peer.resolve("run.json"), "{\"name\": \"Other\", \"pagesPerSecond\": 12.5}");

    Run r = Run.of("eval", "extraction", "--format", "aeb", "--verbose", "--peer-output", peer.toString(),
        dir.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("2 pages").contains("p1  P 1.000  R 1.000  F1 1.000  https://port.example/ferry")
        .contains("p2  P 0.000  R 0.000");
    // Dateline: precision 1 (page 1) and 0 (page 2) → 0.5, recall 1 and 0 → 0.5
    assertThat(r.out().lines().filter(l -> l.startsWith("Dateline")).findFirst().orElseThrow())
        .contains("0.500   0.500  0.500");
    // the body is 26 words, 23 shingles; the peer added 2 shingles to page 1 and wrote nothing for page 2
    // (no precision there): P 23/25, R (1 + 0)/2, F1 2 × 0.92 × 0.5 / 1.42
    assertThat(r.out().lines().filter(l -> l.startsWith("Other")).findFirst().orElseThrow())
        .contains("0.920   0.500  0.648      12.5");
    assertThat(r.out()).endsWith("overall F1 = 0.500\n");
  }

  @Test
  void refusesADirectoryThatIsNotTheBenchmarkInOneLine() throws IOException {
    Run r = Run.of("eval", "extraction", "--format", "aeb", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString().contains("no ground-truth.json");
    writeCorpus();
    Files.delete(dir.resolve("html/p2.html.gz"));
    Run missing = Run.of("eval", "extraction", "--format", "aeb", dir.toString());
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err().lines()).singleElement().asString().contains("html/p2.html.gz is missing");
  }

  @Test
  void reachesTheTargetOnTheBenchmark() {
    assumeTrue(Files.isRegularFile(BENCHMARK.resolve("ground-truth.json")), "no " + BENCHMARK + " here");
    Run r = Run.of("eval", "extraction", "--format", "aeb", BENCHMARK.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("181 pages");
    List<String> lines = r.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertThat(last).startsWith("overall F1 = ");
    assertThat(Double.parseDouble(last.substring("overall F1 = ".length()))).isGreaterThanOrEqualTo(0.95);
  }
}
