package org.dateline.eval;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;

/** The document Dateline analyzes for an English gold article: its text and date, the language given, not guessed. */
final class EnglishArticles {

  private EnglishArticles() {}

  static Document document(String id, String text, Optional<LocalDate> date) {
    return Document.of(id, text).withPublicationDate(date).withLanguage(Language.given("en"))
        .withLayers(Set.of(Layer.LANGUAGE));
  }
}
