package org.dateline.core;

import java.util.Objects;
import java.util.Optional;

/** A TimeML time expression with its TIMEX3 value, empty when it could not be normalized. */
public record TimeExpression(Span span, Type type, Optional<String> value) implements Annotation {

  public enum Type {
    DATE,
    TIME,
    DURATION,
    SET
  }

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
