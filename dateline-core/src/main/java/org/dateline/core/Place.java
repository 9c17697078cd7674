package org.dateline.core;

import java.util.Objects;

/** A place named in a dateline, as a reader would write it ("Paris" for "PARIS"). */
public record Place(String name, Span span) {

  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place name is blank at " + span);
    }
    Objects.requireNonNull(span, "span");
  }
}
