package org.dateline.store;

/** The store cannot be opened, read or written; the message is one line a person can act on. */
public final class StoreException extends Exception {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Wraps a driver error as one line naming the database and what was being done. */
  static StoreException of(String doing, java.nio.file.Path db, java.sql.SQLException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (why.contains("SQLITE_FULL") || why.contains("disk is full")) {
      return new StoreException(db + ": " + doing + " failed: the disk is full; what was stored before is kept", e);
    }
    return new StoreException(db + ": " + doing + " failed (" + why.lines().findFirst().orElse(why) + ")", e);
  }
}
