package org.dateline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a {@link TimeMeaning} into a TIMEX3 value, anchored on a date (the dateline's, else the
 * publication date) and guided by the sentence's tense. Pure and stateless: the same meaning,
 * anchor and tense always give the same value. Impossible dates ("31 février") resolve to no value
 * with the reason, never to an exception.
 */
public final class TimeResolver {

  /** A value, or the reason there is none. */
  public record Resolution(Optional<String> value, Optional<String> problem) {
    static Resolution of(String value) {
      return new Resolution(Optional.of(value), Optional.empty());
    }

    static Resolution none(String problem) {
      return new Resolution(Optional.empty(), Optional.of(problem));
    }
  }

  public Resolution resolve(TimeMeaning meaning, Optional<LocalDate> anchor, Tense tense) {
    if (meaning instanceof TimeMeaning.Fixed f) {
      return Resolution.of(f.value());
    }
    if (meaning instanceof TimeMeaning.Referred r) {
      // the caller passes the date referred to as the anchor
      return resolve(r.meaning(), anchor, tense);
    }
    if (meaning instanceof TimeMeaning.Calendar c) {
      return calendar(c, anchor, tense);
    }
    if (meaning instanceof TimeMeaning.Season s) {
      return season(s, anchor, tense);
    }
    if (meaning instanceof TimeMeaning.Quarter q && q.year().isPresent() && q.number().isPresent()) {
      return Resolution.of(String.format(Locale.ROOT, "%04d-Q%d", q.year().get(), q.number().get()));
    }
    if (anchor.isEmpty()) {
      return Resolution.none("no anchor date for a relative expression");
    }
    if (meaning instanceof TimeMeaning.Offset o) {
      return inRange(o, anchor.get());
    }
    if (meaning instanceof TimeMeaning.InYear i) {
      TimeMeaning.Calendar d = i.date();
      return calendar(new TimeMeaning.Calendar(Optional.of(anchor.get().getYear() + i.years()), false, d.month(), d.day(),
          d.hour(), d.minute(), d.partOfDay(), d.direction()), anchor, tense);
    }
    if (meaning instanceof TimeMeaning.Quarter q) {
      return Resolution.of(quarter(q, anchor.get()));
    }
    if (meaning instanceof TimeMeaning.NthWeekday n) {
      return dayInSomeYear(y -> nthWeekday(y, n), n.direction(), anchor.get(), tense)
          .map(d -> Resolution.of(d.toString()))
          .orElseGet(() -> Resolution.none("no weekday " + n.nth() + " " + n.day() + " in month " + n.month()));
    }
    if (meaning instanceof TimeMeaning.EasterDay e) {
      return Resolution.of(dayInSomeYear(y -> Optional.of(easter(y).plusDays(e.daysAfterEaster())), e.direction(),
          anchor.get(), tense).orElseThrow().toString());
    }
    if (meaning instanceof TimeMeaning.Weekend w) {
      return Resolution.of(isoWeek(weekend(w, anchor.get(), tense)) + "-WE");
    }
    TimeMeaning.Weekday w = (TimeMeaning.Weekday) meaning;
    return Resolution.of(onDay(weekday(w, anchor.get(), tense), w));
  }

  /** A day with the weekday expression's time or part of day. */
  public static String onDay(LocalDate day, TimeMeaning.Weekday w) {
    if (w.hour().isPresent()) {
      return day + "T" + two(w.hour().get()) + ":" + two(w.minute().orElse(0));
    }
    return withPart(day.toString(), w.partOfDay());
  }

