package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.server.DatelineServer;
import org.dateline.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over the bundled samples, posted articles going through the whole pipeline. */
class ServeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static DatelineServer server;
  static StoreSubmitter submitter;
  static long seed;

  @BeforeAll
  static void start() throws Exception {
    Path db = SampleKnowledgeBase.copyInto(dir);
    submitter = new StoreSubmitter(db, 1 << 20, org.dateline.sources.AddressPolicy.PUBLIC_ONLY);
    server = DatelineServer.start(ServerConfig.local(db, 0), Optional.of(submitter), line -> {});
    seed = JSON.readTree(get("/api/search?q=Choïgou+Pyongyang&limit=1").body()).at("/items/0/article").asLong();
  }

  @AfterAll
  static void stop() {
    server.close();
    submitter.close();
  }

  @Test
  void theSeedArticleHasItsPeopleAndItsQuoteAttributed() throws Exception {
    JsonNode article = JSON.readTree(get("/api/articles/" + seed).body());
    JsonNode kim = find(article.get("entities"), e -> e.get("name").asText().equalsIgnoreCase("Kim Jong-un"));
    assertThat(kim.get("type").asText()).isEqualTo("PERSON");
    assertThat(kim.get("key").asText()).isEqualTo("kim jong-un");
    JsonNode quote = find(article.get("quotes"), q -> q.get("text").asText().startsWith("Je tiens à vous transmettre"));
    JsonNode speaker = find(article.get("entities"), e -> e.get("id").equals(quote.get("speaker")));
    assertThat(speaker.get("name").asText()).isIn("Sergey Shoygu", "Sergueï Choïgou");
  }

  @Test
  void theEntityPageGathersQuotesAndEvents() throws Exception {
    JsonNode shoygu = JSON.readTree(get("/api/entities/" + enc("Sergey Shoygu")).body());
    assertThat(shoygu.get("type").asText()).isEqualTo("PERSON");
    assertThat(shoygu.get("country").asText()).isEqualTo("RUS");
    assertThat(shoygu.get("quotes").toString()).contains("Je tiens à vous transmettre");
    assertThat(shoygu.get("mentionList").size()).isEqualTo(shoygu.get("mentions").asInt());
    JsonNode korea = JSON.readTree(get("/api/entities/" + enc("Corée du Nord")).body());
    assertThat(korea.get("asActor1").toString()).contains("\"cameo\":\"130\"");
  }

  @Test
  void eventsFilterAsTheCommandLineDoes() throws Exception {
    JsonNode threats = JSON.readTree(get("/api/events?cameo=13&actor=PRK").body()).get("items");
    assertThat(threats).isNotEmpty();
    threats.forEach(e -> assertThat(e.get("cameo").asText()).startsWith("13"));
    threats.forEach(e -> assertThat(e.get("quad").asInt()).isEqualTo(3));
    Run cli = Run.of("query", "events", "--cameo", "13", "--actor", "PRK", "--db", dir.resolve("samples.db").toString(), "--format", "json");
    assertThat(JSON.readTree(cli.out()).size()).isEqualTo(threats.size());
    assertThat(JSON.readTree(get("/api/events?cameo=13&factuality=negated").body()).get("items")).isEmpty();
  }

  @Test
  void quotesAndClaimsFilterBySpeakerAndByEntityMentioned() throws Exception {
    assertThat(JSON.readTree(get("/api/quotes?speaker=" + enc("Sergey Shoygu")).body()).get("items")).isNotEmpty();
    JsonNode mentioning = JSON.readTree(get("/api/quotes?entity=" + enc("Vladimir Putin")).body()).get("items");
    assertThat(mentioning.toString()).contains("Je tiens à vous transmettre");
    assertThat(JSON.readTree(get("/api/claims?entity=PRK").body()).get("items")).isNotEmpty();
  }

  @Test
  void everyPathOfTheOpenApiDescriptionAnswersWithData() throws Exception {
    JsonNode api = JSON.readTree(get("/openapi.json").body());
    List<String> checked = new ArrayList<>();
    for (Iterator<String> paths = api.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      String concrete = path.replace("{id}", Long.toString(seed)).replace("{key}", enc("kim jong-un"))
          + (path.equals("/api/search") ? "?q=Pyongyang" : "");
      HttpResponse<String> answer = get(concrete);
      assertThat(answer.statusCode()).as(concrete + " " + answer.body()).isEqualTo(200);
      assertThat(answer.body()).as(concrete).isNotEqualTo("{\"items\":[],\"limit\":50,\"offset\":0,\"next\":null}");
      checked.add(path);
    }
    assertThat(checked).hasSize(9);
  }

  @Test
  void aPostedArticleGoesThroughThePipeline() throws Exception {
    String text = "PARIS, 3 mars 2025 - Emmanuel Macron a déclaré : « Nous soutiendrons l'Ukraine jusqu'au bout ».";
    HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text, "language", "fr",
            "url", "https://example.org/macron")))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonNode article = JSON.readTree(get(JSON.readTree(posted.body()).get("href").asText()).body());
    assertThat(article.get("text").asText()).isEqualTo(text);
    assertThat(article.get("quotes").toString()).contains("Nous soutiendrons l'Ukraine");
    assertThat(article.get("sources").get(0).asText()).isEqualTo("https://example.org/macron");
  }

  @Test
  void theCommandRefusesAnOpenAddressWithoutToken() {
    Run open = Run.of("serve", "--host", "0.0.0.0", "--db", dir.resolve("samples.db").toString());
    assertThat(open.code()).isEqualTo(ExitCode.USAGE);
    assertThat(open.err()).contains("needs an access token");
    Run missing = Run.of("serve", "--port", "0", "--db", dir.resolve("none.db").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err()).contains("no such database");
  }

  static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
    for (JsonNode node : array) {
      if (test.test(node)) {
        return node;
      }
    }
    throw new AssertionError("nothing matches in " + array);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
