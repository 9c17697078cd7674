package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dateline.io.BadInputException;
import org.dateline.sources.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve fetches when a client posts only a URL: public addresses only, unless allowed. */
class StoreSubmitterFetchTest {

  @TempDir Path dir;
  private HttpServer server;
  private String url;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page = "<html><body><article><p>Un article.</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
    server.createContext("/page", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aLoopbackUrlIsRefusedUnlessPrivateAddressesAreAllowed() throws BadInputException {
    StoreSubmitter guarded = new StoreSubmitter(dir.resolve("kb.db"), 1 << 20, AddressPolicy.PUBLIC_ONLY);
    assertThatThrownBy(() -> guarded.fetch(url)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("refused").hasMessageContaining("loopback");
    StoreSubmitter open = new StoreSubmitter(dir.resolve("kb.db"), 1 << 20, AddressPolicy.ANY);
    var input = open.fetch(url);
    assertThat(new String(input.content(), StandardCharsets.UTF_8)).contains("Un article.");
    assertThat(input.contentType()).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
  }
}
