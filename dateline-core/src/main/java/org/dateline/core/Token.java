package org.dateline.core;

import java.util.Objects;

/** A token; it never crosses a {@link Sentence}. Its text is {@code span().of(document.text())}. */
public record Token(Span span, Kind kind) implements Annotation {

  public enum Kind {
    WORD,
    NUMBER,
    PUNCTUATION,
    SYMBOL,
    URL,
    EMAIL
  }

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("empty token at " + span);
    }
  }
}
