package org.dateline.eval;

import java.util.List;
import java.util.Objects;
import org.dateline.core.Span;

/**
 * A system's attribution in the shape the scorer compares: the reported content and every span
 * that names its source (several when the system resolved the source to an entity with several
 * mentions); no span when the system did not say who.
 */
public record SystemAttribution(Span content, List<Span> sources) {

  public SystemAttribution {
    Objects.requireNonNull(content, "content");
    sources = List.copyOf(sources);
  }
}
