package org.dateline.sources;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One raw article as a source gave it: the bytes of a web page or of a plain-text file, not yet
 * decoded. The charset stays with the bytes: {@code contentType} is the HTTP {@code Content-Type}
 * header (or what a file's name or a feed says), which {@code HtmlArticleExtractor} and
 * {@code ArticleReader} read before sniffing.
 *
 * @param uri where the article comes from: a URL, or a file's path
 * @param content the bytes, copied in and out so the record stays immutable
 * @param contentType a media type such as {@code text/html; charset=ISO-8859-1}, when known
 * @param published the day a feed entry says the article was published (its UTC day), when known
 * @param title the title a feed entry gives, when known
 */
public record ArticleInput(String uri, byte[] content, Optional<String> contentType, Optional<LocalDate> published,
    Optional<String> title) {

  public ArticleInput {
    Objects.requireNonNull(uri, "uri");
    content = Objects.requireNonNull(content, "content").clone();
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
  }

  /** An article with only its origin, its bytes and their media type. */
  public static ArticleInput of(String uri, byte[] content, String contentType) {
    return new ArticleInput(uri, content, Optional.ofNullable(contentType), Optional.empty(), Optional.empty());
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** Whether the media type names HTML (or XHTML); false for plain text and when unknown. */
  public boolean isHtml() {
    return contentType.map(MediaTypes::isHtml).orElse(false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArticleInput that && uri.equals(that.uri) && Arrays.equals(content, that.content)
        && contentType.equals(that.contentType) && published.equals(that.published) && title.equals(that.title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, Arrays.hashCode(content), contentType, published, title);
  }

  @Override
  public String toString() {
    return "ArticleInput[uri=" + uri + ", " + content.length + " bytes, contentType=" + contentType.orElse("?")
        + ", published=" + published.map(LocalDate::toString).orElse("?") + ", title=" + title.orElse("?") + "]";
  }
}
