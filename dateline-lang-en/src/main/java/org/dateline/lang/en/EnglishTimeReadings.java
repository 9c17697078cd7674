package org.dateline.lang.en;

import static org.dateline.time.RuleSupport.duration;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.intGroup;
import static org.dateline.time.RuleSupport.partOfANumber;
import static org.dateline.time.RuleSupport.wholeNumber;
import static org.dateline.time.RuleSupport.words;
import static org.dateline.time.RuleSupport.wordsCaseSensitive;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.TimeExpression.Modifier;
import org.dateline.core.TimeExpression.Type;
import org.dateline.time.Rule;
import org.dateline.time.Rule.Meant;
import org.dateline.time.RuleGrammar;
import org.dateline.time.RuleSupport.DurationUnit;
import org.dateline.time.TimeGrammar;
import org.dateline.time.TimeMeaning;
import org.dateline.time.TimeMeaning.Calendar;
import org.dateline.time.TimeMeaning.Direction;

/**
 * How the English time rules read what they matched: month and weekday names, units, directions,
 * modifiers, durations, and the tests that keep numbers that are no times (years that count
 * something, ages) out. Pure functions over the rules' named groups.
 */
final class EnglishTimeReadings {

  /** Three-letter stems of the month names, in calendar order. */
  static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec");

  private EnglishTimeReadings() {}

  static Calendar date(Optional<Integer> year, int month, int day, Direction direction) {
    return new Calendar(year, false, Optional.of(month), Optional.of(day), Optional.empty(), Optional.empty(),
        Optional.empty(), direction);
  }

  static Optional<Integer> year(Matcher m) {
    Optional<String> spoken = group(m, "spoken");
    if (spoken.isPresent()) {
      return Optional.of(spokenYear(spoken.get()));
    }
    return group(m, "year").or(() -> group(m, "year2")).or(() -> group(m, "yy")).map(Integer::parseInt);
  }

  /** "nineteen ninety-four" → 1994, "two thousand one" → 2001. */
  static int spokenYear(String words) {
    String w = words.toLowerCase(Locale.ROOT).trim();
    if (w.startsWith("two thousand")) {
      return (int) EnglishNumberWords.parse(w).orElse(2000);
    }
    String[] parts = w.split("[\\s-]+", 2);
    int century = (int) EnglishNumberWords.parse(parts[0]).orElse(19);
    String rest = parts.length > 1 ? parts[1].replaceFirst("^hundred(\\s+and)?[\\s-]*", "") : "";
    return century * 100 + (rest.isEmpty() ? 0 : (int) EnglishNumberWords.parse(rest).orElse(0));
  }

  static int month(Matcher m) {
    return monthNumber(group(m, "month").orElseThrow());
  }

  /** "the 1988 quarter", "the 2024 season": a year naming a period of it, not 1988 quarters. */
  static boolean aYearBeforeASingularUnit(Matcher m) {
    return group(m, "num").filter(n -> n.matches("1\\d{3}|20\\d{2}")).isPresent()
        && !group(m, "unit").orElseThrow().toLowerCase(Locale.ROOT).endsWith("s");
  }

  private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");

  /** "today's youth", "today's world", "today's personal computers": the present age, not the day. */
  static final Pattern GENERIC_AFTER_TODAY = Pattern.compile("['’]s\\s+(?:\\p{Ll}+\\s+)?(?:world|youth|society|societies"
      + "|generation|children|kids|teenagers|young|families|economy|culture|computers|technology|standards|consumers"
      + "|workers|students|women|men|people|politics|media)\\b");

  /** "VOA Today", "USA Today": a capitalised name just before a capitalised "Today" inside a sentence. */
  static final Pattern TITLE_BEFORE = Pattern.compile("[\\p{L},;]\\s+\\p{Lu}[\\p{L}.]*\\p{L}\\s+$");

  /** "the March for Life", "the March of the Combatant Mothers", "the March on Washington": a procession, no month. */
  static final Pattern PROCESSION = Pattern.compile("\\s+(?:for|of|on|against)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}");

  private static final Pattern NOUN_AFTER = Pattern.compile(
      "\\s+(?!(?:later|earlier|ago|before|after|or|and|of|to|in|for|on|at|that|the|a|an)\\b)\\p{Ll}");

  /**
   * "a second time", "a second round": the ordinal, not one second; "60 Minutes": a title, not an hour.
   */
  static boolean anOrdinalOrATitle(CharSequence text, Matcher m) {
    String unit = group(m, "unit").orElseThrow();
    return unit.equalsIgnoreCase("second") && NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
        || Character.isUpperCase(unit.charAt(0)) && Character.isDigit(m.group("num").charAt(0));
  }

