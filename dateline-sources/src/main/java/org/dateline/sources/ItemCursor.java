package org.dateline.sources;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy sequence of items that may hold a file open until closed. Sources are chained as cursors
 * rather than with {@code Stream.flatMap}, which, read through an iterator, buffers each inner
 * stream whole: a WARC of 40,000 pages would be held in memory.
 */
interface ItemCursor extends Iterator<SourceItem>, AutoCloseable {

  @Override
  void close();

  /** Part of a chain: opened only when the parts before it are used up; a failure to open is a skip of {@code uri}. */
  record Part(String uri, Supplier<ItemCursor> opener) {}

  static ItemCursor of(SourceItem... items) {
    return map(java.util.List.of(items).iterator(), Function.identity());
  }

  /** Maps lazily: {@code toItem} runs (and maybe fetches) only when its item is asked for. */
  static <T> ItemCursor map(Iterator<T> values, Function<? super T, SourceItem> toItem) {
    return new ItemCursor() {
      @Override
      public boolean hasNext() {
        return values.hasNext();
      }

      @Override
      public SourceItem next() {
        return toItem.apply(values.next());
      }

      @Override
      public void close() {}
    };
  }

  static ItemCursor concat(Iterator<Part> parts) {
    return new ItemCursor() {
      private ItemCursor current = of();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          current.close();
          if (!parts.hasNext()) {
            return false;
          }
          Part part = parts.next();
          try {
            current = part.opener().get();
          } catch (RuntimeException e) {
            // a reader's bug or an unchecked I/O error must cost one input, not the batch
            current = of(new SourceItem.Skipped(part.uri(), "cannot read (" + Reasons.of(e) + ")"));
          }
        }
        return true;
      }

      @Override
      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }

      @Override
      public void close() {
        current.close();
      }
    };
  }

  /** A sequential stream over the cursor; closing the stream closes the cursor. */
  static Stream<SourceItem> stream(ItemCursor cursor) {
    Spliterator<SourceItem> items = Spliterators.spliteratorUnknownSize(cursor,
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(items, false).onClose(cursor::close);
  }
}
