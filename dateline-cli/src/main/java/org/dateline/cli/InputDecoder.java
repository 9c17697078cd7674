package org.dateline.cli;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.html.HtmlArticle;
import org.dateline.html.HtmlArticleExtractor;
import org.dateline.io.ArticleInput;
import org.dateline.io.ArticleReader;
import org.dateline.io.BadInputException;

/**
 * Turns an input's bytes into a document to analyze: plain text as {@code extract} reads it, a web
 * page through its main text with the headline on the first line. Thread-safe.
 */
final class InputDecoder {

  /** A decoded input with what it says about itself. */
  record Decoded(Document document, Optional<String> title, Optional<LocalDate> published) {}

  private final ArticleReader reader;
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  InputDecoder(long maxBytes) {
    this.reader = new ArticleReader(maxBytes);
  }

  Decoded decode(ArticleInput input) throws BadInputException {
    if (!input.isHtml()) {
      Document doc = reader.read(input.uri(), new ByteArrayInputStream(input.content()));
      return new Decoded(doc, input.title(), input.published());
    }
    HtmlArticle page = html.extract(input.uri(), input.content(), input.uri().contains("://") ? input.uri() : null,
        input.contentType().orElse(null));
    String body = page.text();
    if (body.isBlank()) {
      throw new BadInputException(BadInputException.Reason.EMPTY, input.uri(), input.uri() + ": no article text in the page");
    }
    String headline = page.headline().isBlank() ? page.title().strip() : page.headline().strip();
    // the headline on the first line, where the structure stage looks for it, unless the page has it there already
    boolean first = !page.blocks().isEmpty() && page.blocks().get(0).text().strip().equals(headline);
    String text = headline.isEmpty() || first ? body : headline + "\n\n" + body;
    Optional<String> title = input.title().or(() -> Optional.of(headline).filter(h -> !h.isEmpty()));
    return new Decoded(Document.of(input.uri(), text), title, input.published().or(() -> date(page.published())));
  }

  /** The day of an ISO 8601 date-time as pages write it ("2025-03-22T09:30:00+01:00"). */
  private static Optional<LocalDate> date(Optional<String> published) {
    return published.filter(p -> p.length() >= 10).flatMap(p -> {
      try {
        return Optional.of(LocalDate.parse(p.substring(0, 10)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }
}
