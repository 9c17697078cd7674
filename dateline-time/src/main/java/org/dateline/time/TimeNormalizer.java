package org.dateline.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.TimeExpression;

/**
 * The pure normalizer: a time expression's surface, an anchor date and a tense in, its TimeML type
 * and TIMEX3 value out ("juin dernier", 2025-03-22, fr → DATE 2024-06). It knows nothing of
 * documents; {@link TimeStage} maps the same grammar and resolver over an article.
 */
public final class TimeNormalizer {

  /** The reading of a whole surface. {@code value} is empty when it cannot be resolved; {@code problem} says why. */
  public record Normalized(TimeExpression.Type type, Optional<String> value, Optional<TimeExpression.Modifier> modifier,
      Optional<String> problem) {}

  private final TimeGrammar grammar;
  private final TimeResolver resolver = new TimeResolver();

  public TimeNormalizer(TimeGrammar grammar) {
    this.grammar = Objects.requireNonNull(grammar, "grammar");
  }

  /** Empty when the surface, as a whole, is not a time expression of the grammar's language. */
  public Optional<Normalized> normalize(String surface, Optional<LocalDate> anchor, Tense tense) {
    String s = surface.strip();
    List<TimeMatch> found = grammar.find(s, 0, s.length());
    if (found.size() != 1 || found.get(0).span().start() != 0 || found.get(0).span().end() != s.length()) {
      return Optional.empty();
    }
    TimeMatch m = found.get(0);
    TimeResolver.Resolution r = resolver.resolve(m.meaning(), anchor, tense);
    return Optional.of(new Normalized(m.type(), r.value(), m.modifier(), r.problem()));
  }
}
