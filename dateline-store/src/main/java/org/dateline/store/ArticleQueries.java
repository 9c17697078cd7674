package org.dateline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored articles for reading: a page of the list, and one article with its text, sources and layers. */
public final class ArticleQueries {

  /**
   * One stored article.
   *
   * @param contractJson the article JSON of the contract, as stored
   * @param sources every URL or path it was read from, the first first
   * @param entityKeys each entity of the article JSON ("E1") with its name's search key, which
   *     names it across articles
   */
  public record StoredArticle(long id, Optional<String> title, Optional<String> language, Optional<String> published,
      Optional<String> anchorDate, String text, String contractJson, List<String> sources,
      Map<String, String> entityKeys) {

    public StoredArticle {
      sources = List.copyOf(sources);
      entityKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entityKeys));
    }
  }

  private final Store store;

  public ArticleQueries(Store store) {
    this.store = store;
  }

  /** Articles, the most recent first, with how many sources, entities, quotes and events each has. */
  public ResultTable list(int limit, long offset) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT a.id, a.anchor_date AS date, a.language, a.title, "
        + "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id) AS sources, "
        + "(SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities, "
        + "(SELECT count(*) FROM quotes qu WHERE qu.article_id = a.id) AS quotes, "
        + "(SELECT count(*) FROM events ev WHERE ev.article_id = a.id) AS events FROM articles a");
    try {
      return q.run(store.connection(), "ORDER BY a.anchor_date DESC, a.id DESC", limit, offset);
    } catch (SQLException e) {
      throw StoreException.of("listing articles", store.path(), e);
    }
  }

  /** The article stored under {@code id}, or empty when there is none. */
  public Optional<StoredArticle> find(long id) throws StoreException {
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT title, language, published, anchor_date, text, contract_json FROM articles WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredArticle(id, Optional.ofNullable(rs.getString(1)), Optional.ofNullable(rs.getString(2)),
            Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)), rs.getString(5), rs.getString(6),
            strings("SELECT uri FROM article_sources WHERE article_id = ? ORDER BY id", id), entityKeys(id)));
      }
    } catch (SQLException e) {
      throw StoreException.of("reading article " + id, store.path(), e);
    }
  }

  private List<String> strings(String sql, long id) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  private Map<String, String> entityKeys(long id) throws SQLException {
    Map<String, String> keys = new LinkedHashMap<>();
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT local_id, name_key FROM entities WHERE article_id = ? ORDER BY id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return keys;
  }
}
