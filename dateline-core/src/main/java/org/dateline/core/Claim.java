package org.dateline.core;

import java.util.List;
import java.util.Objects;

/** Indirectly reported content ("selon X, …", "X a annoncé que …") and who it is attributed to. */
public record Claim(Span span, List<String> sources, String cue) implements Annotation {

  public Claim {
    Objects.requireNonNull(span, "span");
    sources = List.copyOf(sources);
    Objects.requireNonNull(cue, "cue");
  }
}
