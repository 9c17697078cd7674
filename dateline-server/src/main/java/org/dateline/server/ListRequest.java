package org.dateline.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.store.QueryFilter;

/**
 * The query parameters of a list: the filters an endpoint accepts, checked (an unknown parameter is
 * refused with the allowed ones, not ignored), and the page asked for.
 *
 * @param filter what to keep, its limit one more than the page so that the handler knows whether a
 *     next page exists
 * @param limit rows per page
 * @param offset rows skipped
 */
record ListRequest(QueryFilter filter, int limit, long offset) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final Set<String> FACTUALITIES = Set.of("ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "PLANNED", "NEGATED");

  /** Reads the parameters of {@code ctx}, allowing only {@code filters} besides limit and offset. */
  static ListRequest of(Context ctx, Set<String> filters) {
    Set<String> allowed = new TreeSet<>(filters);
    allowed.add("limit");
    allowed.add("offset");
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw bad("unknown parameter '" + name + "'; this list takes " + String.join(", ", allowed));
      }
    }
    int limit = (int) number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    long offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    Optional<String> factuality = text(ctx, "factuality").map(f -> f.toUpperCase(Locale.ROOT));
    if (factuality.isPresent() && !FACTUALITIES.contains(factuality.get())) {
      throw bad("factuality must be one of " + String.join(", ", new TreeSet<>(FACTUALITIES)) + ", not '"
          + factuality.get() + "'");
    }
    Optional<String> lang = text(ctx, "lang");
    if (lang.isPresent() && !lang.get().matches("[a-z]{2}")) {
      throw bad("lang must be a two-letter language code such as fr or en, not '" + lang.get() + "'");
    }
    try {
      // the entity a quote or claim mentions travels as the filter's actor
      Optional<String> actor = text(ctx, "actor").or(() -> text(ctx, "entity"));
      QueryFilter filter = new QueryFilter(actor, text(ctx, "actor2"), text(ctx, "cameo"), factuality,
          text(ctx, "speaker"), text(ctx, "type"), date(ctx, "since"), date(ctx, "until"), lang, text(ctx, "text"),
          limit + 1);
      return new ListRequest(filter, limit, offset);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  /** The page's rows of {@code rows} (which may hold one more) with where the next page starts. */
  <T> Page<T> page(List<T> rows) {
    boolean more = rows.size() > limit;
    return new Page<>(more ? rows.subList(0, limit) : rows, limit, offset, more ? offset + limit : null);
  }

  /** A page of a list as the API answers it; {@code next} is the offset of the next page, null on the last. */
  record Page<T>(List<T> items, int limit, long offset, Long next) {}

  static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  static long number(Context ctx, String name, long otherwise, long min, long max) {
    Optional<String> value = text(ctx, name);
    if (value.isEmpty()) {
      return otherwise;
    }
    try {
      long n = Long.parseLong(value.get());
      if (n < min || n > max) {
        throw bad(name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad(name + " must be a whole number, not '" + value.get() + "'");
    }
  }

  private static Optional<LocalDate> date(Context ctx, String name) {
    Optional<String> value = text(ctx, name);
    try {
      return value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw bad(name + " must be a date as YYYY-MM-DD, not '" + value.orElse("") + "'");
    }
  }

  static ProblemException bad(String detail) {
    return new ProblemException(Problem.badRequest(detail));
  }
}
