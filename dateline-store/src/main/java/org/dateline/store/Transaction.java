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
      boolean done = false;
      try {
        T result = work.run();
        st.execute("COMMIT");
        done = true;
        return result;
      } finally {
        if (!done) {
          st.execute("ROLLBACK");
        }
      }
    }
  }
}
