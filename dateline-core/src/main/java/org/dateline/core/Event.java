package org.dateline.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to whom, where and when, coded in CAMEO. {@link #span()} is the sentence that
 * states it: the provenance a reader checks.
 */
public record Event(
    Span span,
    String cameo,
    String label,
    Actor actor1,
    Optional<Actor> actor2,
    Optional<String> location,
    Optional<String> time,
    Factuality factuality,
    List<String> sources)
    implements Annotation {

  /** An actor: an entity id when one is known, its country (ISO 3166-1 alpha-3) when known. */
  public record Actor(Optional<String> entity, Optional<String> country) {
    public Actor {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(country, "country");
    }
  }

  public enum Factuality {
    ASSERTED,
    REPORTED,
    ALLEGED,
    HYPOTHETICAL,
    PLANNED,
    NEGATED
  }

  public Event {
    Objects.requireNonNull(span, "span");
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + cameo);
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(factuality, "factuality");
    sources = List.copyOf(sources);
  }
}