  /** Whether a capitalised word follows, as a surname follows a first name. */
  static boolean beforeAName(CharSequence text, int end) {
    return NAME_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  private static final Pattern OLD_OR_OF = Pattern.compile("\\s+(?:old\\b|of\\b)");

  /** "52 years old" is an age, "a quarter of the market" a fraction: neither is a duration. */
  static boolean anAgeOrAFraction(CharSequence text, Matcher m) {
    String unit = group(m, "unit").orElseThrow().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher after = OLD_OR_OF.matcher(text).region(m.end(), text.length());
    if (!after.lookingAt()) {
      return false;
    }
    return after.group().strip().equals("old") ? unit.startsWith("year") || unit.startsWith("month")
        : unit.equals("quarter") && group(m, "num").filter(n -> n.equalsIgnoreCase("a")).isPresent();
  }

  static int monthNumber(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    int i = MONTHS.indexOf(n.substring(0, Math.min(3, n.length())));
    if (i < 0) {
      throw new IllegalArgumentException("not an English month: " + name);
    }
    return i + 1;
  }

  static int day(Matcher m) {
    return Integer.parseInt(group(m, "day").orElseThrow());
  }

  static DayOfWeek weekday(Matcher m) {
    return DayOfWeek.valueOf(group(m, "wd").orElseThrow().toUpperCase(Locale.ROOT));
  }

  static Direction direction(Matcher m) {
    return group(m, "dir").map(d -> d.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "")).map(d -> switch (d) {
      case "last", "previous", "preceding" -> Direction.LAST;
      case "next" -> Direction.NEXT;
      default -> Direction.THIS;
    }).orElse(Direction.BY_TENSE);
  }

  static Optional<String> part(Matcher m) {
    return group(m, "part").map(p -> switch (p.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    });
  }

  static Modifier edge(Matcher m) {
    String e = group(m, "edge").orElseThrow().toLowerCase(Locale.ROOT);
    return e.startsWith("early") || e.contains("beginning") ? Modifier.START
        : e.startsWith("mid") || e.contains("middle") ? Modifier.MID : Modifier.END;
  }

  static Optional<Modifier> modifier(Matcher m) {
    return group(m, "mod").map(s -> s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).map(s -> switch (s) {
      case "more than", "over" -> Modifier.MORE_THAN;
      case "less than", "under" -> Modifier.LESS_THAN;
      case "at least" -> Modifier.EQUAL_OR_MORE;
      case "up to" -> Modifier.EQUAL_OR_LESS;
      default -> Modifier.APPROX;
    });
  }

  static int quarterNumber(Matcher m) {
    if (group(m, "qn").isPresent()) {
      return Integer.parseInt(m.group("qn"));
    }
    String n = group(m, "n").orElseThrow().toLowerCase(Locale.ROOT);
    return n.startsWith("f") && n.startsWith("fi") ? 1 : n.startsWith("1") ? 1 : n.startsWith("s") || n.startsWith("2") ? 2
        : n.startsWith("t") || n.startsWith("3") ? 3 : 4;
  }

  /** Years from the anchor's of "last year's", "the year-ago" (−1), "next year's" (+1) before a quarter. */
  static int yearsBack(Matcher m) {
    if (group(m, "ago").isPresent()) {
      return -1;
    }
    return group(m, "yrel").map(r -> r.toLowerCase(Locale.ROOT)).map(r -> r.equals("last") ? -1 : r.equals("next") ? 1 : 0)
        .orElse(0);
  }

