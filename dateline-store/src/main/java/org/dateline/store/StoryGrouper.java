package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts each new article in a story: the story of the closest article dated within
 * {@link #WINDOW_DAYS} days of it, when they are close enough, else a new story. Close enough means
 * any of:
 * <ul>
 *   <li>they name {@link #MIN_SHARED_ENTITIES} or more of the same people, organisations or places,
 *       and these are at least {@link #MIN_ENTITY_JACCARD} of the names of the two together;
 *   <li>they report an event of the same CAMEO root between the same actors, and share a fifth of
 *       their names;
 *   <li>their texts' estimated shingle similarity reaches {@link #MIN_TEXT_SIMILARITY} (a rewrite
 *       of the same wire story).
 * </ul>
 * The rule and its figures are kept with the membership, so anyone can see why an article joined.
 * Thresholds are first choices, checked by hand on Wikinews articles, not tuned on a gold set.
 */
final class StoryGrouper {

  static final int WINDOW_DAYS = 3;
  static final int MIN_SHARED_ENTITIES = 2;
  static final double MIN_ENTITY_JACCARD = 0.3;
  static final double MIN_EVENT_ENTITY_JACCARD = 0.2;
  static final double MIN_TEXT_SIMILARITY = 0.3;
  private static final int MAX_CANDIDATES = 50;

  private final Connection connection;

  StoryGrouper(Connection connection) {
    this.connection = connection;
  }

  /** A stored article compared with the new one. */
  private record Candidate(long articleId, long storyId, int sharedEntities, double entityJaccard,
      int sharedEvents, double textSimilarity) {

    Optional<String> reason() {
      String figures = String.format(Locale.ROOT, "article %d: %d shared names (Jaccard %.2f), %d shared events, text %.2f",
          articleId, sharedEntities, entityJaccard, sharedEvents, textSimilarity);
      if (sharedEntities >= MIN_SHARED_ENTITIES && entityJaccard >= MIN_ENTITY_JACCARD) {
        return Optional.of("names; " + figures);
      }
      if (sharedEvents > 0 && entityJaccard >= MIN_EVENT_ENTITY_JACCARD) {
        return Optional.of("event; " + figures);
      }
      if (textSimilarity >= MIN_TEXT_SIMILARITY) {
        return Optional.of("text; " + figures);
      }
      return Optional.empty();
    }

    double score() {
      return entityJaccard + textSimilarity + 0.1 * sharedEvents;
    }
  }

  void assign(long articleId, Optional<LocalDate> date, Optional<String> title, TextFingerprint fingerprint)
      throws SQLException {
    Candidate best = null;
    String reason = date.isEmpty() ? "no date: a story of its own" : "nothing close within " + WINDOW_DAYS + " days";
    if (date.isPresent()) {
      Set<String> names = names(articleId);
      Set<String> events = eventKeys(articleId);
      int[] signature = fingerprint.minhash();
      for (Candidate c : candidates(articleId, date.get(), names, events, signature)) {
        if (c.reason().isPresent() && (best == null || c.score() > best.score())) {
          best = c;
        }
      }
      if (best != null) {
        reason = best.reason().orElseThrow();
      }
    }
    long story = best == null ? newStory(title, date) : best.storyId();
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO story_members (article_id, story_id, score, reason) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, articleId);
      ps.setLong(2, story);
      ps.setDouble(3, best == null ? 0 : best.score());
      ps.setString(4, reason);
      ps.executeUpdate();
    }
    if (best != null && date.isPresent()) {
      try (PreparedStatement ps = connection.prepareStatement(
          "UPDATE stories SET first_date = min(coalesce(first_date, ?1), ?1), last_date = max(coalesce(last_date, ?1), ?1) WHERE id = ?2")) {
        ps.setString(1, date.get().toString());
        ps.setLong(2, story);
        ps.executeUpdate();
      }
    }
  }

  private List<Candidate> candidates(long articleId, LocalDate date, Set<String> names, Set<String> events,
      int[] signature) throws SQLException {
    List<Candidate> out = new ArrayList<>();
    // articles in the window sharing a name, plus those sharing an LSH band (rewrites of one text)
    String sql = "SELECT a.id, m.story_id, a.minhash FROM articles a JOIN story_members m ON m.article_id = a.id "
        + "WHERE a.anchor_date BETWEEN ? AND ? AND a.id <> ? AND (a.id IN (SELECT article_id FROM entities WHERE name_key IN ("
        + placeholders(names.size()) + ")) OR a.id IN (SELECT article_id FROM minhash_bands WHERE band_key IN ("
        + placeholders(MinHasher.BANDS) + "))) LIMIT " + MAX_CANDIDATES;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, date.minusDays(WINDOW_DAYS).toString());
      ps.setString(i++, date.plusDays(WINDOW_DAYS).toString());
      ps.setLong(i++, articleId);
      for (String name : names) {
        ps.setString(i++, name);
      }
      for (long key : MinHasher.bandKeys(signature)) {
        ps.setLong(i++, key);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long other = rs.getLong(1);
          Set<String> otherNames = names(other);
          int shared = intersection(names, otherNames);
          int union = names.size() + otherNames.size() - shared;
          out.add(new Candidate(other, rs.getLong(2), shared, union == 0 ? 0 : shared / (double) union,
              intersection(events, eventKeys(other)),
              MinHasher.similarity(signature, MinHasher.fromBytes(rs.getBytes(3)))));
        }
      }
    }
    return out;
  }

  /** Name keys of an article's people, organisations and places. */
  private Set<String> names(long articleId) throws SQLException {
    return strings("SELECT DISTINCT name_key FROM entities WHERE article_id = ? AND type IN ('PERSON', 'ORGANIZATION', 'LOCATION')",
        articleId);
  }

  /** An event as "root|actor1|actor2", each actor by its name key, else its country. */
  private Set<String> eventKeys(long articleId) throws SQLException {
    return strings("SELECT DISTINCT root_code || '|' || coalesce(actor1_key, actor1_country, '') || '|' "
        + "|| coalesce(actor2_key, actor2_country, '') FROM events WHERE article_id = ?", articleId);
  }

  private Set<String> strings(String sql, long articleId) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private long newStory(Optional<String> title, Optional<LocalDate> date) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO stories (title, first_date, last_date) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      ArticleWriter.setOptional(ps, 1, title);
      ArticleWriter.setOptional(ps, 2, date.map(LocalDate::toString));
      ArticleWriter.setOptional(ps, 3, date.map(LocalDate::toString));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static int intersection(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }

  private static String placeholders(int n) {
    return n == 0 ? "NULL" : "?,".repeat(n - 1) + "?";
  }
}
