package org.dateline.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Full-text search over titles and texts (SQLite FTS5), best matches first by BM25, with snippets. */
public final class FullTextSearch {

  private final Store store;

  public FullTextSearch(Store store) {
    this.store = store;
  }

  /**
   * Articles containing every word of {@code query}, accents and case ignored; a word ending in
   * {@code *} is a prefix. Other FTS5 syntax is taken literally, so that user input cannot break the query.
   */
  public ResultTable search(String query, int limit) throws StoreException {
    return search(query, limit, 0);
  }

  /** As {@link #search(String, int)}, skipping the {@code offset} best matches (the next page). */
  public ResultTable search(String query, int limit, long offset) throws StoreException {
    String match = matchExpression(query);
    if (match.isEmpty()) {
      throw new StoreException("nothing to search for in '" + query + "'");
    }
    SqlQuery q = new SqlQuery("SELECT a.id AS article, a.anchor_date AS date, a.language, a.title, "
        + "round(bm25(articles_fts, 2.0, 1.0), 3) AS score, "
        + "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet "
        + "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid").where("articles_fts MATCH ?", match);
    try {
      return q.run(store.connection(), "ORDER BY bm25(articles_fts, 2.0, 1.0)", limit, offset);
    } catch (SQLException e) {
      throw StoreException.of("searching", store.path(), e);
    }
  }

  /** Each word of the query as a quoted FTS5 string (prefix star kept), joined by AND. */
  static String matchExpression(String query) {
    List<String> terms = new ArrayList<>();
    for (String word : query.strip().split("\\s+")) {
      boolean prefix = word.endsWith("*");
      String bare = (prefix ? word.substring(0, word.length() - 1) : word).replace("\"", "");
      if (!bare.isBlank()) {
        terms.add("\"" + bare + "\"" + (prefix ? " *" : ""));
      }
    }
    return String.join(" AND ", terms);
  }
}
