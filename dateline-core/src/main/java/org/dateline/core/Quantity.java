package org.dateline.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A number or range read from text, with what it counts or measures. */
public record Quantity(
    Span span, BigDecimal min, BigDecimal max, Optional<String> unit, boolean approximate)
    implements Annotation {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("quantity max " + max + " is below min " + min);
    }
    Objects.requireNonNull(unit, "unit");
  }
}
