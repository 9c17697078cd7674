package org.dateline.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.io.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {

  @TempDir Path dir;

  private final Sources sources = new Sources(SourceOptions.defaults(),
      new HttpFetcher(SourceOptions.defaults(), ValidatorCache.none()));

  private List<SourceItem> read(Path file) {
    try (Stream<SourceItem> items = sources.open(file.toString())) {
      return items.toList();
    }
  }

  private static WarcResponse response(String uri, int status, String contentType, String body) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      http.body(MediaType.parse(contentType), bytes);
    } else {
      http.body(null, bytes);
    }
    return new WarcResponse.Builder(uri).body(http.build()).build();
  }

  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      writer.write(new WarcRequest.Builder("https://news.example/a")
          .body(new HttpRequest.Builder("GET", "/a").build()).build());
      writer.write(response("https://news.example/a", 200, "text/html; charset=ISO-8859-1", "<p>Article A</p>"));
      writer.write(response("https://news.example/report.pdf", 200, "application/pdf", "%PDF-1.4"));
      writer.write(response("https://news.example/gone", 404, "text/html", "<p>introuvable</p>"));
      writer.write(response("https://news.example/b", 200, "text/html", "<p>Article B</p>"));
    }
    return file;
  }

  private static void assertArticlesAndSkips(List<SourceItem> items) {
    assertThat(items).hasSize(4);
    ArticleInput a = ((SourceItem.Article) items.get(0)).input();
    assertThat(a.uri()).isEqualTo("https://news.example/a");
    assertThat(a.contentType()).contains("text/html;charset=ISO-8859-1"); // as jwarc's writer put it
    assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("<p>Article A</p>");
    assertThat(items.get(1)).isEqualTo(new SourceItem.Skipped("https://news.example/report.pdf", "not HTML (application/pdf)"));
    assertThat(items.get(2)).isEqualTo(new SourceItem.Skipped("https://news.example/gone", "HTTP 404 in the WARC"));
    assertThat(items.get(3).uri()).isEqualTo("https://news.example/b");
    assertThat(items.get(3)).isInstanceOf(SourceItem.Article.class);
  }

  @Test
  void htmlResponsesAreArticlesAndOtherResponsesSkipsWithTheirReason() throws IOException {
    assertArticlesAndSkips(read(writeWarc("crawl.warc", WarcCompression.NONE)));
  }

  @Test
  void aGzippedWarcReadsTheSame() throws IOException {
    assertArticlesAndSkips(read(writeWarc("crawl.warc.gz", WarcCompression.GZIP)));
  }

  @Test
  void aTruncatedWarcGivesWhatWasWholeAndThenOneSkip() throws IOException {
    Path whole = writeWarc("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    int cut = lastIndexOf(bytes, "<p>Article B</p>") - 5; // inside the last record's body
    Path truncated = Files.write(dir.resolve("truncated.warc"), Arrays.copyOf(bytes, cut));

    List<SourceItem> items = read(truncated);

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isInstanceOf(SourceItem.Article.class);
    assertThat(items.subList(1, 3)).allMatch(i -> i instanceof SourceItem.Skipped);
    assertThat(items.get(3)).isInstanceOf(SourceItem.Skipped.class);
    assertThat(items.get(3).uri()).isEqualTo("https://news.example/b");
    assertThat(((SourceItem.Skipped) items.get(3)).reason())
        .startsWith("truncated or unreadable record in the WARC (").doesNotContain("\n");
  }

  @Test
  void garbageInTheMiddleEndsTheFileWithOneSkip() throws IOException {
    Path whole = writeWarc("whole.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    int start = lastIndexOf(bytes, "WARC/1.");
    byte[] corrupt = bytes.clone();
    corrupt[start] = 'X'; // the last record's header no longer starts a record
    Path file = Files.write(dir.resolve("corrupt.warc"), corrupt);

    List<SourceItem> items = read(file);

    assertThat(items).hasSize(4);
    SourceItem.Skipped last = (SourceItem.Skipped) items.get(3);
    assertThat(last.uri()).startsWith(file + "#offset=");
    assertThat(last.reason()).startsWith("corrupt WARC record; the rest of the file is not read (");
  }

  @Test
  void aFileThatIsNoWarcIsOneSkip() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.warc"), "not a warc\n");

    List<SourceItem> items = read(file);

    assertThat(items).hasSize(1);
    assertThat(items.get(0).uri()).startsWith(file.toString());
    assertThat(items.get(0)).isInstanceOf(SourceItem.Skipped.class);
  }

  @Test
  void aRecordOverTheLimitIsSkipped() throws IOException {
    Path file = writeWarc("crawl.warc", WarcCompression.NONE);
    Sources small = new Sources(SourceOptions.defaults().withMaxBytes(10),
        new HttpFetcher(SourceOptions.defaults(), ValidatorCache.none()));

    try (Stream<SourceItem> items = small.open(file.toString())) {
      assertThat(items.findFirst()).contains(new SourceItem.Skipped("https://news.example/a", "over the 10-byte limit (maxBytes)"));
    }
  }

  private static int lastIndexOf(byte[] bytes, String ascii) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.lastIndexOf(ascii);
  }
}
