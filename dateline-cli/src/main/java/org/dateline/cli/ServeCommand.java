package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.server.DatelineServer;
import org.dateline.sources.AddressPolicy;
import org.dateline.server.ServerConfig;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline serve}: the knowledge base over HTTP, an API and a web UI, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the knowledge base: a JSON API under /api (described at /openapi.json) and a web UI at /.",
      "Loopback only unless --host says otherwise, which needs an access token (--token or DATELINE_TOKEN)."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "the TCP port, 0 for any free one; default ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to bind; default ${DEFAULT-VALUE}")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "the access token requests must carry (default: the DATELINE_TOKEN environment variable)")
  String token;

  @Option(names = "--allow-private",
      description = "let POST /api/articles {\"url\": …} fetch loopback, link-local and private addresses too "
          + "(by default only public ones)")
  boolean allowPrivate;

  @Option(names = "--max-body", defaultValue = "2MB", paramLabel = "SIZE",
      description = "the largest article a client may post; default ${DEFAULT-VALUE}")
  String maxBody;

  /** Counted down to stop a server started by a test; the command itself runs until the JVM ends. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    Optional<String> secret = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("DATELINE_TOKEN")))
        .map(String::strip).filter(t -> !t.isEmpty());
    long maxBytes = OptionValues.size(spec, maxBody);
    ServerConfig config;
    try {
      config = new ServerConfig(store.db, host, port, secret, maxBytes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Store check = Store.openForReading(store.db)) {
      check.schemaVersion();
    } catch (StoreException e) {
      err.println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    StoreSubmitter submitter = new StoreSubmitter(store.db, maxBytes,
        allowPrivate ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY);
    DatelineServer server;
    try {
      server = DatelineServer.start(config, Optional.of(submitter), line -> {
        synchronized (err) {
          err.println(line);
        }
      });
    } catch (RuntimeException e) {
      // a port in use, an address not on this machine: one line, not Jetty's stack
      err.println("dateline: cannot serve on " + host + ":" + port + " (" + rootMessage(e) + ")");
      return ExitCode.BAD_INPUT;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    PrintWriter out = spec.commandLine().getOut();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf("dateline: serving %s at http://%s:%d/%s (Ctrl-C stops)%n", store.db, shown, server.port(),
        secret.isPresent() ? " with an access token" : "");
    out.flush();
    try {
      stop.await();
    } finally {
      server.close();
      submitter.close();
    }
    return ExitCode.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
  }
}
