package org.dateline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads stored articles back in the order they were stored, for export. */
public final class ArticleExport {

  /** Receives one article's contract JSON. */
  @FunctionalInterface
  public interface Sink {
    void accept(long articleId, String contractJson) throws java.io.IOException;
  }

  private final Store store;

  public ArticleExport(Store store) {
    this.store = store;
  }

  /** Streams every article's contract JSON, one at a time, without loading the store in memory. */
  public long forEach(Sink sink) throws StoreException, java.io.IOException {
    long n = 0;
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT id, contract_json FROM articles ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sink.accept(rs.getLong(1), rs.getString(2));
        n++;
      }
    } catch (SQLException e) {
      throw StoreException.of("exporting", store.path(), e);
    }
    return n;
  }

  /** Every event as one flat row with its article's date and source count: the CSV export. */
  public ResultTable events() throws StoreException {
    return new StoreQueries(store).events(QueryFilter.all(Integer.MAX_VALUE));
  }
}
