package org.dateline.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Lets a request in when the server has no token, or when the request carries it: as
 * {@code Authorization: Bearer …} (programs) or in the cookie that {@code /login} sets (browsers).
 * The token is compared in constant time and never written anywhere but that cookie.
 */
final class AccessGuard {

  static final String COOKIE = "dateline_token";

  private final Optional<byte[]> token;

  AccessGuard(Optional<String> token) {
    this.token = token.map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
  }

  boolean enabled() {
    return token.isPresent();
  }

  boolean admits(Context ctx) {
    if (token.isEmpty()) {
      return true;
    }
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7).strip())) {
      return true;
    }
    String cookie = ctx.cookie(COOKIE);
    return cookie != null && matches(cookie);
  }

  boolean matches(String candidate) {
    return token.isPresent() && MessageDigest.isEqual(token.get(), candidate.getBytes(StandardCharsets.UTF_8));
  }
}
