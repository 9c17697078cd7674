package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The questions people ask the knowledge base, each as one table: events, quotes, claims, entities
 * and stories, filtered by a {@link QueryFilter}; most recent first.
 */
public final class StoreQueries {

  private static final String FTS = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";

  private static final String EVENT_COLUMNS = "ev.event_date AS date, ev.cameo, ev.label, ev.factuality, "
      + "coalesce(e1.name, '') AS actor1, ev.actor1_country AS country1, coalesce(e2.name, '') AS actor2, "
      + "ev.actor2_country AS country2, loc.name AS location, "
      + "(SELECT count(*) FROM article_sources s WHERE s.article_id = ev.article_id) AS sources, "
      + "ev.article_id AS article, ev.sentence";

  /** An entity mentioned inside a quote's or a claim's span: %1$s is its table's alias, %2$s the entity column. */
  private static final String MENTIONED_IN = "EXISTS (SELECT 1 FROM mentions m JOIN entities me ON me.id = m.entity_id "
      + "WHERE me.article_id = %1$s.article_id AND m.start >= %1$s.start AND m.\"end\" <= %1$s.\"end\" AND me.%2$s = ?)";

  private final Store store;
  private final Connection connection;

  public StoreQueries(Store store) {
    this.store = store;
    this.connection = store.connection();
  }

  public ResultTable events(QueryFilter f) throws StoreException {
    return events(f, 0);
  }

  /** As {@link #events(QueryFilter)}, skipping the first {@code offset} rows. */
  public ResultTable events(QueryFilter f, long offset) throws StoreException {
    return run(eventQuery(EVENT_COLUMNS, f), "ORDER BY ev.event_date DESC, ev.id", f.limit(), offset);
  }

  /**
   * As {@link #events(QueryFilter, long)} with what a map or a graph needs besides: the event's id,
   * its CAMEO quad class (1 verbal cooperation … 4 material conflict), its time as found and the
   * location's country.
   */
  public ResultTable eventDetails(QueryFilter f, long offset) throws StoreException {
    return run(eventQuery(EVENT_COLUMNS + ", ev.id AS id, ev.quad_class AS quad, ev.time, loc.country AS location_country", f),
        "ORDER BY ev.event_date DESC, ev.id", f.limit(), offset);
  }

  private static SqlQuery eventQuery(String columns, QueryFilter f) {
    SqlQuery q = new SqlQuery("SELECT " + columns + " "
        + "FROM events ev JOIN articles a ON a.id = ev.article_id LEFT JOIN entities e1 ON e1.id = ev.actor1_id "
        + "LEFT JOIN entities e2 ON e2.id = ev.actor2_id LEFT JOIN entities loc ON loc.id = ev.location_id");
    f.actor().ifPresent(x -> actor(q, "actor1", x));
    f.actor2().ifPresent(x -> actor(q, "actor2", x));
    f.cameo().ifPresent(x -> q.where("ev.cameo LIKE ?", x + "%"));
    f.factuality().ifPresent(x -> q.where("ev.factuality = ?", x.toUpperCase(Locale.ROOT)));
    dates(q, "ev.event_date", f);
    common(q, f);
    return q;
  }

  public ResultTable quotes(QueryFilter f) throws StoreException {
    return quotes(f, 0);
  }

