package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TimeResolverTest {

  private final TimeResolver resolver = new TimeResolver();

  private String resolve(TimeMeaning meaning, LocalDate anchor, Tense tense) {
    return resolver.resolve(meaning, Optional.of(anchor), tense).value().orElse("-");
  }

  @Test
  void countsWinterFromDecember() {
    TimeMeaning lastWinter = new TimeMeaning.Season("WI", Optional.empty(), TimeMeaning.Direction.LAST);
    assertThat(resolve(lastWinter, LocalDate.of(2025, 3, 22), Tense.UNKNOWN)).isEqualTo("2024-WI");
    assertThat(resolve(lastWinter, LocalDate.of(2025, 1, 15), Tense.UNKNOWN)).isEqualTo("2023-WI");
    TimeMeaning thisWinter = new TimeMeaning.Season("WI", Optional.empty(), TimeMeaning.Direction.THIS);
    assertThat(resolve(thisWinter, LocalDate.of(2025, 1, 15), Tense.UNKNOWN)).isEqualTo("2024-WI");
  }

  @Test
  void writesIsoWeeksAcrossTheYear() {
    TimeMeaning thisWeek = new TimeMeaning.Offset(ChronoUnit.WEEKS, 0, Optional.empty());
    assertThat(resolve(thisWeek, LocalDate.of(2024, 12, 30), Tense.UNKNOWN)).isEqualTo("2025-W01");
    assertThat(resolve(thisWeek, LocalDate.of(2021, 1, 3), Tense.UNKNOWN)).isEqualTo("2020-W53");
  }

  @Test
  void placesTwoDigitYearsInTheNearestCentury() {
    TimeMeaning oct98 = new TimeMeaning.Calendar(Optional.of(98), true, Optional.of(10), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), TimeMeaning.Direction.BY_TENSE);
    assertThat(resolve(oct98, LocalDate.of(1999, 5, 20), Tense.UNKNOWN)).isEqualTo("1998-10");
    TimeMeaning oct12 = new TimeMeaning.Calendar(Optional.of(12), true, Optional.of(10), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), TimeMeaning.Direction.BY_TENSE);
    assertThat(resolve(oct12, LocalDate.of(2025, 3, 22), Tense.UNKNOWN)).isEqualTo("2012-10");
  }

  @Test
  void writesUnknownYearsAsXWithoutAnAnchor() {
    TimeMeaning july15 = TimeMeaning.Calendar.date(null, 7, 15);
    assertThat(resolver.resolve(july15, Optional.empty(), Tense.UNKNOWN).value()).contains("XXXX-07-15");
    TimeMeaning weekday = new TimeMeaning.Weekday(DayOfWeek.MONDAY, TimeMeaning.Direction.LAST, Optional.empty());
    assertThat(resolver.resolve(weekday, Optional.empty(), Tense.PAST).value()).isEmpty();
  }

  @Test
  void placesAQuarterByItsYearOrByYearsFromTheAnchor() {
    LocalDate nov89 = LocalDate.of(1989, 11, 2);
    TimeMeaning the1988Quarter = new TimeMeaning.Quarter(Optional.empty(), Optional.of(1988), -1);
    assertThat(resolve(the1988Quarter, nov89, Tense.PAST)).isEqualTo("1988-Q3");
    TimeMeaning lastYearsFirst = new TimeMeaning.Quarter(Optional.of(1), Optional.empty(), -4);
    assertThat(resolve(lastYearsFirst, nov89, Tense.PAST)).isEqualTo("1988-Q1");
  }

  @Test
  void countsAWeekdayInItsMonth() {
    TimeMeaning lastMondayOfMay = new TimeMeaning.NthWeekday(5, DayOfWeek.MONDAY, -1, TimeMeaning.Direction.NEXT);
    assertThat(resolve(lastMondayOfMay, LocalDate.of(2025, 3, 22), Tense.UNKNOWN)).isEqualTo("2025-05-26");
    TimeMeaning fifthFridayOfFebruary = new TimeMeaning.NthWeekday(2, DayOfWeek.FRIDAY, 5, TimeMeaning.Direction.BY_TENSE);
    assertThat(resolver.resolve(fifthFridayOfFebruary, Optional.of(LocalDate.of(2025, 3, 22)), Tense.UNKNOWN).problem())
        .isPresent();
  }

  @Property
  void aPastWeekendHasBegunByTheAnchor(@ForAll @IntRange(min = 0, max = 20000) int day) {
    LocalDate anchor = LocalDate.of(1990, 1, 1).plusDays(day);
    String value = resolve(new TimeMeaning.Weekend(TimeMeaning.Direction.BY_TENSE), anchor, Tense.PAST);
    LocalDate saturday = LocalDate.parse(value.substring(0, 8) + "-6",
        new java.time.format.DateTimeFormatterBuilder().appendPattern("YYYY-'W'ww-e")
            .toFormatter(java.util.Locale.FRANCE));
    assertThat(ChronoUnit.DAYS.between(saturday, anchor)).isBetween(0L, 7L);
  }

  @Property
  void anOffsetOfAnySizeGivesAFourDigitYearOrNoValueWithAReason(@ForAll int amount,
      @ForAll @IntRange(min = 0, max = 5) int unit) {
    ChronoUnit u = List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS, ChronoUnit.DECADES,
        ChronoUnit.CENTURIES).get(unit);
    TimeResolver.Resolution r = resolver.resolve(new TimeMeaning.Offset(u, amount, Optional.empty()),
        Optional.of(LocalDate.of(2025, 3, 22)), Tense.UNKNOWN);
    if (r.value().isPresent()) {
      assertThat(r.value().get()).matches("\\d{2,4}(?!\\d).*");
    } else {
      assertThat(r.problem()).isPresent();
    }
  }

  @Property
  void aLastWeekdayIsWithinTheWeekBefore(@ForAll @IntRange(min = 0, max = 20000) int day, @ForAll @IntRange(min = 1, max = 7) int wd) {
    LocalDate anchor = LocalDate.of(1990, 1, 1).plusDays(day);
    TimeMeaning last = new TimeMeaning.Weekday(DayOfWeek.of(wd), TimeMeaning.Direction.LAST, Optional.empty());
    LocalDate value = LocalDate.parse(resolve(last, anchor, Tense.UNKNOWN));
    assertThat(value.getDayOfWeek()).isEqualTo(DayOfWeek.of(wd));
    assertThat(ChronoUnit.DAYS.between(value, anchor)).isBetween(1L, 7L);
  }

  @Property
  void aDayWithoutYearIsWithinAYearOfTheAnchor(@ForAll @IntRange(min = 0, max = 20000) int day,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int dom) {
    LocalDate anchor = LocalDate.of(1990, 1, 1).plusDays(day);
    for (Tense tense : Tense.values()) {
      LocalDate value = LocalDate.parse(resolve(TimeMeaning.Calendar.date(null, month, dom), anchor, tense));
      assertThat(Math.abs(ChronoUnit.DAYS.between(value, anchor))).isLessThanOrEqualTo(366L);
    }
  }

  @Test
  void findsEasterByTheComputus() {
    assertThat(TimeResolver.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(TimeResolver.easter(2003)).isEqualTo(LocalDate.of(2003, 4, 20));
    assertThat(TimeResolver.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(TimeResolver.easter(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
    assertThat(TimeResolver.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }
}
