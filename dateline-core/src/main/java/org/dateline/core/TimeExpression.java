package org.dateline.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A TimeML time expression with its TIMEX3 value, empty when it could not be normalized, and its
 * TIMEX3 modifier ("plus de deux heures" is PT2H, MORE_THAN).
 */
public record TimeExpression(Span span, Type type, Optional<String> value, Optional<Modifier> modifier)
    implements Annotation {

  public enum Type {
    DATE,
    TIME,
    DURATION,
    SET
  }

  /** The TIMEX3 {@code mod} values Dateline produces. */
  public enum Modifier {
    START,
    MID,
    END,
    APPROX,
    MORE_THAN,
    LESS_THAN,
    EQUAL_OR_MORE,
    EQUAL_OR_LESS
  }

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(modifier, "modifier");
  }
}
