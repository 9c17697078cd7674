package org.dateline.eval;

import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Span;

/**
 * An annotated attribution: what was reported (the content), who it is attributed to (the source,
 * absent when the corpus marks it source-less) and the cue ("said", "according to").
 */
public record GoldAttribution(Span content, Optional<Span> source, Optional<Span> cue) {

  public GoldAttribution {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
  }
}
