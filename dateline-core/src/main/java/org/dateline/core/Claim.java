package org.dateline.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Indirectly reported content ("selon X, …", "X a annoncé que …"), the entities it is attributed to,
 * and the phrase that says who in the text ("he", "officials", "the campaign"), which may name no
 * entity: a claim may have a source phrase and no source entity, and an appearance neither. Its
 * kind tells reported speech from a stance reported through a verb's object ("criticized the
 * plan", "wants to win") and from an appearance ("seemed to relish the fight").
 */
public record Claim(Span span, List<String> sources, String cue, Optional<Span> sourcePhrase, Kind kind)
    implements Annotation {

  /**
   * What a claim reports: what was said, a stance (what the source wants, backs, criticises), or an
   * appearance (what seems or is expected, "the bill is expected to pass", with no source).
   */
  public enum Kind { SPEECH, STANCE, APPEARANCE }

  public Claim {
    Objects.requireNonNull(span, "span");
    sources = List.copyOf(sources);
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(sourcePhrase, "sourcePhrase");
    Objects.requireNonNull(kind, "kind");
  }

  /** Reported speech. */
  public Claim(Span span, List<String> sources, String cue, Optional<Span> sourcePhrase) {
    this(span, sources, cue, sourcePhrase, Kind.SPEECH);
  }

  /** Reported speech whose sources' phrase is not known apart from the sources. */
  public Claim(Span span, List<String> sources, String cue) {
    this(span, sources, cue, Optional.empty());
  }
}
