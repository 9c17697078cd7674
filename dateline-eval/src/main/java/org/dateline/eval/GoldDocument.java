package org.dateline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Span;

/** A corpus document: its text, its date when the corpus gives one, and its annotated spans. */
public record GoldDocument(String id, String text, Optional<LocalDate> date, List<GoldSpan> spans) {

  /** An annotated span with its corpus label ("Person", "TIMEX3", "EVENT"…) and attributes. */
  public record GoldSpan(Span span, String label, java.util.Map<String, String> attributes) {
    public GoldSpan {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(label, "label");
      attributes = java.util.Map.copyOf(attributes);
    }
  }

  /** The document Dateline analyzes: the corpus text, its date as publication date, the language given. */
  public org.dateline.core.Document toDocument(org.dateline.core.Language language) {
    return org.dateline.core.Document.of(id, text).withPublicationDate(date).withLanguage(language)
        .withLayers(java.util.Set.of(org.dateline.core.Layer.LANGUAGE));
  }

  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    spans = List.copyOf(spans);
  }
}
