package org.dateline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.dateline.store.ArticleQueries;
import org.dateline.store.ArticleQueries.StoredArticle;

/**
 * {@code GET /api/articles/{id}}: the article JSON of the contract with what the store adds: its id,
 * title, sources, text (the offsets point into it) and, on each entity, the key of its entity page.
 */
final class ArticleHandler {

  private final StorePool pool;
  private final ObjectMapper json;

  ArticleHandler(StorePool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  void get(Context ctx) throws JsonProcessingException {
    long id = id(ctx.pathParam("id"));
    StoredArticle article = pool.read(store -> new ArticleQueries(store).find(id))
        .orElseThrow(() -> new ProblemException(Problem.notFound("no article " + id + " in the knowledge base")));
    JsonNode contract = json.readTree(article.contractJson());
    ObjectNode answer = json.createObjectNode();
    answer.put("id", article.id());
    answer.put("title", article.title().orElse(null));
    answer.put("published", article.published().orElse(null));
    answer.put("date", article.anchorDate().orElse(null));
    answer.set("sources", json.valueToTree(article.sources()));
    answer.put("text", article.text());
    contract.fields().forEachRemaining(field -> answer.set(field.getKey(), field.getValue()));
    for (JsonNode entity : answer.path("entities")) {
      String key = article.entityKeys().get(entity.path("id").asText());
      if (key != null && entity instanceof ObjectNode object) {
        object.put("key", key);
      }
    }
    ctx.json(answer);
  }

  static long id(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ListRequest.bad("an article id is a positive whole number, not '" + text + "'");
  }
}
