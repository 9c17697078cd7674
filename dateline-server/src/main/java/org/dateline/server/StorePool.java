package org.dateline.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.dateline.store.Store;
import org.dateline.store.StoreException;

/**
 * Read connections to the knowledge base, shared by the request threads (a {@link Store} is for one
 * thread at a time). A connection that failed is closed rather than given back, and a missing file
 * closes them all, so that the server recovers by itself when the database is back.
 */
final class StorePool implements AutoCloseable {

  /** A read of the knowledge base through one connection. */
  @FunctionalInterface
  interface Read<T> {
    T apply(Store store) throws StoreException;
  }

  /** How long a read waits for a writer's lock before the server answers 503. */
  static final Duration BUSY_TIMEOUT = Duration.ofSeconds(2);

  private final Path db;
  private final BlockingQueue<Store> idle;

  StorePool(Path db, int size) {
    this.db = db;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  Path db() {
    return db;
  }

  /** Runs {@code read} on an idle connection, or a new one; any store failure is a 503 problem. */
  <T> T read(Read<T> read) {
    if (!Files.isRegularFile(db)) {
      closeIdle();
      throw unavailable(db + ": no such database");
    }
    Store store = idle.poll();
    try {
      if (store == null) {
        store = Store.openForReading(db, BUSY_TIMEOUT);
      }
      T result = read.apply(store);
      if (!idle.offer(store)) {
        store.close();
      }
      return result;
    } catch (StoreException e) {
      closeQuietly(store);
      throw unavailable(e.getMessage());
    } catch (RuntimeException e) {
      closeQuietly(store);
      throw e;
    }
  }

  private static ProblemException unavailable(String why) {
    return new ProblemException(Problem.unavailable("the knowledge base cannot be read now (" + why
        + "); try again in a moment"));
  }

  private void closeIdle() {
    for (Store s = idle.poll(); s != null; s = idle.poll()) {
      closeQuietly(s);
    }
  }

  private static void closeQuietly(Store store) {
    if (store != null) {
      try {
        store.close();
      } catch (StoreException ignored) {
        // the connection is dropped either way
      }
    }
  }

  @Override
  public void close() {
    closeIdle();
  }
}
