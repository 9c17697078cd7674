package org.dateline.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dateline.core.Document;
import org.dateline.io.BadInputException;
import org.dateline.store.ArticleRecord;
import org.dateline.store.ArticleWriter;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.TextFingerprint;

/**
 * A real server on a free loopback port over a fresh knowledge base, with a submitter that stores
 * the text unanalyzed (the pipeline is the CLI's; its tests run the whole of it), and a client.
 */
final class TestServer implements AutoCloseable {

  final Path db;
  final DatelineServer server;
  final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Optional<String> token;

  TestServer(Path dir, Optional<String> token) throws StoreException {
    this.db = dir.resolve("kb.db");
    this.token = token;
    Store.openForWriting(db).close();
    ArticleSubmitter store = (input, language) -> {
      String text = new String(input.content(), java.nio.charset.StandardCharsets.UTF_8);
      if (text.isBlank()) {
        throw new BadInputException(BadInputException.Reason.EMPTY, input.uri(), input.uri() + ": empty");
      }
      try (Store s = Store.openForWriting(db)) {
        return new ArticleWriter(s, Clock.systemUTC()).store(new ArticleRecord(input.uri(),
            TextFingerprint.sha256(input.content()), TextFingerprint.of(text), Document.of(input.uri(), text),
            input.title(), input.published(), "{\"schema\":\"dateline/1\",\"entities\":[]}"));
      }
    };
    this.server = DatelineServer.start(new ServerConfig(db, "127.0.0.1", 0, token, 64 * 1024), Optional.of(store), log::add);
  }

  static TestServer open(Path dir) throws StoreException {
    return new TestServer(dir, Optional.empty());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Without the token, whatever the server has. */
  HttpResponse<String> anonymous(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
  }
}
