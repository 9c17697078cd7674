package org.dateline.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an event is filed under for date filters and ordering: the first day of the period its
 * TIMEX3 value names ("2024-06" → 2024-06-01, "2024-FA" → 2024-09-22, "2025-W11" → its Monday), the
 * article's date when the event has no time of its own or one that names no period ("PRESENT_REF").
 */
final class EventDates {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Map<String, String> SEASON_START = Map.of("SP", "03-20", "SU", "06-21", "FA", "09-22", "WI", "12-21");

  private EventDates() {}

  static Optional<String> firstDay(Optional<String> timex, Optional<String> anchor) {
    return timex.flatMap(EventDates::firstDay).or(() -> anchor);
  }

  static Optional<String> firstDay(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      return Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
    if ((m = MONTH.matcher(value)).matches()) {
      return Optional.of(value + "-01");
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return Optional.of(value + "-01-01");
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return Optional.of(monday.toString());
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      int month = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
      return Optional.of(String.format("%s-%02d-01", m.group(1), month));
    }
    if ((m = SEASON.matcher(value)).matches()) {
      return Optional.of(m.group(1) + "-" + SEASON_START.get(m.group(2)));
    }
    return Optional.empty();
  }
}