  static TimeMeaning unitOffset(String unit, int amount) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("weekend")) {
      return new TimeMeaning.Offset(ChronoUnit.WEEKS, amount, Optional.of("WE"));
    }
    if (u.startsWith("quarter")) {
      return new TimeMeaning.Quarter(Optional.empty(), Optional.empty(), amount);
    }
    return new TimeMeaning.Offset(unitOf(u).orElseThrow(), amount, Optional.empty());
  }

  static Optional<ChronoUnit> unitOf(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(u.startsWith("year") ? ChronoUnit.YEARS : u.startsWith("month") ? ChronoUnit.MONTHS
        : u.startsWith("week") ? ChronoUnit.WEEKS : u.startsWith("day") ? ChronoUnit.DAYS
        : u.startsWith("decade") ? ChronoUnit.DECADES : u.startsWith("centur") ? ChronoUnit.CENTURIES : null);
  }

  static Optional<Long> number(Matcher m) {
    String n = group(m, "num").orElseThrow();
    if (Character.isDigit(n.charAt(0))) {
      return wholeNumber(n);
    }
    OptionalLong words = EnglishNumberWords.parse(n);
    return words.isPresent() ? Optional.of(words.getAsLong()) : Optional.empty();
  }

  static Optional<String> durationValue(String amount, String unit) {
    String n = amount;
    if (!amount.equals("X") && !amount.matches("\\d+(\\.\\d+)?")) {
      OptionalLong words = EnglishNumberWords.parse(amount);
      if (words.isEmpty()) {
        return Optional.empty();
      }
      n = Long.toString(words.getAsLong());
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("decade")) {
      // TimeBank counts decades in years: "four decades" is P40Y
      return Optional.of(n.equals("X") ? "PXY"
          : duration(new java.math.BigDecimal(n).movePointRight(1).stripTrailingZeros().toPlainString(), DurationUnit.YEAR));
    }
    DurationUnit d = u.startsWith("hour") ? DurationUnit.HOUR : u.startsWith("minute") ? DurationUnit.MINUTE
        : u.startsWith("second") ? DurationUnit.SECOND : u.startsWith("quarter") ? DurationUnit.QUARTER
        : u.startsWith("weekend") ? DurationUnit.WEEKEND : u.startsWith("day") ? DurationUnit.DAY
        : u.startsWith("decade") ? DurationUnit.DECADE : u.startsWith("centur") ? DurationUnit.CENTURY
        : u.startsWith("week") ? DurationUnit.WEEK : u.startsWith("month") ? DurationUnit.MONTH
        : u.startsWith("year") ? DurationUnit.YEAR : null;
    String count = n;
    return Optional.ofNullable(d).map(unitOfDuration -> duration(count, unitOfDuration));
  }

  /** The US holidays set on a weekday of a month. */
  static TimeMeaning weekdayHoliday(String name, Direction direction) {
    String h = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    return h.startsWith("thanksgiving") ? new TimeMeaning.NthWeekday(11, DayOfWeek.THURSDAY, 4, direction)
        : h.startsWith("memorial") ? new TimeMeaning.NthWeekday(5, DayOfWeek.MONDAY, -1, direction)
        : h.startsWith("labor") ? new TimeMeaning.NthWeekday(9, DayOfWeek.MONDAY, 1, direction)
        : h.startsWith("columbus") ? new TimeMeaning.NthWeekday(10, DayOfWeek.MONDAY, 2, direction)
        : h.startsWith("president") ? new TimeMeaning.NthWeekday(2, DayOfWeek.MONDAY, 3, direction)
        : h.startsWith("martin") ? new TimeMeaning.NthWeekday(1, DayOfWeek.MONDAY, 3, direction)
        : h.startsWith("mother") ? new TimeMeaning.NthWeekday(5, DayOfWeek.SUNDAY, 2, direction)
        : new TimeMeaning.NthWeekday(6, DayOfWeek.SUNDAY, 3, direction);
  }

  static int hour24(int hour, String ampm) {
    boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
    if (ampm.isEmpty()) {
      return hour;
    }
    return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
  }

  static TimeMeaning clock(int hour, int minute) {
    return new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(hour),
        Optional.of(minute), Optional.empty(), Direction.BY_TENSE);
  }

  /**
   * What a number counts when it is no year: "2000 people", "1500 troops". English puts a year before the
   * noun it dates ("the 1959 trade embargo", "the 1998 elections"), so only nouns that are counted refuse it.
   */
  private static final Pattern COUNTED_AFTER = Pattern.compile("[\\p{L}\\p{N}]|\\s++(?:people|persons|men|women"
      + "|children|troops|soldiers|police|officers|workers|employees|jobs|members|students|voters|votes|residents"
      + "|refugees|migrants|protesters|demonstrators|fans|visitors|tourists|cases|deaths|dead|casualties|homes|houses"
      + "|cars|vehicles|units|shares|tons|tonnes|barrels|miles|kilometers|kilometres|meters|metres|feet|acres|hectares"
      + "|dollars|euros|pounds|yen|yuan|rubles|points|copies|signatures|rockets|missiles|tanks|aircraft|planes|flights"
      + "|passengers|patients|beds|pages|words|calories|degrees|percent)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean countsNothing(CharSequence text, int end) {
    return !COUNTED_AFTER.matcher(text).region(end, text.length()).useTransparentBounds(true).lookingAt();
  }

  static boolean precededBy(CharSequence text, int start, String wordsRegex) {
    int from = Math.max(0, start - 20);
    return Pattern.compile("(?i)(?:^|\\W)(?:" + wordsRegex + ")\\s+$").matcher(text.subSequence(from, start)).find();
  }

  /** Whether the 400 characters before {@code at}, or the rest of its sentence, mention a word. */
  static boolean mentionedBefore(CharSequence text, int at, String word) {
    int end = at;
    while (end < text.length() && end - at < 300 && text.charAt(end) != '.' && text.charAt(end) != '\n') {
      end++;
    }
    return text.subSequence(Math.max(0, at - 400), end).toString().toLowerCase(Locale.ROOT).contains(word);
  }

  /** "future plans", "future growth": an adjective before a noun, not the future itself. */
  static boolean followedByNoun(CharSequence text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && i > end && Character.isLowerCase(text.charAt(i));
  }
}
