package org.dateline.store;

import java.sql.SQLException;

/**
 * Entities across articles, named by their name's search key ({@link Names#key}): every entity of
 * every article that bears the name is one entity here, whatever its type in each article.
 */
public final class EntityQueries {

  private static final String GROUPED = "SELECT e.name_key AS key, min(e.name) AS name, "
      + "(SELECT x.type FROM entities x WHERE x.name_key = e.name_key GROUP BY x.type ORDER BY count(*) DESC, x.type LIMIT 1) AS type, "
      + "max(e.country) AS country, max(e.kb_id) AS kb, count(DISTINCT e.article_id) AS articles, "
      + "(SELECT count(*) FROM mentions m JOIN entities x ON x.id = m.entity_id WHERE x.name_key = e.name_key) AS mentions "
      + "FROM entities e";

  private final Store store;

  public EntityQueries(Store store) {
    this.store = store;
  }

  /** Entities whose name contains the words of {@code query} (case and accents ignored; blank: all), most cited first. */
  public ResultTable search(String query, int limit, long offset) throws StoreException {
    SqlQuery q = new SqlQuery(GROUPED);
    String key = Names.key(query);
    if (!key.isEmpty()) {
      q.where("e.name_key LIKE ? ESCAPE '\\'", "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return run(q, "GROUP BY e.name_key ORDER BY articles DESC, mentions DESC, name", limit, offset, "searching entities");
  }

  /** The entity named by {@code key} (or by a name with that key), as one row; no rows when unknown. */
  public ResultTable profile(String key) throws StoreException {
    SqlQuery q = new SqlQuery(GROUPED).where("e.name_key = ?", Names.key(key));
    return run(q, "GROUP BY e.name_key", 1, 0, "reading entity " + key);
  }

  /** Where the entity is mentioned: article, its title and date, the words used and their offsets. */
  public ResultTable mentions(String key, int limit, long offset) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT a.id AS article, a.anchor_date AS date, a.title, m.text, m.form, m.start, "
        + "m.\"end\" FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = e.article_id")
        .where("e.name_key = ?", Names.key(key));
    return run(q, "ORDER BY a.anchor_date DESC, a.id, m.start", limit, offset, "reading the mentions of " + key);
  }

  private ResultTable run(SqlQuery q, String tail, int limit, long offset, String doing) throws StoreException {
    try {
      return q.run(store.connection(), tail, limit, offset);
    } catch (SQLException e) {
      throw StoreException.of(doing, store.path(), e);
    }
  }
}
