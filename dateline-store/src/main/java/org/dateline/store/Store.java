package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * One connection to the knowledge base, a single SQLite file: WAL journal (readers never block the
 * writer), foreign keys on, a busy timeout so that two processes writing at once wait for each other
 * instead of failing, and immediate transactions so that a write never fails half-way on a lock.
 * Not thread-safe: open one per thread.
 */
public final class Store implements AutoCloseable {

  /** How long a writer waits for another one before giving up; far above one article's transaction. */
  static final int BUSY_TIMEOUT_MS = 60_000;

  private final Path path;
  private final Connection connection;

  private Store(Path path, Connection connection) {
    this.path = path;
    this.connection = connection;
  }

  /** Opens the database for reading and writing, creating it and its directory when needed. */
  public static Store openForWriting(Path db) throws StoreException {
    Path file = db.toAbsolutePath();
    Path dir = file.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot create the database directory (" + e.getClass().getSimpleName() + ")");
    }
    if (Files.isDirectory(file)) {
      throw new StoreException(db + ": a directory, not a database file");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreException(db + ": the database file is read-only");
    }
    if (!Files.isWritable(dir)) {
      // SQLite writes its -wal and -shm files next to the database
      throw new StoreException(dir + ": the database directory is read-only");
    }
    return open(db, false, BUSY_TIMEOUT_MS);
  }

  /** Opens an existing database for queries; a missing file is an error, not an empty result. */
  public static Store openForReading(Path db) throws StoreException {
    return openForReading(db, java.time.Duration.ofMillis(BUSY_TIMEOUT_MS));
  }

  /**
   * As {@link #openForReading(Path)}, a query waiting at most {@code busyTimeout} for a writer that
   * locks the file: a server answers "busy" rather than hold a request for a minute.
   */
  public static Store openForReading(Path db, java.time.Duration busyTimeout) throws StoreException {
    if (!Files.isRegularFile(db)) {
      throw new StoreException(db + ": no such database (ingest articles first, or give --db)");
    }
    return open(db, true, (int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
  }

  /**
   * Whether to read a database as immutable: on a read-only medium SQLite cannot create the
   * {@code -shm} file WAL reading needs, and nothing can write the file there anyway.
   */
  private static boolean onReadOnlyMedium(Path db) {
    Path file = db.toAbsolutePath();
    return !Files.isWritable(file) || !Files.isWritable(file.getParent());
  }

  private static Store open(Path db, boolean readOnly, int busyTimeoutMs) throws StoreException {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(busyTimeoutMs);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // WAL + NORMAL: a commit survives a process crash; only a power loss may lose the last ones
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setReadOnly(readOnly);
    if (!readOnly) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    }
    Connection connection = null;
    try {
      String url = readOnly && onReadOnlyMedium(db)
          ? "jdbc:sqlite:" + db.toAbsolutePath().toUri() + "?immutable=1"
          : "jdbc:sqlite:" + db.toAbsolutePath();
      connection = config.createConnection(url);
      if (readOnly) {
        int version = Migrations.version(connection);
        if (version == 0) {
          throw new StoreException(db + ": not a Dateline database (no schema)");
        }
        if (version > Migrations.bundled().latest()) {
          throw new StoreException(db + ": schema version " + version + " is newer than this program's; update Dateline");
        }
      } else {
        Migrations.bundled().apply(connection);
      }
      return new Store(db, connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw StoreException.of(readOnly ? "opening" : "opening for writing", db, e);
    } catch (StoreException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  /** The JDBC connection, for the classes of this package. */
  Connection connection() {
    return connection;
  }

  public int schemaVersion() throws StoreException {
    try {
      return Migrations.version(connection);
    } catch (SQLException e) {
      throw StoreException.of("reading the schema version", path, e);
    }
  }

  /** {@code PRAGMA integrity_check}: "ok", or the first problem SQLite found. */
  public String integrityCheck() throws StoreException {
    try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
      return rs.next() ? rs.getString(1) : "no answer";
    } catch (SQLException e) {
      throw StoreException.of("checking integrity", path, e);
    }
  }

  /** A count of rows of a table of the schema, for reports and tests. */
  public long count(String table) throws StoreException {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    try (Statement st = connection.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw StoreException.of("counting " + table, path, e);
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw StoreException.of("closing", path, e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}
