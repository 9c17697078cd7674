package org.dateline.core;

import java.util.Objects;

/** One piece of an article's layout: headline, dateline, section heading or paragraph. */
public record Block(Span span, Kind kind) implements Annotation {

  public enum Kind {
    HEADLINE,
    DATELINE,
    SECTION_HEADING,
    PARAGRAPH
  }

  public Block {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
