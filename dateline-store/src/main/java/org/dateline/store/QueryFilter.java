package org.dateline.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query keeps; every filter is optional and they combine with AND.
 *
 * @param actor the acting actor (events), the entity (entities, stories) or an entity mentioned inside
 *     the quote or claim (quotes, claims): a name, matched without case or accents, or an ISO 3166-1
 *     alpha-3 country code such as {@code RUS}
 * @param actor2 the actor acted upon (events), as {@code actor}
 * @param cameo a CAMEO code prefix: {@code 19} keeps 19, 190, 193…
 * @param factuality an event factuality (ASSERTED, REPORTED…)
 * @param speaker who is quoted (quotes) or cited (claims), a name as {@code actor}
 * @param type an entity type (PERSON, ORGANIZATION, LOCATION, EVENT, MISC)
 * @param since first day kept: the event's date, else the article's date
 * @param until last day kept
 * @param language ISO 639-1 language of the article
 * @param text words the article must contain (full-text search)
 * @param limit at most this many rows
 */
public record QueryFilter(Optional<String> actor, Optional<String> actor2, Optional<String> cameo,
    Optional<String> factuality, Optional<String> speaker, Optional<String> type, Optional<LocalDate> since,
    Optional<LocalDate> until, Optional<String> language, Optional<String> text, int limit) {

  public QueryFilter {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    if (cameo.isPresent() && !cameo.get().matches("\\d{1,4}")) {
      throw new IllegalArgumentException("a CAMEO prefix is 1 to 4 digits, not '" + cameo.get() + "'");
    }
    if (limit <= 0) {
      throw new IllegalArgumentException("the limit must be positive, not " + limit);
    }
    if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
      throw new IllegalArgumentException("the last day " + until.get() + " is before the first " + since.get());
    }
  }

  /** No filter, at most {@code limit} rows. */
  public static QueryFilter all(int limit) {
    return new QueryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  /** Whether an actor value names a country (three capital letters) rather than an entity. */
  static boolean isCountryCode(String actor) {
    return actor.matches("[A-Z]{3}");
  }
}
