package org.dateline.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Indirectly reported content ("selon X, …", "X a annoncé que …"), the entities it is attributed to,
 * and the phrase that says who in the text ("he", "officials", "the campaign"), which may name no
 * entity: a claim may have a source phrase and no source entity.
 */
public record Claim(Span span, List<String> sources, String cue, Optional<Span> sourcePhrase)
    implements Annotation {

  public Claim {
    Objects.requireNonNull(span, "span");
    sources = List.copyOf(sources);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(sourcePhrase, "sourcePhrase");
  }

  /** A claim whose sources' phrase is not known apart from the sources. */
  public Claim(Span span, List<String> sources, String cue) {
    this(span, sources, cue, Optional.empty());
  }
}
