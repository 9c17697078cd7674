package org.dateline.core;

import java.util.Objects;

/** One place in the text where an entity is named or described. */
public record Mention(Span span, EntityType type) implements Annotation {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
