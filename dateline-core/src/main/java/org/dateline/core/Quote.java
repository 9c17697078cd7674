package org.dateline.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Reported speech in quotation marks, with who said it (an {@link Entity#id()}) when known, and
 * the phrase that says who in the text ("he", "a senior official", "Sen. Ted Cruz"), which may
 * name no entity.
 */
public record Quote(
    Span span,
    Kind kind,
    Optional<String> speaker,
    Optional<String> cue,
    Optional<String> via,
    Optional<Span> sourcePhrase)
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
    Objects.requireNonNull(sourcePhrase, "sourcePhrase");
  }

  /** A quote whose speaker's phrase is not known apart from the speaker. */
  public Quote(Span span, Kind kind, Optional<String> speaker, Optional<String> cue, Optional<String> via) {
    this(span, kind, speaker, cue, via, Optional.empty());
  }
}
