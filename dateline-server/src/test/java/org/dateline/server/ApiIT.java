package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The API over a real server on a loopback port: answers, paging, and every error as problem+json. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "PARIS - <script>alert(1)</script> <img src=x onerror=alert(2)> "
      + "<a href=\"javascript:alert(3)\">ici</a> <style>body{display:none}</style> « fin »";

  @TempDir static Path dir;
  TestServer server;
  long hostileId;

  @BeforeAll
  void start() throws Exception {
    server = TestServer.open(dir);
    HttpResponse<String> posted = server.post("/api/articles", JSON.writeValueAsString(Map.of("text", HOSTILE, "language", "fr")));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    hostileId = JSON.readTree(posted.body()).get("id").asLong();
    for (int i = 0; i < 4; i++) {
      server.post("/api/articles", JSON.writeValueAsString(Map.of("text", "Article numéro " + i + " sur la paix.")));
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void anArticleComesBackWithItsTextAsPostedAndItsLayers() throws Exception {
    HttpResponse<String> answer = server.get("/api/articles/" + hostileId);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode article = JSON.readTree(answer.body());
    assertThat(article.get("text").asText()).isEqualTo(HOSTILE);
    assertThat(article.get("schema").asText()).isEqualTo("dateline/1");
    assertThat(article.get("id").asLong()).isEqualTo(hostileId);
    assertThat(article.get("sources")).hasSize(1);
  }

  @Test
  void postingTheSameTextAgainNamesTheStoredArticle() throws Exception {
    HttpResponse<String> again = server.post("/api/articles", JSON.writeValueAsString(Map.of("text", HOSTILE)));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(hostileId);
  }

  @Test
  void pagesFollowOneAnotherWithoutGapOrOverlap() throws Exception {
    JsonNode first = JSON.readTree(server.get("/api/articles?limit=2").body());
    JsonNode second = JSON.readTree(server.get("/api/articles?limit=2&offset=" + first.get("next").asLong()).body());
    JsonNode all = JSON.readTree(server.get("/api/articles?limit=500").body());
    assertThat(first.get("items")).hasSize(2);
    assertThat(all.get("items")).hasSize(5);
    assertThat(all.get("next").isNull()).isTrue();
    assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(2).get("id"));
  }

  @Test
  void searchAnswersWithSnippets() throws Exception {
    JsonNode hits = JSON.readTree(server.get("/api/search?q=paix").body());
    assertThat(hits.get("items")).hasSize(4);
    assertThat(hits.get("items").get(0).get("snippet").asText()).contains("[paix]");
  }

  @Test
  void mistakesAreProblemsWithOneLineAndNoStackTrace() throws Exception {
    assertProblem(server.get("/api/events?colour=red"), 400, "unknown parameter 'colour'");
    assertProblem(server.get("/api/events?limit=0"), 400, "limit must be between 1 and 500");
    assertProblem(server.get("/api/events?cameo=1x"), 400, "CAMEO");
    assertProblem(server.get("/api/events?factuality=MAYBE"), 400, "factuality must be one of");
    assertProblem(server.get("/api/events?since=2025-02-30"), 400, "YYYY-MM-DD");
    assertProblem(server.get("/api/events?since=2025-03-02&until=2025-03-01"), 400, "before the first");
    assertProblem(server.get("/api/search?q=%22%22"), 400, "nothing to search for");
    assertProblem(server.get("/api/articles/x1"), 400, "positive whole number");
    assertProblem(server.get("/api/articles/999999"), 404, "no article 999999");
    assertProblem(server.get("/api/entities/nobody%20at%20all"), 404, "no entity named 'nobody at all'");
    assertProblem(server.get("/api/nowhere"), 404, "openapi.json");
    assertProblem(server.post("/api/articles", "{\"text\": \"x\", \"colour\": 1}"), 400, "unknown field 'colour'");
    assertProblem(server.post("/api/articles", "{\"text\": "), 400, "not JSON");
    assertProblem(server.post("/api/articles", "[1, 2]"), 400, "JSON object");
    assertProblem(server.post("/api/articles", "{\"text\": \"a\", \"html\": \"<p>b</p>\"}"), 400, "not both");
    assertProblem(server.post("/api/articles", "{\"text\": \"a\", \"date\": \"yesterday\"}"), 400, "date must be YYYY-MM-DD");
    assertProblem(server.post("/api/articles", "{\"text\": \"a\", \"language\": \"de\"}"), 400, "language must be fr, en or auto");
    assertProblem(server.post("/api/articles", "{\"text\": \"a\", \"url\": \"javascript:alert(1)\"}"), 400, "http or https");
    assertProblem(server.post("/api/articles", "{\"url\": \"https://example.org/a\"}"), 422, "does not fetch URLs");
    assertProblem(server.post("/api/articles", "{\"language\": \"fr\"}"), 422, "the article is missing");
    assertProblem(server.post("/api/articles", "{\"text\": \"" + "x".repeat(70_000) + "\"}"), 413, "larger than");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/api/articles", "/assets/app.js", "/api/nowhere"}) {
      HttpResponse<String> answer = server.get(path);
      String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(policy).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  @Test
  void everyPathOfTheOpenApiDescriptionAnswers() throws Exception {
    JsonNode api = JSON.readTree(server.get("/openapi.json").body());
    assertThat(api.get("openapi").asText()).startsWith("3.");
    Iterator<String> paths = api.get("paths").fieldNames();
    int checked = 0;
    while (paths.hasNext()) {
      String path = paths.next();
      String concrete = path.replace("{id}", Long.toString(hostileId)).replace("{key}", "paris")
          + (path.equals("/api/search") ? "?q=paix" : "");
      HttpResponse<String> answer = server.get(concrete);
      // the fixture has no entities: the entity page answers its own 404, every other path 200
      assertThat(answer.statusCode()).as(concrete).isEqualTo(path.contains("{key}") ? 404 : 200);
      checked++;
    }
    assertThat(checked).isEqualTo(9);
  }

  @Test
  void everyPageOfTheUiIsServedWithItsScriptsAsFiles() throws Exception {
    for (String page : new String[] {"/", "/articles/" + hostileId, "/entities/paris", "/timeline", "/network", "/map", "/search"}) {
      HttpResponse<String> answer = server.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      // the policy forbids inline scripts: every script element must name a file
      assertThat(answer.body().split("<script").length - 1).as(page).isEqualTo(answer.body().split("<script src=\"/assets/").length - 1);
      assertThat(answer.body()).doesNotContain("{{").contains("<nav aria-label=\"Main\">").doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("style=");
    }
  }

  @Test
  void eachPageHasItsTitleScriptAndFilters() throws Exception {
    String timeline = server.get("/timeline").body();
    assertThat(timeline).contains("<title>Timeline · Dateline</title>").contains("<script src=\"/assets/timeline.js\" defer>")
        .contains("name=\"actor\"").contains("<select name=\"cameo\"");
    assertThat(server.get("/map").body()).contains("<title>Map · Dateline</title>").contains("<select name=\"factuality\"");
  }

  private static void assertProblem(HttpResponse<String> answer, int status, String detail) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).contains(detail).doesNotContain("\n").doesNotContain("Exception").doesNotContain("at org.");
  }
}
