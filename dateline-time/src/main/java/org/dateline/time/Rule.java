package org.dateline.time;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.TimeExpression;

/**
 * One pattern of a {@link RuleGrammar} and how to read its matches. The extent is the group named
 * {@code t} when the pattern has one (so "pendant plus de deux heures" can be matched whole while
 * only "plus de deux heures" is the expression), else the whole match.
 *
 * @param name for debugging and tests
 * @param pattern what to look for
 * @param type the TimeML type of what it finds
 * @param reading the meaning of a match, or empty when the match is not a time expression after all
 * @param triggers lower-case strings one of which any match contains; a text holding none of them
 *     is not searched at all, which keeps a grammar of many rules fast. Empty: always search.
 */
public record Rule(String name, Pattern pattern, TimeExpression.Type type, Reading reading, List<String> triggers) {

  /** Reads a match into a meaning and an optional modifier. */
  @FunctionalInterface
  public interface Reading {
    Optional<Meant> read(Matcher match, CharSequence text);
  }

  /** What a match means. */
  public record Meant(TimeMeaning meaning, Optional<TimeExpression.Modifier> modifier) {
    public static Optional<Meant> of(TimeMeaning meaning) {
      return Optional.of(new Meant(meaning, Optional.empty()));
    }

    public static Optional<Meant> of(TimeMeaning meaning, Optional<TimeExpression.Modifier> modifier) {
      return Optional.of(new Meant(meaning, modifier));
    }
  }

  /** Digits: the trigger of every rule that needs a number written in digits. */
  public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  public Rule {
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reading, "reading");
  }

  boolean hasExtentGroup() {
    return pattern.pattern().contains("(?<t>");
  }
}
