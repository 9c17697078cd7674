package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the stored article an input is a copy of: by its bytes under the same URI (already stored),
 * by its text's hash (the same text), or by its MinHash bands and then the estimated similarity
 * (a near-identical copy: a wire story with a different byline, boilerplate or a corrected typo).
 */
public final class DuplicateFinder {

  /**
   * Estimated Jaccard similarity of 5-word shingles from which two texts are one article. A wire
   * copy with a changed sentence in twenty, or a paragraph of boilerplate added to a 400-word text,
   * stays above 0.7; two articles on the same event written separately share almost no 5-word run.
   */
  public static final double NEAR_DUPLICATE_SIMILARITY = 0.7;

  /** Candidates checked at most; only a corpus of thousands of copies of one text would reach it. */
  private static final int MAX_CANDIDATES = 200;

  private final Connection connection;

  public DuplicateFinder(Store store) {
    this.connection = store.connection();
  }

  /** Whether this URI with these bytes is a source already: a resumed ingest skips it. */
  public Optional<Long> knownSource(String uri, String bytesHash) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT article_id FROM article_sources WHERE uri = ? AND bytes_hash = ?")) {
      ps.setString(1, uri);
      ps.setString(2, bytesHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The stored article with this text or one near-identical to it, the closest one first. */
  public Optional<StoreOutcome> find(TextFingerprint fingerprint) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
      ps.setString(1, fingerprint.contentHash());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return Optional.of(new StoreOutcome(StoreOutcome.Kind.SAME_TEXT, rs.getLong(1), 1.0));
        }
      }
    }
    int[] signature = fingerprint.minhash();
    long[] keys = MinHasher.bandKeys(signature);
    String sql = "SELECT a.id, a.minhash FROM articles a WHERE a.id IN (SELECT DISTINCT article_id FROM minhash_bands "
        + "WHERE band_key IN (" + "?,".repeat(keys.length - 1) + "?) LIMIT " + MAX_CANDIDATES + ")";
    StoreOutcome best = null;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.length; i++) {
        ps.setLong(i + 1, keys[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double similarity = MinHasher.similarity(signature, MinHasher.fromBytes(rs.getBytes(2)));
          if (similarity >= NEAR_DUPLICATE_SIMILARITY && (best == null || similarity > best.similarity())) {
            best = new StoreOutcome(StoreOutcome.Kind.NEAR_DUPLICATE, rs.getLong(1), similarity);
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
