package org.dateline.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.store.EntityQueries;
import org.dateline.store.QueryFilter;
import org.dateline.store.StoreQueries;

/**
 * {@code GET /api/entities/{key}}: who an entity is (type, country, knowledge-base id), where it is
 * mentioned, what it said and claimed, and its events as actor and as target. Each list is the first
 * {@value #FIRST} rows; the list endpoints named under {@code more} page through the rest.
 */
final class EntityHandler {

  static final int FIRST = 100;

  private final StorePool pool;

  EntityHandler(StorePool pool) {
    this.pool = pool;
  }

  void get(Context ctx) {
    String key = ctx.pathParam("key");
    Map<String, Object> answer = pool.read(store -> {
      EntityQueries entities = new EntityQueries(store);
      List<Map<String, Object>> profile = Rows.of(entities.profile(key));
      if (profile.isEmpty()) {
        return null;
      }
      String name = (String) profile.get(0).get("key");
      StoreQueries queries = new StoreQueries(store);
      Map<String, Object> entity = new LinkedHashMap<>(profile.get(0));
      entity.put("mentionList", Rows.of(entities.mentions(name, FIRST, 0)));
      entity.put("quotes", Rows.of(queries.quotes(filter(Optional.empty(), Optional.empty(), Optional.of(name)))));
      entity.put("claims", Rows.of(queries.claims(filter(Optional.empty(), Optional.empty(), Optional.of(name)))));
      entity.put("asActor1", Rows.of(queries.eventDetails(filter(Optional.of(name), Optional.empty(), Optional.empty()), 0)));
      entity.put("asActor2", Rows.of(queries.eventDetails(filter(Optional.empty(), Optional.of(name), Optional.empty()), 0)));
      String q = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
      entity.put("more", Map.of("quotes", "/api/quotes?speaker=" + q, "claims", "/api/claims?speaker=" + q,
          "asActor1", "/api/events?actor=" + q, "asActor2", "/api/events?actor2=" + q));
      return entity;
    });
    if (answer == null) {
      throw new ProblemException(Problem.notFound("no entity named '" + key + "' in the knowledge base"));
    }
    ctx.json(answer);
  }

  private static QueryFilter filter(Optional<String> actor, Optional<String> actor2, Optional<String> speaker) {
    return new QueryFilter(actor, actor2, Optional.empty(), Optional.empty(), speaker, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), FIRST);
  }
}
