package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with a token lets in the requests that carry it, and only those. */
class AccessIT {

  private static final String TOKEN = "s3cret-token-for-the-tests";

  @TempDir Path dir;

  @Test
  void theApiWantsTheTokenAsABearer() throws Exception {
    try (TestServer server = new TestServer(dir, Optional.of(TOKEN))) {
      HttpResponse<String> without = server.anonymous(HttpRequest.newBuilder(server.uri("/api/articles")));
      assertThat(without.statusCode()).isEqualTo(401);
      assertThat(without.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(without.body()).doesNotContain(TOKEN);
      HttpResponse<String> wrong = server.anonymous(HttpRequest.newBuilder(server.uri("/api/articles"))
          .header("Authorization", "Bearer " + TOKEN + "x"));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(server.anonymous(HttpRequest.newBuilder(server.uri("/openapi.json"))).statusCode()).isEqualTo(401);
      assertThat(server.get("/api/articles").statusCode()).isEqualTo(200);
      assertThat(server.post("/api/articles", "{\"text\": \"Un article.\"}").statusCode()).isEqualTo(201);
    }
  }

  @Test
  void aBrowserSignsInOnceAndKeepsTheTokenInAStrictCookie() throws Exception {
    try (TestServer server = new TestServer(dir, Optional.of(TOKEN))) {
      HttpResponse<String> page = server.anonymous(HttpRequest.newBuilder(server.uri("/timeline")));
      assertThat(page.statusCode()).isEqualTo(303);
      assertThat(page.headers().firstValue("Location")).hasValue("/login");
      assertThat(server.anonymous(HttpRequest.newBuilder(server.uri("/login"))).statusCode()).isEqualTo(200);
      HttpResponse<String> refused = server.anonymous(form("token=guess-guess-guess-guess", server));
      assertThat(refused.statusCode()).isEqualTo(401);
      HttpResponse<String> signedIn = server.anonymous(form("token=" + TOKEN, server));
      assertThat(signedIn.statusCode()).isEqualTo(303);
      String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      HttpResponse<String> after = server.anonymous(HttpRequest.newBuilder(server.uri("/api/events"))
          .header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(server.log).noneMatch(line -> line.contains(TOKEN));
    }
  }

  private static HttpRequest.Builder form(String body, TestServer server) {
    return HttpRequest.newBuilder(server.uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }
}
