package org.dateline.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dateline.io.ArticleInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped, as Common Crawl's), read one record at a time
 * with jwarc: each {@code response} record whose HTTP {@code Content-Type} is HTML becomes an
 * article named by its target URI; other responses are skipped with their type or status; other
 * records (warcinfo, request, metadata, revisit) are not documents and are passed over. A record
 * that cannot be parsed ends the file with one skip: WARC records cannot be found again after it.
 */
final class WarcArticles implements ItemCursor {

  private final String file;
  private final long maxBytes;
  private final WarcReader reader;
  private SourceItem pending;
  private boolean done;

  private WarcArticles(String file, long maxBytes, WarcReader reader) {
    this.file = file;
    this.maxBytes = maxBytes;
    this.reader = reader;
  }

  /** The pages of {@code file}, or one skip when it cannot be opened. */
  static ItemCursor open(Path file, long maxBytes) {
    try {
      return new WarcArticles(file.toString(), maxBytes, new WarcReader(file));
    } catch (IOException | RuntimeException e) {
      return ItemCursor.of(new SourceItem.Skipped(file.toString(), "not a readable WARC file (" + Reasons.of(e) + ")"));
    }
  }

  @Override
  public boolean hasNext() {
    while (pending == null && !done) {
      advance();
    }
    return pending != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = pending;
    pending = null;
    return item;
  }

  @Override
  public void close() {
    done = true;
    try {
      reader.close();
    } catch (IOException e) {
      // read-only: nothing is lost
    }
  }

  private void advance() {
    long position = reader.position();
    Optional<WarcRecord> record;
    try {
      record = reader.next();
    } catch (IOException | RuntimeException e) {
      pending = new SourceItem.Skipped(file + "#offset=" + position,
          "corrupt WARC record; the rest of the file is not read (" + Reasons.of(e) + ")");
      close();
      return;
    }
    if (record.isEmpty()) {
      close();
    } else if (record.get() instanceof WarcResponse response) {
      pending = page(response);
    }
  }

  private SourceItem page(WarcResponse response) {
    String uri = response.target();
    try {
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return new SourceItem.Skipped(uri, "HTTP " + http.status() + " in the WARC");
      }
      Optional<String> contentType = http.headers().first("Content-Type");
      if (contentType.isEmpty() || !MediaTypes.isHtml(contentType.get())) {
        return new SourceItem.Skipped(uri, "not HTML (" + contentType.orElse("no Content-Type") + ")");
      }
      // not closed: the body is a window on the file, which the reader goes on reading
      InputStream body = http.bodyDecoded().stream();
      byte[] bytes = body.readNBytes((int) maxBytes + 1);
      if (bytes.length > maxBytes) {
        return new SourceItem.Skipped(uri, Reasons.tooLarge(maxBytes));
      }
      return new SourceItem.Article(ArticleInput.of(uri, bytes, contentType.get()));
    } catch (IOException | RuntimeException e) {
      return new SourceItem.Skipped(uri, "truncated or unreadable record in the WARC (" + Reasons.of(e) + ")");
    }
  }
}
