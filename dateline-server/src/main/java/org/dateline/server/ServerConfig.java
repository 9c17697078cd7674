package org.dateline.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs.
 *
 * @param db the knowledge base, one SQLite file
 * @param host the address to bind; anything but a loopback address needs a token
 * @param port the TCP port, 0 for any free one
 * @param token the access token every request must carry, when given
 * @param maxBodyBytes the largest request body accepted (an article to ingest)
 */
public record ServerConfig(Path db, String host, int port, Optional<String> token, long maxBodyBytes) {

  /** Tokens shorter than this are guessable. */
  static final int MIN_TOKEN_LENGTH = 16;

  /** Two megabytes: a long article as HTML with room to spare. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2L << 20;

  public ServerConfig {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
    }
    if (maxBodyBytes < 1_024) {
      throw new IllegalArgumentException("the body limit must be at least 1024 bytes, not " + maxBodyBytes);
    }
    if (token.isPresent() && token.get().strip().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("the access token must have at least " + MIN_TOKEN_LENGTH + " characters");
    }
    if (!isLoopback(host) && token.isEmpty()) {
      throw new IllegalArgumentException("binding " + host + ", which is not a loopback address, needs an access token "
          + "(--token, or the DATELINE_TOKEN environment variable)");
    }
  }

  /** Loopback only, no token: the default. */
  public static ServerConfig local(Path db, int port) {
    return new ServerConfig(db, "127.0.0.1", port, Optional.empty(), DEFAULT_MAX_BODY_BYTES);
  }

  static boolean isLoopback(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host '" + host + "'", e);
    }
  }

  @Override
  public String toString() {
    // the token stays out of every log line and error message
    return "ServerConfig[db=" + db + ", host=" + host + ", port=" + port + ", token=" + (token.isPresent() ? "***" : "none")
        + ", maxBodyBytes=" + maxBodyBytes + "]";
  }
}
