package org.dateline.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.store.ArticleQueries;
import org.dateline.store.EntityQueries;
import org.dateline.store.FullTextSearch;
import org.dateline.store.StoreQueries;

/**
 * The knowledge base over HTTP: the JSON API under {@code /api}, its OpenAPI description, and the
 * pages of the web UI with their assets from the jar. Start with {@link #start}, stop with {@link #close}.
 */
public final class DatelineServer implements AutoCloseable {

  private static final Set<String> EVENT_FILTERS = Set.of("actor", "actor2", "cameo", "factuality", "since", "until", "lang", "text");
  private static final Set<String> QUOTE_FILTERS = Set.of("speaker", "entity", "since", "until", "lang", "text");
  private static final Set<String> STORY_FILTERS = Set.of("actor", "since", "until", "lang", "text");

  private final Javalin app;
  private final StorePool pool;

  private DatelineServer(Javalin app, StorePool pool) {
    this.app = app;
    this.pool = pool;
  }

  /**
   * Starts serving {@code config.db()}.
   *
   * @param submitter analyzes and stores posted articles; empty: {@code POST /api/articles} answers 405
   * @param log where the server says what went wrong on its side, one line each (never a token)
   */
  public static DatelineServer start(ServerConfig config, Optional<ArticleSubmitter> submitter, Consumer<String> log) {
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // idle connections kept for the request threads: opening one costs more than a query of the lists
    StorePool pool = new StorePool(config.db(), 32);
    AccessGuard guard = new AccessGuard(config.token());
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxBodyBytes();
      cfg.jsonMapper(new JavalinJackson(json, false));
      cfg.router.ignoreTrailingSlashes = true;
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = Pages.ROOT + "assets";
        files.location = Location.CLASSPATH;
      });
    });
    ProblemWriter problems = new ProblemWriter(json, log);
    app.before(ctx -> {
      SecurityHeaders.apply(ctx);
      if (!guard.admits(ctx) && !LoginHandler.isOpen(ctx.path())) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
          throw new ProblemException(new Problem(401, "Unauthorized",
              "this server wants its access token: Authorization: Bearer <token>, or sign in at /login"));
        }
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
      }
    });
    app.exception(ProblemException.class, (e, ctx) -> problems.write(ctx, e.problem()));
    app.exception(HttpResponseException.class, (e, ctx) -> problems.write(ctx, problems.of(e)));
    app.exception(Exception.class, (e, ctx) -> problems.internal(ctx, e));
    app.error(404, problems::ifUnanswered);
    app.error(405, problems::ifUnanswered);

    routes(app, pool, json, submitter, guard);
    app.start(config.host(), config.port());
    return new DatelineServer(app, pool);
  }

  private static void routes(Javalin app, StorePool pool, ObjectMapper json, Optional<ArticleSubmitter> submitter,
      AccessGuard guard) {
    ArticleHandler articles = new ArticleHandler(pool, json);
    EntityHandler entities = new EntityHandler(pool);
    byte[] openApi = Pages.resource("openapi.json").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/articles", new ListHandler(pool, Set.of(),
        (store, r, ctx) -> new ArticleQueries(store).list(r.filter().limit(), r.offset())));
    app.get("/api/articles/{id}", articles::get);
    submitter.ifPresent(s -> app.post("/api/articles", new SubmissionHandler(s, json)::post));
    app.get("/api/entities", new ListHandler(pool, Set.of("q"),
        (store, r, ctx) -> new EntityQueries(store).search(ListRequest.text(ctx, "q").orElse(""), r.filter().limit(), r.offset())));
    app.get("/api/entities/{key}", entities::get);
    app.get("/api/events", new ListHandler(pool, EVENT_FILTERS,
        (store, r, ctx) -> new StoreQueries(store).eventDetails(r.filter(), r.offset())));
    app.get("/api/quotes", new ListHandler(pool, QUOTE_FILTERS,
        (store, r, ctx) -> new StoreQueries(store).quotes(r.filter(), r.offset())));
    app.get("/api/claims", new ListHandler(pool, QUOTE_FILTERS,
        (store, r, ctx) -> new StoreQueries(store).claims(r.filter(), r.offset())));
    app.get("/api/stories", new ListHandler(pool, STORY_FILTERS,
        (store, r, ctx) -> new StoreQueries(store).stories(r.filter(), r.offset())));
    app.get("/api/search", new ListHandler(pool, Set.of("q"), (store, r, ctx) -> {
      String q = ListRequest.text(ctx, "q").orElseThrow(() -> ListRequest.bad("q, the words to find, is missing"));
      if (q.replace("*", "").replace("\"", "").isBlank()) {
        throw ListRequest.bad("nothing to search for in '" + q + "'");
      }
      return new FullTextSearch(store).search(q, r.filter().limit(), r.offset());
    }));
    Pages pages = new Pages("index", "article", "entity", "timeline", "network", "map", "search");
    app.get("/", ctx -> pages.serve(ctx, "index"));
    app.get("/articles/{id}", ctx -> pages.serve(ctx, "article"));
    app.get("/entities/{key}", ctx -> pages.serve(ctx, "entity"));
    for (String page : new String[] {"timeline", "network", "map", "search"}) {
      app.get("/" + page, ctx -> pages.serve(ctx, page));
    }
    LoginHandler login = new LoginHandler(guard, pages);
    app.get("/login", login::get);
    app.post("/login", login::post);
  }

  /** The port the server listens on (the one chosen when the configuration said 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }
}
