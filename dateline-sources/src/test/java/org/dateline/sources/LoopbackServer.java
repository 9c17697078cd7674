package org.dateline.sources;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on the loopback interface and a free port, which records the requests it answers. */
final class LoopbackServer implements AutoCloseable {

  /** What one request carried, and when it arrived by the clock the test gives. */
  record Request(String path, Headers headers, long arrivedAt) {}

  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final java.util.function.LongSupplier clock;

  LoopbackServer(java.util.function.LongSupplier clock) throws IOException {
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true); // a handler left waiting must not keep the test JVM alive
      return t;
    });
    server.setExecutor(threads);
    server.start();
  }

  LoopbackServer() throws IOException {
    this(() -> 0L);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void on(String path, Handler handler) {
    server.createContext(path, exchange -> {
      requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), clock.getAsLong()));
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    });
  }

  void page(String path, String contentType, String body) {
    on(path, exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void redirect(HttpExchange exchange, int status, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(status, -1);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
