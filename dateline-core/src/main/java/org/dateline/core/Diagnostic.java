package org.dateline.core;

import java.util.Objects;

/**
 * A note a stage or reader leaves on a document instead of throwing: odd text is normal in news.
 * {@code code} is a stable upper-case identifier tools can filter on, {@code message} is for people.
 */
public record Diagnostic(Severity severity, String code, Span span, String message)
    implements Annotation {

  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("diagnostic code is blank");
    }
    Objects.requireNonNull(message, "message");
  }

  /** A diagnostic about the whole document rather than a place in it. */
  public static Diagnostic ofDocument(Severity severity, String code, String message) {
    return new Diagnostic(severity, code, new Span(0, 0), message);
  }
}
