package org.dateline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Writes errors as {@code application/problem+json}; an unexpected one is logged as one line, never sent. */
final class ProblemWriter {

  static final String TYPE = "application/problem+json";

  private final ObjectMapper json;
  private final Consumer<String> log;

  ProblemWriter(ObjectMapper json, Consumer<String> log) {
    this.json = json;
    this.log = log;
  }

  void write(Context ctx, Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", ctx.path());
    if (problem.status() == 503) {
      ctx.header("Retry-After", "5");
    }
    try {
      ctx.status(problem.status()).contentType(TYPE).result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      ctx.status(problem.status()).contentType(TYPE).result("{\"status\":" + problem.status() + "}");
    }
  }

  /** Javalin's own refusals (unknown path, body too large, wrong method) as problems. */
  Problem of(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> Problem.notFound("nothing here; the API is described at /openapi.json");
      case 413 -> new Problem(413, "Content too large", "the body is larger than this server accepts");
      case 405 -> new Problem(405, "Method not allowed", e.getMessage());
      default -> new Problem(e.getStatus(), "Error " + e.getStatus(), e.getMessage());
    };
  }

  void internal(Context ctx, Exception e) {
    log.accept("dateline serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
    write(ctx, new Problem(500, "Internal error", "the server failed on this request; it is logged, please report it"));
  }

  /** For error statuses Javalin sets itself: answers a problem unless a handler answered already. */
  void ifUnanswered(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(TYPE)) {
      int status = ctx.statusCode();
      write(ctx, status == 404 ? Problem.notFound("nothing here; the API is described at /openapi.json")
          : new Problem(status, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }
  }
}