  /** As {@link #quotes(QueryFilter)}, skipping the first {@code offset} rows. */
  public ResultTable quotes(QueryFilter f, long offset) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT a.anchor_date AS date, sp.name AS speaker, qu.cue, qu.kind, qu.text AS quote, "
        + "via.name AS via, qu.article_id AS article FROM quotes qu JOIN articles a ON a.id = qu.article_id "
        + "LEFT JOIN entities sp ON sp.id = qu.speaker_id LEFT JOIN entities via ON via.id = qu.via_id");
    f.speaker().ifPresent(x -> q.where("sp.name_key = ?", Names.key(x)));
    f.actor().ifPresent(x -> mentioned(q, "qu", x));
    dates(q, "a.anchor_date", f);
    common(q, f);
    return run(q, "ORDER BY a.anchor_date DESC, qu.id", f.limit(), offset);
  }

  public ResultTable claims(QueryFilter f) throws StoreException {
    return claims(f, 0);
  }

  /** As {@link #claims(QueryFilter)}, skipping the first {@code offset} rows. */
  public ResultTable claims(QueryFilter f, long offset) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT a.anchor_date AS date, (SELECT group_concat(e.name, '; ') FROM claim_sources cs "
        + "JOIN entities e ON e.id = cs.entity_id WHERE cs.claim_id = c.id) AS sources, c.cue, c.content, "
        + "c.article_id AS article FROM claims c JOIN articles a ON a.id = c.article_id");
    f.speaker().ifPresent(x -> q.where("c.id IN (SELECT cs.claim_id FROM claim_sources cs JOIN entities e "
        + "ON e.id = cs.entity_id WHERE e.name_key = ?)", Names.key(x)));
    f.actor().ifPresent(x -> mentioned(q, "c", x));
    dates(q, "a.anchor_date", f);
    common(q, f);
    return run(q, "ORDER BY a.anchor_date DESC, c.id", f.limit(), offset);
  }

  /** Entities across articles, one row per name, type and country, the most cited first. */
  public ResultTable entities(QueryFilter f) throws StoreException {
    return entities(f, 0);
  }

  /** As {@link #entities(QueryFilter)}, skipping the first {@code offset} rows. */
  public ResultTable entities(QueryFilter f, long offset) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT min(e.name) AS name, e.type, e.country, max(e.kb_id) AS kb, "
        + "count(DISTINCT e.article_id) AS articles, "
        + "(SELECT count(*) FROM mentions m JOIN entities x ON x.id = m.entity_id WHERE x.name_key = e.name_key "
        + "AND x.type = e.type) AS mentions FROM entities e JOIN articles a ON a.id = e.article_id");
    f.actor().ifPresent(x -> q.where("e." + entityColumn(x) + " = ?", entityValue(x)));
    f.type().ifPresent(x -> q.where("e.type = ?", x.toUpperCase(Locale.ROOT)));
    dates(q, "a.anchor_date", f);
    common(q, f);
    return run(q, "GROUP BY e.name_key, e.type, e.country ORDER BY articles DESC, name", f.limit(), offset);
  }

  /** Stories, the largest first: an event reported by fifty outlets is one story with fifty sources. */
  public ResultTable stories(QueryFilter f) throws StoreException {
    return stories(f, 0);
  }

  /** As {@link #stories(QueryFilter)}, skipping the first {@code offset} rows. */
  public ResultTable stories(QueryFilter f, long offset) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT st.id AS story, st.title, st.first_date, st.last_date, "
        + "count(DISTINCT m.article_id) AS articles, "
        + "(SELECT count(*) FROM article_sources s JOIN story_members sm ON sm.article_id = s.article_id "
        + "WHERE sm.story_id = st.id) AS sources FROM stories st JOIN story_members m ON m.story_id = st.id "
        + "JOIN articles a ON a.id = m.article_id");
    f.actor().ifPresent(x -> q.where("a.id IN (SELECT article_id FROM entities WHERE " + entityColumn(x) + " = ?)",
        entityValue(x)));
    f.since().ifPresent(d -> q.where("st.last_date >= ?", d.toString()));
    f.until().ifPresent(d -> q.where("st.first_date <= ?", d.toString()));
    common(q, f);
    return run(q, "GROUP BY st.id ORDER BY articles DESC, sources DESC, st.last_date DESC", f.limit(), offset);
  }

  /** The articles of a story with why each joined it. */
  public ResultTable story(long id) throws StoreException {
    SqlQuery q = new SqlQuery("SELECT a.id AS article, a.anchor_date AS date, a.title, "
        + "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id) AS sources, m.reason "
        + "FROM story_members m JOIN articles a ON a.id = m.article_id").where("m.story_id = ?", id);
    return run(q, "ORDER BY a.anchor_date, a.id", Integer.MAX_VALUE, 0);
  }

  private static void actor(SqlQuery q, String column, String value) {
    q.where("ev." + column + (QueryFilter.isCountryCode(value) ? "_country" : "_key") + " = ?", entityValue(value));
  }

  private static void mentioned(SqlQuery q, String alias, String value) {
    q.where(String.format(Locale.ROOT, MENTIONED_IN, alias, entityColumn(value)), entityValue(value));
  }

  /** A three-letter capital code (RUS) names a country; anything else a name, matched by its key. */
  private static String entityColumn(String value) {
    return QueryFilter.isCountryCode(value) ? "country" : "name_key";
  }

  private static String entityValue(String value) {
    return QueryFilter.isCountryCode(value) ? value : Names.key(value);
  }

  private static void dates(SqlQuery q, String column, QueryFilter f) {
    f.since().map(LocalDate::toString).ifPresent(d -> q.where(column + " >= ?", d));
    f.until().map(LocalDate::toString).ifPresent(d -> q.where(column + " <= ?", d));
  }

  private static void common(SqlQuery q, QueryFilter f) {
    f.language().ifPresent(x -> q.where("a.language = ?", x));
    f.text().ifPresent(x -> q.where(FTS, FullTextSearch.matchExpression(x)));
  }

  private ResultTable run(SqlQuery q, String tail, int limit, long offset) throws StoreException {
    try {
      return q.run(connection, tail, limit, offset);
    } catch (java.sql.SQLException e) {
      throw StoreException.of("querying", store.path(), e);
    }
  }
}