  private Resolution calendar(TimeMeaning.Calendar c, Optional<LocalDate> anchor, Tense tense) {
    if (c.month().isPresent() && (c.month().get() < 1 || c.month().get() > 12)) {
      return Resolution.none("no month " + c.month().get());
    }
    if (c.day().isPresent() && (c.day().get() < 1 || c.day().get() > 31)) {
      return Resolution.none("no day " + c.day().get() + " in a month");
    }
    if (c.hour().isPresent() && (c.hour().get() > 24 || c.minute().orElse(0) > 59)) {
      return Resolution.none("no time " + c.hour().get() + ":" + c.minute().orElse(0));
    }
    Optional<Integer> year = c.year();
    if (year.isPresent() && c.twoDigitYear()) {
      year = Optional.of(century(year.get(), anchor));
    }
    if (year.isPresent() && (year.get() < 0 || year.get() > 9999)) {
      return Resolution.none("year " + year.get() + " out of range");
    }
    String date;
    if (c.month().isEmpty() && c.day().isEmpty() && year.isEmpty()) {
      // a time of day alone: on the anchor (the reference date of the sentence)
      date = anchor.map(LocalDate::toString).orElse("XXXX-XX-XX");
    } else if (c.month().isEmpty()) {
      date = String.format(Locale.ROOT, "%04d", year.orElseThrow());
    } else if (year.isEmpty() && anchor.isEmpty()) {
      if (c.day().isPresent() && c.day().get() > YearMonth.of(2000, c.month().get()).lengthOfMonth()) {
        return Resolution.none("no day " + c.day().get() + " in month " + c.month().get());
      }
      date = "XXXX-" + two(c.month().get()) + c.day().map(d -> "-" + two(d)).orElse("");
    } else if (c.day().isEmpty()) {
      int y = year.orElseGet(() -> yearOfMonth(c.month().get(), c.direction(), anchor.get(), tense));
      date = String.format(Locale.ROOT, "%04d-%s", y, two(c.month().get()));
    } else {
      Optional<LocalDate> day = year.isPresent()
          ? valid(year.get(), c.month().get(), c.day().get())
          : dayWithoutYear(c.month().get(), c.day().get(), c.direction(), anchor.get(), tense);
      if (day.isEmpty()) {
        return Resolution.none("no such date: day " + c.day().get() + " of month " + c.month().get()
            + year.map(y -> " in " + y).orElse(""));
      }
      date = day.get().toString();
    }
    if (c.hour().isPresent()) {
      if (c.day().isEmpty() && !date.startsWith("XXXX") && date.length() < 10) {
        date = date + "-XX-XX".substring(0, 10 - date.length());
      }
      return Resolution.of(date + "T" + two(c.hour().get()) + ":" + two(c.minute().orElse(0)));
    }
    return Resolution.of(withPart(date, c.partOfDay()));
  }

  private static int century(int twoDigits, Optional<LocalDate> anchor) {
    int anchorYear = anchor.map(LocalDate::getYear).orElse(2000);
    int best = anchorYear / 100 * 100 + twoDigits;
    for (int candidate : new int[] {best - 100, best + 100}) {
      if (Math.abs(candidate - anchorYear) < Math.abs(best - anchorYear)) {
        best = candidate;
      }
    }
    return best;
  }

  private static int yearOfMonth(int month, TimeMeaning.Direction direction, LocalDate anchor, Tense tense) {
    YearMonth now = YearMonth.from(anchor);
    YearMonth same = YearMonth.of(anchor.getYear(), month);
    YearMonth before = same.isBefore(now) ? same : same.minusYears(1);
    YearMonth notAfter = same.isAfter(now) ? same.minusYears(1) : same;
    YearMonth after = same.isAfter(now) ? same : same.plusYears(1);
    YearMonth notBefore = same.isBefore(now) ? same.plusYears(1) : same;
    return switch (direction) {
      case LAST -> before.getYear();
      case NEXT -> after.getYear();
      case THIS -> anchor.getYear();
      case BY_TENSE -> switch (tense) {
        case PAST -> notAfter.getYear();
        case FUTURE -> notBefore.getYear();
        // the nearest, but news looks back: a month more than four months ahead is the last one
        // ("November" in a January article, "March" in an October one)
        default -> Math.abs(notAfter.until(now, java.time.temporal.ChronoUnit.MONTHS))
            <= Math.abs(now.until(notBefore, java.time.temporal.ChronoUnit.MONTHS))
            || now.until(notBefore, java.time.temporal.ChronoUnit.MONTHS) > 4 ? notAfter.getYear() : notBefore.getYear();
      };
    };
  }

