package org.dateline.core;

import java.util.Objects;
import java.util.Optional;

/** Reported speech in quotation marks, with who said it (an {@link Entity#id()}) when known. */
public record Quote(
    Span span,
    Kind kind,
    Optional<String> speaker,
    Optional<String> cue,
    Optional<String> via)
    implements Annotation {

  public enum Kind {
    /** A whole utterance. */
    DIRECT,
    /** Quoted words inside the writer's own sentence. */
    PARTIAL
  }

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(via, "via");
  }
}
