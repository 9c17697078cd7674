package org.dateline.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hands over articles one at a time: files and directories today, feeds and WARC archives later.
 * Not thread-safe: one reader calls {@link #next()}.
 */
public interface ArticleSource extends Closeable {

  /**
   * The next article, or empty at the end.
   *
   * @throws BadInputException when this one article cannot be read; the next call goes on with the
   *     following one
   * @throws IOException when the source as a whole fails and cannot go on
   */
  Optional<ArticleInput> next() throws BadInputException, IOException;

  /** How many articles the source holds, when it knows before reading them (for a progress line). */
  default OptionalInt expectedCount() {
    return OptionalInt.empty();
  }

  @Override
  default void close() throws IOException {}
}