  /**
   * The year of a day and month given without one: the occurrence nearest the anchor, since news
   * speaks of the weeks around it; the tense overrules that when the nearest lies more than two
   * months on the other side ("Noël" in a future sentence of March is the coming one), and without a
   * tense a day more than four months ahead is the last one ("Oct. 23" in May).
   */
  private static Optional<LocalDate> dayWithoutYear(int month, int day, TimeMeaning.Direction direction,
      LocalDate anchor, Tense tense) {
    return dayInSomeYear(y -> valid(y, month, day), direction, anchor, tense);
  }

  /** The same choice of year for any day set by the year alone: a fixed date, a holiday. */
  private static Optional<LocalDate> dayInSomeYear(java.util.function.IntFunction<Optional<LocalDate>> dayIn,
      TimeMeaning.Direction direction, LocalDate anchor, Tense tense) {
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      dayIn.apply(y).filter(d -> fits(d, direction, anchor)).ifPresent(candidates::add);
    }
    candidates.sort(java.util.Comparator.comparingLong(d -> distance(d, anchor)));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    LocalDate nearest = candidates.get(0);
    long days = nearest.toEpochDay() - anchor.toEpochDay();
    if (direction == TimeMeaning.Direction.BY_TENSE && Math.abs(days) > 60 && candidates.size() > 1) {
      // without a tense, news looks back from a day more than four months ahead
      boolean wrongSide = (tense == Tense.PAST && days > 0) || (tense == Tense.FUTURE && days < 0)
          || (tense == Tense.UNKNOWN && days > 120 && candidates.get(1).isBefore(anchor));
      if (wrongSide) {
        return Optional.of(candidates.get(1));
      }
    }
    return Optional.of(nearest);
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
    int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  private static Optional<LocalDate> nthWeekday(int year, TimeMeaning.NthWeekday n) {
    LocalDate first = LocalDate.of(year, n.month(), 1);
    LocalDate day = n.nth() < 0
        ? first.with(TemporalAdjusters.lastInMonth(n.day()))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(n.nth(), n.day()));
    return day.getMonthValue() == n.month() ? Optional.of(day) : Optional.empty();
  }

  private static boolean fits(LocalDate d, TimeMeaning.Direction direction, LocalDate anchor) {
    return switch (direction) {
      case LAST -> d.isBefore(anchor);
      case NEXT -> d.isAfter(anchor);
      case THIS -> d.getYear() == anchor.getYear();
      case BY_TENSE -> true;
    };
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static Optional<LocalDate> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "999999999 years ago" is bad input: no value, with the reason, rather than year −999998001 or an exception. */
  private static Resolution inRange(TimeMeaning.Offset o, LocalDate anchor) {
    Resolution r;
    try {
      r = offset(o, anchor);
    } catch (DateTimeException | ArithmeticException e) {
      return Resolution.none("offset of " + o.amount() + " " + o.unit() + " out of range");
    }
    boolean fourDigitYear = r.value().map(v -> v.matches("\\d{2,4}(?!\\d).*")).orElse(true);
    return fourDigitYear ? r : Resolution.none("offset of " + o.amount() + " " + o.unit() + " out of range");
  }

  private static Resolution offset(TimeMeaning.Offset o, LocalDate anchor) {
    return switch (o.unit()) {
      case DAYS -> Resolution.of(withPart(anchor.plusDays(o.amount()).toString(), o.partOfDay()));
      case WEEKS -> {
        String week = isoWeek(anchor.plusWeeks(o.amount()));
        yield Resolution.of(o.partOfDay().map(p -> week + "-" + p).orElse(week));
      }
      case MONTHS -> Resolution.of(YearMonth.from(anchor).plusMonths(o.amount()).toString());
      case YEARS -> Resolution.of(String.format(Locale.ROOT, "%04d", anchor.getYear() + o.amount()));
      case DECADES -> Resolution.of(String.format(Locale.ROOT, "%03dX", anchor.getYear() / 10 + o.amount()));
      case CENTURIES -> Resolution.of(String.format(Locale.ROOT, "%02dXX", anchor.getYear() / 100 + o.amount()));
      default -> Resolution.none("unsupported unit " + o.unit());
    };
  }

  private static String isoWeek(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Quarters counted from year 0: year × 4 + quarter − 1. */
  private static String quarter(TimeMeaning.Quarter q, LocalDate anchor) {
    int now = anchor.getYear() * 4 + (anchor.getMonthValue() - 1) / 3;
    int chosen;
    if (q.number().isPresent() && q.offset() != 0) {
      chosen = (anchor.getYear() + q.offset() / 4) * 4 + q.number().get() - 1;
    } else if (q.number().isPresent()) {
      int same = anchor.getYear() * 4 + q.number().get() - 1;
      chosen = same <= now ? same : same - 4;
    } else if (q.year().isPresent()) {
      chosen = q.year().get() * 4 + Math.floorMod(now + q.offset(), 4);
    } else {
      chosen = now + q.offset();
    }
    return String.format(Locale.ROOT, "%04d-Q%d", Math.floorDiv(chosen, 4), Math.floorMod(chosen, 4) + 1);
  }

  private static LocalDate weekday(TimeMeaning.Weekday w, LocalDate anchor, Tense tense) {
    DayOfWeek day = w.day();
    return switch (w.direction()) {
      case LAST -> anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
      case NEXT -> anchor.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
      case THIS -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
      case BY_TENSE -> switch (tense) {
        case PAST -> anchor.with(TemporalAdjusters.previousOrSame(day));
        case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(day));
        default -> {
          LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
          LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
          yield distance(after, anchor) < distance(before, anchor) ? after : before;
        }
      };
    };
  }

  /**
   * A day of the weekend meant: the weekend of the anchor's week when the anchor is in it, else the
   * one before (past) or after (future); the nearest when the tense does not tell.
   */
  private static LocalDate weekend(TimeMeaning.Weekend w, LocalDate anchor, Tense tense) {
    LocalDate saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    boolean inIt = !anchor.isBefore(saturday);
    LocalDate before = inIt ? saturday : saturday.minusWeeks(1);
    return switch (w.direction()) {
      case LAST -> saturday.minusWeeks(1);
      case NEXT -> saturday.plusWeeks(1);
      case THIS -> saturday;
      case BY_TENSE -> switch (tense) {
        case PAST -> before;
        case FUTURE -> saturday;
        default -> inIt || distance(saturday, anchor) < distance(before.plusDays(1), anchor) ? saturday : before;
      };
    };
  }

  private static final String SEASONS = "SP SU FA WI";

  private static Resolution season(TimeMeaning.Season s, Optional<LocalDate> anchor, Tense tense) {
    if (s.year().isPresent()) {
      return Resolution.of(String.format(Locale.ROOT, "%04d-%s", s.year().get(), s.season()));
    }
    if (anchor.isEmpty()) {
      return Resolution.of("XXXX-" + s.season());
    }
    int target = SEASONS.indexOf(s.season()) / 3;
    int now = ordinal(anchor.get());
    int same = now - Math.floorMod(now, 4) + target; // this season in the anchor's season-year
    int before = same < now ? same : same - 4;
    int after = same > now ? same : same + 4;
    int chosen = switch (s.direction()) {
      case LAST -> before;
      case NEXT -> after;
      case THIS -> same;
      case BY_TENSE -> switch (tense) {
        case PAST -> same <= now ? same : same - 4;
        case FUTURE -> same >= now ? same : same + 4;
        default -> same;
      };
    };
    return Resolution.of(String.format(Locale.ROOT, "%04d-%s", Math.floorDiv(chosen, 4), s.season()));
  }

  /** Seasons counted from year 0: year × 4 + (SP 0, SU 1, FA 2, WI 3); winter y runs from December y. */
  private static int ordinal(LocalDate d) {
    int m = d.getMonthValue();
    if (m <= 2) {
      return (d.getYear() - 1) * 4 + 3;
    }
    return d.getYear() * 4 + (m == 12 ? 3 : (m - 3) / 3);
  }

  private static String withPart(String date, Optional<String> partOfDay) {
    return partOfDay.map(p -> date + "T" + p).orElse(date);
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }
}
