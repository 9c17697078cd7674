package org.dateline.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number or range read from text, with what it counts or measures: "quelque 10.000 à 12.000
 * soldats" is 10000 to 12000 soldats, approximate; "des milliers de soldats" is at least 1000;
 * "moins de 10 %" at most 10. At least one bound is known.
 */
public record Quantity(
    Span span, Optional<BigDecimal> min, Optional<BigDecimal> max, Optional<String> unit, boolean approximate)
    implements Annotation {

  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(unit, "unit");
    if (min.isEmpty() && max.isEmpty()) {
      throw new IllegalArgumentException("a quantity needs a bound, at " + span);
    }
    if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
      throw new IllegalArgumentException("quantity max " + max.get() + " is below min " + min.get() + " at " + span);
    }
  }
}
