package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge base that is gone or locked is a 503 the client can act on, and the server recovers by itself. */
class StoreOutageIT {

  @TempDir Path dir;

  @Test
  void aMissingDatabaseIsUnavailableUntilItIsBack() throws Exception {
    try (TestServer server = TestServer.open(dir)) {
      assertThat(server.post("/api/articles", "{\"text\": \"Un article.\"}").statusCode()).isEqualTo(201);
      assertThat(server.get("/api/events").statusCode()).isEqualTo(200);
      Path away = dir.resolve("away.db");
      Files.move(server.db, away);
      HttpResponse<String> gone = server.get("/api/articles");
      assertUnavailable(gone);
      assertThat(gone.body()).contains("no such database");
      Files.move(away, server.db);
      assertThat(server.get("/api/articles").statusCode()).isEqualTo(200);
      assertThat(server.get("/api/articles/1").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aLockedDatabaseIsUnavailableUntilTheLockIsGone() throws Exception {
    try (TestServer server = TestServer.open(dir)) {
      assertThat(server.post("/api/articles", "{\"text\": \"Un article.\"}").statusCode()).isEqualTo(201);
      try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + server.db);
          Statement st = lock.createStatement()) {
        // another program holding the file exclusively: a reader waits for the busy timeout, then fails
        st.execute("PRAGMA locking_mode = EXCLUSIVE");
        st.execute("BEGIN EXCLUSIVE");
        st.execute("INSERT INTO stories(title) VALUES ('lock')");
        assertUnavailable(server.get("/api/articles"));
        assertUnavailable(server.get("/api/events?cameo=13"));
        st.execute("ROLLBACK");
        st.execute("PRAGMA locking_mode = NORMAL");
        // the exclusive lock goes with the next access in normal mode
        st.executeQuery("SELECT count(*) FROM articles").close();
      }
      assertThat(server.get("/api/articles").statusCode()).isEqualTo(200);
      assertThat(server.post("/api/articles", "{\"text\": \"Un autre article.\"}").statusCode()).isEqualTo(201);
    }
  }

  private static void assertUnavailable(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    assertThat(answer.body()).contains("try again").doesNotContain("Exception");
  }
}
