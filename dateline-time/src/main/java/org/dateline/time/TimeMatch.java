package org.dateline.time;

import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Span;
import org.dateline.core.TimeExpression;

/** A time expression found in text: where, its TimeML type, what it means and its modifier. */
public record TimeMatch(Span span, TimeExpression.Type type, TimeMeaning meaning, Optional<TimeExpression.Modifier> modifier) {

  public TimeMatch {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(modifier, "modifier");
  }
}
