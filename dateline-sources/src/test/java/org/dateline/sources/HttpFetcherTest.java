package org.dateline.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.dateline.io.ArticleInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private final FakeClock clock = new FakeClock();
  private final LoopbackServer server;
  private final InMemoryValidatorCache cache = new InMemoryValidatorCache();
  private final CountDownLatch release = new CountDownLatch(1);

  HttpFetcherTest() throws IOException {
    server = new LoopbackServer(clock::nanoTime);
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  private HttpFetcher fetcher(SourceOptions options) {
    return new HttpFetcher(options, cache, new HostPacer(options.hostDelay(), clock));
  }

  private HttpFetcher fetcher() {
    return fetcher(SourceOptions.defaults().withHostDelay(Duration.ZERO));
  }

  private static ArticleInput article(SourceItem item) {
    assertThat(item).as("%s", item).isInstanceOf(SourceItem.Article.class);
    return ((SourceItem.Article) item).input();
  }

  private static String reason(SourceItem item) {
    assertThat(item).as("%s", item).isInstanceOf(SourceItem.Skipped.class);
    return ((SourceItem.Skipped) item).reason();
  }

  @Test
  void aPageKeepsItsBytesAndItsContentTypeWithTheCharset() {
    byte[] latin1 = "<p>Déclaration</p>".getBytes(StandardCharsets.ISO_8859_1);
    server.on("/page", ex -> LoopbackServer.send(ex, 200, "text/html; charset=ISO-8859-1", latin1));

    ArticleInput page = article(fetcher().fetch(server.url("/page")));

    assertThat(page.uri()).isEqualTo(server.url("/page"));
    assertThat(page.content()).isEqualTo(latin1);
    assertThat(page.contentType()).contains("text/html; charset=ISO-8859-1");
    assertThat(page.published()).isEmpty();
    assertThat(server.requests().get(0).headers().getFirst("User-Agent")).isEqualTo(SourceOptions.DEFAULT_USER_AGENT);
  }

  @Test
  void redirectsAreFollowedAndTheArticleIsNamedByTheLastUrl() {
    server.on("/old", ex -> LoopbackServer.redirect(ex, 301, "/moved"));
    server.on("/moved", ex -> LoopbackServer.redirect(ex, 302, server.url("/final")));
    server.page("/final", "text/html", "<p>ici</p>");

    ArticleInput page = article(fetcher().fetch(server.url("/old")));

    assertThat(page.uri()).isEqualTo(server.url("/final"));
    assertThat(server.requests()).extracting(LoopbackServer.Request::path).containsExactly("/old", "/moved", "/final");
  }

  @Test
  void aRedirectLoopStopsAfterTheLimit() {
    server.on("/loop", ex -> LoopbackServer.redirect(ex, 307, "/loop"));

    SourceItem item = fetcher(SourceOptions.defaults().withHostDelay(Duration.ZERO).withMaxRedirects(3))
        .fetch(server.url("/loop"));

    assertThat(reason(item)).isEqualTo("more than 3 redirects (maxRedirects)");
    assertThat(item.uri()).isEqualTo(server.url("/loop"));
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void noRedirectIsFollowedWhenTheLimitIsZero() {
    server.on("/old", ex -> LoopbackServer.redirect(ex, 301, "/new"));
    server.page("/new", "text/html", "<p>x</p>");

    SourceItem item = fetcher(SourceOptions.defaults().withHostDelay(Duration.ZERO).withMaxRedirects(0))
        .fetch(server.url("/old"));

    assertThat(reason(item)).startsWith("more than 0 redirects");
  }

  @Test
  void aRedirectOutOfHttpIsRefused() {
    server.on("/evil", ex -> LoopbackServer.redirect(ex, 302, "file:///etc/passwd"));

    assertThat(reason(fetcher().fetch(server.url("/evil"))))
        .isEqualTo("redirected to a URL that is not http or https: file:///etc/passwd");
  }

  @Test
  void anUnchangedPageIsNotModifiedOnTheSecondFetch() {
    server.on("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Tue, 10 Jun 2025 08:00:00 GMT");
      LoopbackServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
    });
    HttpFetcher fetcher = fetcher();

    SourceItem first = fetcher.fetch(server.url("/feed"));
    SourceItem second = fetcher.fetch(server.url("/feed"));

    assertThat(first).isInstanceOf(SourceItem.Article.class);
    assertThat(reason(second)).isEqualTo("not modified since the last fetch (HTTP 304)");
    LoopbackServer.Request again = server.requests().get(1);
    assertThat(again.headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(again.headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 10 Jun 2025 08:00:00 GMT");
    assertThat(server.requests().get(0).headers().containsKey("If-None-Match")).isFalse();
  }

  @Test
  void withoutACacheEveryFetchIsUnconditional() {
    server.on("/p", ex -> {
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      LoopbackServer.send(ex, 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
    });
    SourceOptions options = SourceOptions.defaults().withHostDelay(Duration.ZERO);
    HttpFetcher fetcher = new HttpFetcher(options, ValidatorCache.none(), new HostPacer(Duration.ZERO, clock));

    assertThat(fetcher.fetch(server.url("/p"))).isInstanceOf(SourceItem.Article.class);
    assertThat(fetcher.fetch(server.url("/p"))).isInstanceOf(SourceItem.Article.class);
    assertThat(server.requests().get(1).headers().containsKey("If-None-Match")).isFalse();
  }

  @Test
  void aBodyOverTheLimitIsSkippedAndOneAtTheLimitKept() {
    server.on("/big", ex -> LoopbackServer.send(ex, 200, "text/html", new byte[1001]));
    server.on("/streamed", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no length announced, the limit is found while reading
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[1000]);
        }
      } catch (IOException e) {
        // the client hung up once past the limit
      }
    });
    server.on("/fits", ex -> LoopbackServer.send(ex, 200, "text/html", new byte[1000]));
    HttpFetcher fetcher = fetcher(SourceOptions.defaults().withHostDelay(Duration.ZERO).withMaxBytes(1000));

    assertThat(reason(fetcher.fetch(server.url("/big")))).isEqualTo("over the 1,000-byte limit (maxBytes)");
    assertThat(reason(fetcher.fetch(server.url("/streamed")))).isEqualTo("over the 1,000-byte limit (maxBytes)");
    assertThat(article(fetcher.fetch(server.url("/fits"))).content()).hasSize(1000);
  }

  @Test
  void gzipIsDecodedAndItsDecodedSizeLimited() throws IOException {
    byte[] page = "<p>compressé</p>".getBytes(StandardCharsets.UTF_8);
    byte[] bomb = new byte[50_000];
    server.on("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html; charset=UTF-8", gzip(page));
    });
    server.on("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", gzip(bomb));
    });
    HttpFetcher fetcher = fetcher(SourceOptions.defaults().withHostDelay(Duration.ZERO).withMaxBytes(10_000));

    assertThat(article(fetcher.fetch(server.url("/gz"))).content()).isEqualTo(page);
    assertThat(server.requests().get(0).headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
    assertThat(gzip(bomb).length).isLessThan(10_000);
    assertThat(reason(fetcher.fetch(server.url("/bomb")))).isEqualTo("over the 10,000-byte limit (maxBytes) once decompressed");
  }

  @Test
  void corruptGzipIsSkipped() {
    server.on("/bad", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackServer.send(ex, 200, "text/html", "not gzip at all".getBytes(StandardCharsets.UTF_8));
    });

    assertThat(reason(fetcher().fetch(server.url("/bad")))).startsWith("cannot decode the response (");
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    server.on("/slow", ex -> {
      hangUntilTheTestEnds();
    });
    SourceOptions options = quickTimeouts();

    assertThat(reason(fetcher(options).fetch(server.url("/slow")))).startsWith("timed out: no ");
  }

  @Test
  void aBodyThatStopsHalfwayTimesOut() {
    server.on("/trickle", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 1000);
      ex.getResponseBody().write(new byte[10]);
      ex.getResponseBody().flush();
      hangUntilTheTestEnds();
    });
    SourceOptions options = quickTimeouts();

    assertThat(reason(fetcher(options).fetch(server.url("/trickle")))).startsWith("timed out: no complete response within");
  }

  @Test
  void httpErrorsAreSkippedWithTheirStatus() {
    server.on("/gone", ex -> LoopbackServer.send(ex, 404, "text/html", "<p>introuvable</p>".getBytes(StandardCharsets.UTF_8)));
    server.on("/broken", ex -> LoopbackServer.send(ex, 503, null, new byte[0]));

    assertThat(reason(fetcher().fetch(server.url("/gone")))).isEqualTo("HTTP 404");
    assertThat(reason(fetcher().fetch(server.url("/broken")))).isEqualTo("HTTP 503");
  }

  @Test
  void anEmptyBodyIsSkipped() {
    server.on("/empty", ex -> LoopbackServer.send(ex, 200, "text/html", new byte[0]));

    assertThat(reason(fetcher().fetch(server.url("/empty")))).isEqualTo("empty response (HTTP 200)");
  }

  @Test
  void aClosedPortCannotBeConnectedTo() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(reason(fetcher().fetch("http://127.0.0.1:" + port + "/"))).startsWith("cannot ");
  }

  @Test
  void onlyHttpUrlsAreFetched() {
    for (String url : List.of("ftp://example.org/a", "file:///etc/passwd", "/etc/passwd", "http://")) {
      assertThat(reason(fetcher().fetch(url))).as(url).startsWith("not ");
    }
    assertThat(reason(fetcher().fetch("http://exa mple.org/"))).startsWith("not a valid URL (");
  }

  @Test
  void requestsToOneHostStartNoCloserThanTheDelay() {
    server.page("/a", "text/html", "<p>a</p>");
    server.page("/b", "text/html", "<p>b</p>");
    Duration delay = Duration.ofSeconds(2);
    HttpFetcher fetcher = fetcher(SourceOptions.defaults().withHostDelay(delay));

    fetcher.fetch(server.url("/a"));
    fetcher.fetch(server.url("/b"));
    clock.advance(Duration.ofMillis(500));
    fetcher.fetch(server.url("/a"));
    clock.advance(Duration.ofSeconds(3));
    fetcher.fetch(server.url("/b"));

    long[] starts = server.requests().stream().mapToLong(LoopbackServer.Request::arrivedAt).toArray();
    assertThat(starts).hasSize(4);
    for (int i = 1; i < starts.length; i++) {
      assertThat(starts[i] - starts[i - 1]).as("gap before request %d in %s", i, Arrays.toString(starts))
          .isGreaterThanOrEqualTo(delay.toNanos());
    }
    // the last request came after a long pause: it did not wait at all
    assertThat(starts[3] - starts[2]).isEqualTo(Duration.ofSeconds(3).toNanos());
  }

  @Test
  void eachRedirectHopIsPaced() {
    server.on("/old", ex -> LoopbackServer.redirect(ex, 301, "/new"));
    server.page("/new", "text/html", "<p>x</p>");
    Duration delay = Duration.ofSeconds(1);

    fetcher(SourceOptions.defaults().withHostDelay(delay)).fetch(server.url("/old"));

    List<LoopbackServer.Request> requests = server.requests();
    assertThat(requests.get(1).arrivedAt() - requests.get(0).arrivedAt()).isGreaterThanOrEqualTo(delay.toNanos());
  }

  /** Keeps a handler busy without answering; released in {@link #stop()}, so no thread outlives the test. */
  private void hangUntilTheTestEnds() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The whole wait is bounded by connect + read timeouts: both short, so a test that times out ends soon. */
  private static SourceOptions quickTimeouts() {
    SourceOptions d = SourceOptions.defaults();
    return new SourceOptions(Duration.ofMillis(300), Duration.ofMillis(200), d.maxBytes(), d.maxRedirects(), Duration.ZERO,
        d.userAgent(), d.fetchLinkedPages());
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
