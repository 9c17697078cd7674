package org.dateline.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What a time expression says, before it is anchored on a date: "juin dernier" is a named month
 * looking back, "hier soir" a day offset with a part of day. {@link TimeResolver} turns a meaning
 * and an anchor date into a TIMEX3 value.
 */
public sealed interface TimeMeaning {

  /** Which occurrence of a named month, weekday, season or day-month is meant. */
  enum Direction {
    /** "juin dernier", "last June": the latest one strictly before the anchor's. */
    LAST,
    /** "juin prochain", "next June": the first one strictly after. */
    NEXT,
    /** "ce mardi", "this June": the one in the anchor's week, month or year. */
    THIS,
    /** a bare "mardi", "juin": decided by the sentence's tense, nearest when it has none. */
    BY_TENSE
  }

  /**
   * A calendar date or time given by its fields ("22 mars 2025", "mars 2026", "1975", "14h30").
   * Missing fields are absent. {@code twoDigitYear} marks "98", to be placed in a century by the
   * anchor. {@code direction} says how to choose a year when none is given.
   */
  record Calendar(Optional<Integer> year, boolean twoDigitYear, Optional<Integer> month,
      Optional<Integer> day, Optional<Integer> hour, Optional<Integer> minute, Optional<String> partOfDay,
      Direction direction) implements TimeMeaning {
    public Calendar {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(hour, "hour");
      Objects.requireNonNull(minute, "minute");
      Objects.requireNonNull(partOfDay, "partOfDay");
      Objects.requireNonNull(direction, "direction");
    }

    public static Calendar date(Integer year, Integer month, Integer day) {
      return new Calendar(Optional.ofNullable(year), false, Optional.ofNullable(month), Optional.ofNullable(day),
          Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE);
    }
  }

  /**
   * A date in a year counted from the anchor's: "June last year" (June, −1), "January this year",
   * "juin de l'année prochaine". The date gives its month and maybe day and time, not its year.
   */
  record InYear(Calendar date, int years) implements TimeMeaning {
    public InYear {
      Objects.requireNonNull(date, "date");
      if (date.year().isPresent()) {
        throw new IllegalArgumentException("a date with its own year: " + date);
      }
    }
  }

  /**
   * "hier", "la semaine prochaine", "il y a deux ans", "cette année": the anchor moved by units; a day
   * may carry its part ("NI") or a clock time ("15:30").
   */
  record Offset(ChronoUnit unit, int amount, Optional<String> partOfDay) implements TimeMeaning {
    public Offset {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(partOfDay, "partOfDay");
    }
  }

  /** "mardi", "mardi dernier", "dimanche soir", "9 a.m. Tuesday" (a part of day or a time). */
  record Weekday(DayOfWeek day, Direction direction, Optional<String> partOfDay, Optional<Integer> hour,
      Optional<Integer> minute) implements TimeMeaning {
    public Weekday {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(partOfDay, "partOfDay");
      Objects.requireNonNull(hour, "hour");
      Objects.requireNonNull(minute, "minute");
    }

    public Weekday(DayOfWeek day, Direction direction, Optional<String> partOfDay) {
      this(day, direction, partOfDay, Optional.empty(), Optional.empty());
    }
  }

  /**
   * "the weekend", "last weekend": which one is decided as for weekdays; a bare one in a past
   * sentence is the latest that has begun by the anchor.
   */
  record Weekend(Direction direction) implements TimeMeaning {
    public Weekend {
      Objects.requireNonNull(direction, "direction");
    }
  }

  /**
   * A weekday counted in a month, as holidays are set: "Thanksgiving" (the fourth Thursday of
   * November), "Memorial Day" (the last Monday of May: {@code nth} −1). The year is chosen as for a
   * day and month given without one.
   */
  record NthWeekday(int month, DayOfWeek day, int nth, Direction direction) implements TimeMeaning {
    public NthWeekday {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(direction, "direction");
      if (month < 1 || month > 12 || nth == 0 || nth < -1 || nth > 5) {
        throw new IllegalArgumentException("no weekday " + nth + " in month " + month);
      }
    }
  }

  /**
   * A feast set by Easter: "Pâques", "Easter" (0 days after it), "lundi de Pâques" (1), "Good Friday"
   * (−2), "l'Ascension" (39), "la Pentecôte" (49). The year is chosen as for a day and month given
   * without one.
   */
  record EasterDay(int daysAfterEaster, Direction direction) implements TimeMeaning {
    public EasterDay {
      Objects.requireNonNull(direction, "direction");
      if (Math.abs(daysAfterEaster) > 60) {
        throw new IllegalArgumentException("no feast " + daysAfterEaster + " days from Easter");
      }
    }
  }

  /** "l'automne dernier" (SP, SU, FA, WI), with or without a year. */
  record Season(String season, Optional<Integer> year, Direction direction) implements TimeMeaning {
    public Season {
      if (!season.matches("SP|SU|FA|WI")) {
        throw new IllegalArgumentException("not a TIMEX3 season: " + season);
      }
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(direction, "direction");
    }
  }

  /**
   * A quarter of a year: "the third quarter" (number 3, the latest third quarter not after the
   * anchor's), "the fourth quarter of 1989", or "the latest quarter" (no number: the anchor's
   * quarter moved by {@code offset}). A number without a year and a non-zero offset counts years in
   * quarters from the anchor's year ("next year's first quarter": 1, +4); a year without a number
   * takes the number of the anchor's quarter moved by {@code offset} ("the 1988 quarter" in a
   * report on the latest quarter: the same quarter of 1988).
   */
  record Quarter(Optional<Integer> number, Optional<Integer> year, int offset) implements TimeMeaning {
    public Quarter {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(year, "year");
      if (number.isPresent() && (number.get() < 1 || number.get() > 4)) {
        throw new IllegalArgumentException("no quarter " + number.get());
      }
    }
  }

  /**
   * A meaning anchored on the last date the text spoke of, not on the article's date: "that
   * year", "the following month", "that quarter" (when the text has named no date yet, the
   * article's date stands in).
   */
  record Referred(TimeMeaning meaning) implements TimeMeaning {
    public Referred {
      Objects.requireNonNull(meaning, "meaning");
      if (meaning instanceof Referred) {
        throw new IllegalArgumentException("a referred meaning inside another");
      }
    }
  }

  /** A value that needs no anchor: "P2Y", "PT30.4S", "196X", "PRESENT_REF", "XXXX-WXX-4". */
  record Fixed(String value) implements TimeMeaning {
    public Fixed {
      Objects.requireNonNull(value, "value");
    }
  }
}
