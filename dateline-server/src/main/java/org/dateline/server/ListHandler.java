package org.dateline.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;
import org.dateline.store.ResultTable;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/** A paginated list of the knowledge base: the parameters it accepts and the query that answers it. */
final class ListHandler implements Handler {

  /** The rows of one page (and one more, when there is a next page). */
  @FunctionalInterface
  interface Query {
    ResultTable run(Store store, ListRequest request, Context ctx) throws StoreException;
  }

  private final StorePool pool;
  private final Set<String> parameters;
  private final Query query;

  ListHandler(StorePool pool, Set<String> parameters, Query query) {
    this.pool = pool;
    this.parameters = Set.copyOf(parameters);
    this.query = query;
  }

  @Override
  public void handle(Context ctx) {
    ListRequest request = ListRequest.of(ctx, parameters);
    ResultTable rows = pool.read(store -> query.run(store, request, ctx));
    ctx.json(request.page(Rows.of(rows)));
  }
}
