package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Stores analyzed articles, each in one transaction: an article is there whole, with its layers, its
 * source, its bands and its story, or not at all. The copy checks run again inside the transaction,
 * under the write lock, so that two workers or two processes never store the same text twice.
 */
public final class ArticleWriter {

  private final Store store;
  private final Connection connection;
  private final DuplicateFinder duplicates;
  private final StoryGrouper stories;
  private final Clock clock;

  public ArticleWriter(Store store, Clock clock) {
    this.store = store;
    this.connection = store.connection();
    this.duplicates = new DuplicateFinder(store);
    this.stories = new StoryGrouper(connection);
    this.clock = clock;
  }

  /**
   * Records an input as a source of the stored article it copies, if there is one; empty when the
   * text is new and must be analyzed and given to {@link #store}.
   */
  public Optional<StoreOutcome> addSourceIfCopy(String uri, String bytesHash, TextFingerprint fingerprint)
      throws StoreException {
    try {
      return Transaction.immediate(connection, () -> asCopy(uri, bytesHash, fingerprint));
    } catch (SQLException e) {
      throw StoreException.of("recording source " + uri, store.path(), e);
    }
  }

  /** Stores an analyzed article, or only its source when the text turned out to be stored already. */
  public StoreOutcome store(ArticleRecord article) throws StoreException {
    try {
      return Transaction.immediate(connection, () -> {
        Optional<StoreOutcome> copy = asCopy(article.uri(), article.bytesHash(), article.fingerprint());
        if (copy.isPresent()) {
          return copy.get();
        }
        long id = insertArticle(article);
        insertSource(id, article.uri(), article.bytesHash(), "first", 1.0);
        insertBands(id, article.fingerprint());
        new LayerWriter(connection, id, article.document()).write();
        stories.assign(id, storyDate(article), article.title().or(article.document()::headline), article.fingerprint());
        return new StoreOutcome(StoreOutcome.Kind.NEW, id, 1.0);
      });
    } catch (SQLException e) {
      throw StoreException.of("storing " + article.uri(), store.path(), e);
    }
  }

  private Optional<StoreOutcome> asCopy(String uri, String bytesHash, TextFingerprint fingerprint) throws SQLException {
    Optional<Long> known = duplicates.knownSource(uri, bytesHash);
    if (known.isPresent()) {
      return Optional.of(new StoreOutcome(StoreOutcome.Kind.ALREADY_STORED, known.get(), 1.0));
    }
    Optional<StoreOutcome> copy = duplicates.find(fingerprint);
    if (copy.isPresent()) {
      StoreOutcome c = copy.get();
      insertSource(c.articleId(), uri, bytesHash,
          c.kind() == StoreOutcome.Kind.SAME_TEXT ? "same-text" : "near-duplicate", c.similarity());
    }
    return copy;
  }

  private static Optional<LocalDate> storyDate(ArticleRecord article) {
    return article.document().anchorDate().or(article::published);
  }

  private long insertArticle(ArticleRecord a) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO articles (content_hash, title, language, published, anchor_date, text, contract_json, minhash, "
            + "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      var doc = a.document();
      ps.setString(1, a.fingerprint().contentHash());
      setOptional(ps, 2, a.title().or(doc::headline));
      setOptional(ps, 3, doc.language().map(l -> l.code()));
      setOptional(ps, 4, a.published().map(LocalDate::toString));
      setOptional(ps, 5, doc.anchorDate().or(a::published).map(LocalDate::toString));
      ps.setString(6, doc.text());
      ps.setString(7, a.contractJson());
      ps.setBytes(8, MinHasher.toBytes(a.fingerprint().minhash()));
      ps.setString(9, Instant.now(clock).toString());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void insertSource(long articleId, String uri, String bytesHash, String match, double similarity)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO article_sources (article_id, uri, bytes_hash, match, similarity, seen_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, articleId);
      ps.setString(2, uri);
      ps.setString(3, bytesHash);
      ps.setString(4, match);
      ps.setDouble(5, similarity);
      ps.setString(6, Instant.now(clock).toString());
      ps.executeUpdate();
    }
  }

  private void insertBands(long articleId, TextFingerprint fingerprint) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?)")) {
      for (long key : MinHasher.bandKeys(fingerprint.minhash())) {
        ps.setLong(1, key);
        ps.setLong(2, articleId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void setOptional(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }
}
