package org.dateline.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a web page says as an article: its main text as blocks in document order, and the metadata
 * the page declares about itself. Absent metadata is an empty {@code Optional} or list, never null.
 *
 * @param title the page's {@code <title>}, or empty
 * @param headline the article's headline (JSON-LD, OpenGraph, else the first {@code <h1>}), or empty
 * @param blocks the main text: paragraphs and the section headings between them
 * @param published the publication date-time as the page writes it (ISO 8601 in practice)
 * @param authors the authors' names, each once
 * @param language a BCP 47 tag as declared ({@code en}, {@code fr-FR}), or empty
 * @param canonicalUrl the page's canonical URL, resolved against the base URL
 * @param siteName the publication's name
 */
public record HtmlArticle(String title, String headline, List<Block> blocks, Optional<String> published,
    List<String> authors, Optional<String> language, Optional<String> canonicalUrl, Optional<String> siteName) {

  /** One block of the main text. */
  public record Block(Kind kind, String text) {

    /** A paragraph (or list item, quotation, table row…) or a section heading. */
    public enum Kind { PARAGRAPH, HEADING }

    public Block {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a block has text, got '" + text + "'");
      }
    }
  }

  public HtmlArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(headline, "headline");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(siteName, "siteName");
  }

  /** The main text: blocks separated by a blank line, headings included. */
  public String text() {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
  }
}
