package org.dateline.core;

import java.util.Objects;

/** A sentence; it never crosses a {@link Block}. */
public record Sentence(Span span) implements Annotation {

  public Sentence {
    Objects.requireNonNull(span, "span");
  }
}
