package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one {@code BEGIN IMMEDIATE} transaction: the write lock is taken at the start (waiting
 * up to the busy timeout for another writer) and released at the end, so it is never held between
 * articles and a transaction never fails half-way on a lock. JDBC's {@code setAutoCommit(false)} is
 * avoided: the SQLite driver then opens the next transaction at once and keeps the lock.
 */
final class Transaction {

  /** The work of a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transaction() {}

  static <T> T immediate(Connection connection, Work<T> work) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      try {
        T result = work.run();
        st.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(st, e);
        throw e;
      }
    }
  }

  /**
   * Undoes the transaction, keeping the error that caused it: after a full disk SQLite may already
   * have rolled back, and "no transaction is active" must not hide "database or disk is full".
   */
  private static void rollback(Statement st, Exception cause) {
    try {
      st.execute("ROLLBACK");
    } catch (SQLException rollbackFailed) {
      cause.addSuppressed(rollbackFailed);
    }
  }
}
