package org.dateline.io;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as a source hands it over, before it is decoded: what a file, a feed item or a WARC
 * record has in common.
 *
 * @param uri where it comes from: a URL, or a file's path
 * @param content the bytes as received (not copied: do not change them)
 * @param contentType the HTTP {@code Content-Type} when known ({@code text/html; charset=utf-8})
 * @param published the publication date the source declares (a feed's pubDate), when known
 * @param title the title the source declares (a feed item's title), when known
 */
public record ArticleInput(String uri, byte[] content, Optional<String> contentType, Optional<LocalDate> published,
    Optional<String> title) {

  public ArticleInput {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
  }

  /** An article with only its origin, its bytes and their media type ({@code null} when unknown). */
  public static ArticleInput of(String uri, byte[] content, String contentType) {
    return new ArticleInput(uri, content, Optional.ofNullable(contentType), Optional.empty(), Optional.empty());
  }

  /** Whether the input is a web page rather than plain text: by its content type, else its name, else its first byte. */
  public boolean isHtml() {
    if (contentType.isPresent()) {
      return contentType.get().toLowerCase(java.util.Locale.ROOT).contains("html");
    }
    String name = uri.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return true;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return false;
    }
    for (byte b : content) {
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b == '<';
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ArticleInput[" + uri + ", " + content.length + " bytes]";
  }
}
