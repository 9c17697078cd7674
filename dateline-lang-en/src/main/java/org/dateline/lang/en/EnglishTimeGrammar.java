package org.dateline.lang.en;

import static org.dateline.lang.en.EnglishTimeReadings.*;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.intGroup;
import static org.dateline.time.RuleSupport.partOfANumber;
import static org.dateline.time.RuleSupport.words;
import static org.dateline.time.RuleSupport.wordsCaseSensitive;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.TimeExpression.Modifier;
import org.dateline.core.TimeExpression.Type;
import org.dateline.time.Rule;
import org.dateline.time.Rule.Meant;
import org.dateline.time.RuleGrammar;
import org.dateline.time.TimeGrammar;
import org.dateline.time.TimeMeaning;
import org.dateline.time.TimeMeaning.Calendar;
import org.dateline.time.TimeMeaning.Direction;

/**
 * English time expressions as news writes them: "March 22, 2025", "Aug. 7", "last Friday", "two
 * years ago", "earlier this month", "the third quarter", "the 1990s", "3 p.m.", "every week",
 * "02/08/2012 4:49 PM", "19-Nov-12". Each rule reads its match into a {@link TimeMeaning}; anchoring
 * is the resolver's job.
 */
public final class EnglishTimeGrammar {

  private EnglishTimeGrammar() {}

  static final String MONTH = "January|Jan\\.?|February|Feb\\.?|March|Mar\\.|April|Apr\\.?|May|June|Jun\\.?|July|Jul\\.?"
      + "|August|Aug\\.?|September|Sept\\.?|Sep\\.?|October|Oct\\.?|November|Nov\\.?|December|Dec\\.?";
  /** 3/22/2025, 3/22/25: month first, as in US news. */
  private static final String NUMERIC_DATE = "(?<month>1[0-2]|0?[1-9])/(?<day>[12]\\d|3[01]|0?[1-9])/(?:(?<year>\\d{4})|(?<yy>\\d{2}))";
  static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  static final String PART = "morning|afternoon|evening|night";
  static final String DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  /** A year in digits, or spoken as in broadcast transcripts: "nineteen ninety-four", "two thousand one". */
  static final String YEAR = "(?:(?<year>1\\d{3}|20\\d{2})|(?<spoken>(?:nineteen|eighteen)[\\s-]+(?:hundred(?:\\s+and)?[\\s-]+)?"
      + "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty"
      + "|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)|two\\s+thousand(?:\\s+and)?"
      + "(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?))";
  static final String NUM = "(?<num>\\d+(?:\\.\\d+)?|" + EnglishNumberWords.NUMBER + ")";
  static final String UNIT = "(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)"
      + "|quarters?|weekends?)";
  private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  /** "the year", "the full year", "the fiscal year", not "the year before", "the year-ago quarter", "the year 2000". */
  private static final String THE_YEAR = "the\\s+(?:(?:fiscal|full)\\s+)?year(?!-|\\s+(?:before|earlier|ago|after|later"
      + "|ahead|round|\\d|one|two|nineteen|eighteen))";
  /** A year in digits or spoken: broadcast transcripts write "nineteen ninety-six" in blocks without a digit. */
  private static final List<String> YEAR_TRIGGERS = java.util.stream.Stream.concat(Rule.DIGITS.stream(),
      java.util.stream.Stream.of("nineteen", "eighteen", "two thousand")).toList();
  private static final List<String> CLOCK_DAY_TRIGGERS = java.util.stream.Stream.concat(WEEKDAYS.stream(), MONTHS.stream())
      .toList();
  private static final List<String> UNITS = List.of("year", "month", "week", "day", "hour", "minute", "second",
      "decade", "centur", "quarter");

  public static TimeGrammar create() {
    List<Rule> all = new java.util.ArrayList<>(rules());
    all.addAll(EnglishTimeWords.rules());
    all.addAll(EnglishTimePhrases.rules());
    return new RuleGrammar("en", all, EnglishTense::of);
  }

  static List<Rule> rules() {
    return List.of(
        // March 22, 2025; Friday, Aug. 7, 1998
        // (a year of five digits or more is read, to be refused with a diagnostic, unless it counts something)
        new Rule("month-day-year", words("(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<month>" + MONTH + ")\\s+" + DAY + ",?\\s+"
            + "(?:" + YEAR + "|(?<year2>\\d{5,9}))"), Type.DATE,
            (m, t) -> group(m, "year2").isPresent() && !countsNothing(t, m.end()) ? Optional.empty()
                : Meant.of(date(year(m), month(m), day(m), Direction.BY_TENSE)), MONTHS),
        // 22 March 2025, the 5th of May 2024
        new Rule("day-month-year", words("(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(?<month>" + MONTH + "),?\\s+" + YEAR),
            Type.DATE, (m, t) -> Meant.of(date(year(m), month(m), day(m), Direction.BY_TENSE)), MONTHS),
        // Sept. 30, last March 12, Friday, March 12
        new Rule("month-day", wordsCaseSensitive("(?:(?<dir>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?:(?<wd>" + WEEKDAY + "),?\\s+)?"
            + "(?<month>" + MONTH + ")\\s+" + DAY + "(?![\\d,.]\\d)"), Type.DATE,
            (m, t) -> Meant.of(date(Optional.empty(), month(m), day(m), direction(m))), MONTHS),
        new Rule("day-month", wordsCaseSensitive("(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(?<month>" + MONTH + ")"), Type.DATE,
            (m, t) -> Meant.of(date(Optional.empty(), month(m), day(m), Direction.BY_TENSE)), MONTHS),
        // July 1997, March of 2024
        new Rule("month-year", wordsCaseSensitive("(?<month>" + MONTH + "),?\\s+(?:of\\s+)?" + YEAR), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), false, Optional.of(month(m)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Direction.BY_TENSE)), MONTHS),
        // June last year, January this year, March 5 next year
        new Rule("month-relative-year", wordsCaseSensitive("(?<month>" + MONTH + ")(?:\\s+" + DAY + ")?,?\\s+(?:of\\s+)?"
            + "(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+year"), Type.DATE,
            (m, t) -> {
              String rel = group(m, "rel").orElseThrow().toLowerCase(Locale.ROOT);
              return Meant.of(new TimeMeaning.InYear(new Calendar(Optional.empty(), false, Optional.of(month(m)),
                  intGroup(m, "day"), Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE),
                  rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0));
            }, MONTHS),
        // last April, next June, January; months are capitalised, which keeps out "may" and "march"
        new Rule("month", wordsCaseSensitive("(?:(?<dir>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<month>" + MONTH + ")"), Type.DATE,
            (m, t) -> t.charAt(m.start("month") + 1) == 'a' && m.group("month").equals("May")
                && m.start("month") > 0 && !precededBy(t, m.start("month"), "in|since|until|of|by|from|early|late|mid|last|next|this|through")
                || m.group("month").equals("Jan") && beforeAName(t, m.end()) // "Jan Kavan"
                || m.group("month").equals("March") && PROCESSION.matcher(t).region(m.end(), t.length()).lookingAt()
                    && !precededBy(t, m.start(), "in|since|until|by|from|early|late|mid|through|before|after|during")
                ? Optional.empty()
                : Meant.of(new Calendar(Optional.empty(), false, Optional.of(month(m)), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), group(m, "dir").isEmpty() && precededBy(t, m.start(), "since")
                    ? Direction.LAST : direction(m))), MONTHS), // "since March" looks back
        // 02/08/2012 4:49 PM (a time of that day), 3/22/2025, 3/22/25 (month first, as in US news)
        new Rule("numeric-date-clock", words(NUMERIC_DATE + "\\s+(?<hour>1[0-2]|0?[1-9]):(?<minute>[0-5]\\d)\\s*(?<ampm>[AaPp]\\.[Mm]\\.|[AaPp][Mm])"),
            Type.TIME, (m, t) -> Meant.of(new Calendar(year(m), group(m, "yy").isPresent(), intGroup(m, "month"),
                intGroup(m, "day"), group(m, "hour").map(h -> hour24(Integer.parseInt(h), group(m, "ampm").orElseThrow())),
                intGroup(m, "minute"), Optional.empty(), Direction.BY_TENSE)), List.of("/")),
        new Rule("numeric-date", words(NUMERIC_DATE), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), group(m, "yy").isPresent(), intGroup(m, "month"), intGroup(m, "day"),
                Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE)), List.of("/")),
        // 19-Nov-12, 19-Nov-2012
        new Rule("day-mon-yy", words("(?<day>[12]\\d|3[01]|0?[1-9])-(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-"
            + "(?:(?<year>\\d{4})|(?<yy>\\d{2}))"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), group(m, "yy").isPresent(), Optional.of(month(m)),
                Optional.of(Integer.parseInt(m.group("day"))), Optional.empty(), Optional.empty(), Optional.empty(),
                Direction.BY_TENSE)), List.of("-")),
        new Rule("iso-date", words("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"), Type.DATE,
            (m, t) -> Meant.of(Calendar.date(intGroup(m, "year").orElseThrow(), intGroup(m, "month").orElseThrow(),
                intGroup(m, "day").orElseThrow())), List.of("-")),
        // early 1990, late November, mid-March, the end of the year, early next year
        new Rule("edge", words("(?<edge>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of|end\\s+of"
            + "|beginning\\s+of)(?:-|\\s+)(?:(?<month>" + MONTH + ")(?:,?\\s+" + YEAR + ")?|" + "(?<year2>1\\d{3}|20\\d{2})"
            + "|(?:the\\s+)?(?<rel>this|last|next|the)\\s+(?<unit>year|month|week|quarter))"), Type.DATE,
            (m, t) -> {
              Optional<Modifier> mod = Optional.of(edge(m));
              if (group(m, "unit").isPresent()) {
                String rel = group(m, "rel").orElseThrow().toLowerCase(Locale.ROOT);
                int offset = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
                return Meant.of(unitOffset(group(m, "unit").orElseThrow(), offset), mod);
              }
              return Meant.of(new Calendar(year(m), false, group(m, "month").map(EnglishTimeReadings::monthNumber),
                  Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE), mod);
            }, List.of("early", "mid", "late", "end", "beginning", "middle")),
        // the 1990s, the '90s, the mid-1980s; "in his 30s" is an age
        new Rule("decade", words("(?:the\\s+)?(?:(?<edge>early|mid|late)[\\s-]+)?'?(?<decade>(?:19|20)?\\d0)'?s"), Type.DATE,
            (m, t) -> {
              if (precededBy(t, m.start(), "his|her|their|my|your|our")) {
                return Optional.empty();
              }
              String d = group(m, "decade").orElseThrow();
              String decade = d.length() == 2 ? "19" + d.charAt(0) : d.substring(0, 3);
              // TIMEX3 writes a decade with its three digits, the 1990s "199" ("199X" is the older TIMEX2 form)
              return Meant.of(new TimeMeaning.Fixed(decade), group(m, "edge").map(e -> edge(m)));
            }, Rule.DIGITS),
        // the nineties, the late sixties (after "the": "in his sixties" is an age)
        new Rule("decade-word", words("the\\s+(?:(?<edge>early|mid|late)[\\s-]+)?(?:nineteen[\\s-]+)?(?<w>twenties|thirties"
            + "|forties|fifties|sixties|seventies|eighties|nineties)"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Fixed("19" + (2 + List.of("twenties", "thirties", "forties", "fifties", "sixties",
                "seventies", "eighties", "nineties").indexOf(m.group("w").toLowerCase(Locale.ROOT)))),
                group(m, "edge").map(e -> edge(m))), List.of("ties")),
        new Rule("century", words("(?:the\\s+)?(?:(?<edge>early|mid|late)[\\s-]+)?(?<c>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century"),
            // TIMEX3 writes a century with its two digits: the 20th century is "19"
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed(String.format(Locale.ROOT, "%02d",
                Integer.parseInt(m.group("c")) - 1)), group(m, "edge").map(e -> edge(m))), List.of("century")),
        // the third quarter, third-quarter, the fourth quarter of 1989, the 1988 second quarter, Q3 2024
        // last year's third quarter, the year-ago third quarter, next year's first quarter
        new Rule("quarter", words("(?:(?<yrel>last|next|this)\\s+year's\\s+)?(?:the\\s+)?(?:(?<lead>1\\d{3}|20\\d{2})\\s+"
            + "|(?<ago>year-ago|year-earlier)\\s+)?(?:(?<n>first|second|third|fourth|1st|2nd"
            + "|3rd|4th)[\\s-]+quarter|Q(?<qn>[1-4]))(?:,?\\s+(?:of\\s+)?(?:fiscal\\s+)?" + YEAR + ")?"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Quarter(Optional.of(quarterNumber(m)),
                intGroup(m, "lead").or(() -> year(m)), yearsBack(m) * 4)),
            List.of("quarter", "q")),
        // the latest quarter, the year-ago period, last year's quarter, the quarter a year ago: in quarterly
        // reports "period" is the quarter reported on
        new Rule("relative-quarter", words("(?<lyr>last\\s+year's\\s+)?(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?"
            + "(?<which>latest|last|previous|current|this|same|year-ago|year-earlier|next|coming)?\\s*(?<u>quarter|period)"
            + "(?<ly>\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)))?"), Type.DATE,
            (m, t) -> {
              String which = group(m, "which").orElse("").toLowerCase(Locale.ROOT);
              boolean yearBefore = group(m, "lyr").isPresent() || group(m, "ly").isPresent();
              int offset = yearBefore ? -5 : switch (which) {
                case "current", "this" -> 0;
                case "next", "coming" -> 1;
                case "year-ago", "year-earlier" -> -5;
                default -> -1;
              };
              boolean period = group(m, "u").orElseThrow().equalsIgnoreCase("period");
              if (period ? which.isEmpty() && !yearBefore || which.equals("last") || which.equals("this")
                  : which.isEmpty() && !yearBefore && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
                return Optional.empty();
              }
              return Meant.of(new TimeMeaning.Quarter(Optional.empty(), Optional.empty(), offset));
            }, List.of("quarter", "period")),
        // the 1988 quarter, the 1989 period: that year's quarter of the one reported on
        new Rule("year-quarter", words("the\\s+(?<lead>1\\d{3}|20\\d{2})\\s+(?:quarter|period)"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Quarter(Optional.empty(), intGroup(m, "lead"), -1)), List.of("quarter", "period")),
        // fiscal 1989, in 1990, since 1975: a year is a four-digit number that counts nothing
        new Rule("year", words("(?:(?:the\\s+)?year\\s+)?(?:fiscal\\s+|FY\\s*)?" + YEAR), Type.DATE,
            (m, t) -> countsNothing(t, m.end()) && !partOfANumber(t, m.start(), m.end())
                ? Meant.of(new Calendar(year(m), false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Direction.BY_TENSE))
                : Optional.empty(), YEAR_TRIGGERS),
        // for the year, the full year, the fiscal year: the anchor's; "the year ended March 31" is twelve months
        new Rule("the-year-ended", words("(?<t>" + THE_YEAR + ")\\s+(?:ended|ending)"), Type.DURATION,
            (m, t) -> Meant.of(new TimeMeaning.Fixed("P1Y")), List.of("year")),
        new Rule("the-year", words(THE_YEAR), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Offset(ChronoUnit.YEARS, 0, Optional.empty())), List.of("year")),
        // "the year-ago results": the same period a year before, in a quarterly report its quarter
        new Rule("year-ago-adjective", words("year-(?:ago|earlier)"), Type.DATE,
            (m, t) -> Meant.of(mentionedBefore(t, m.start(), "quarter")
                ? new TimeMeaning.Quarter(Optional.empty(), Optional.empty(), -5)
                : new TimeMeaning.Offset(ChronoUnit.YEARS, -1, Optional.empty())), List.of("year-")),
        // yesterday, today, tomorrow, tonight, yesterday morning, the day before yesterday
        new Rule("relative-day", words("(?<rel>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday"
            + "|today|tomorrow|tonight)(?:\\s+(?<part>" + PART + "))?"), Type.DATE,
            (m, t) -> {
              String rel = group(m, "rel").orElseThrow().toLowerCase(Locale.ROOT);
              if (rel.equals("today") && GENERIC_AFTER_TODAY.matcher(t).region(m.end(), t.length()).lookingAt()
                  || rel.equals("tomorrow") && precededBy(t, m.start(), "of")
                  || m.group().equals("Today") && TITLE_BEFORE.matcher(t.subSequence(Math.max(0, m.start() - 30), m.start()))
                      .find()) {
                return Optional.empty(); // "today's youth", "the people of tomorrow", "VOA Today": these days, some day, a title
              }
              int offset = rel.contains("before") ? -2 : rel.contains("after") ? 2 : rel.startsWith("yesterday") ? -1
                  : rel.startsWith("tomorrow") ? 1 : 0;
              Optional<String> part = rel.equals("tonight") ? Optional.of("NI") : part(m);
              return Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, offset, part));
            }, List.of("yesterday", "today", "tomorrow", "tonight")),
        new Rule("this-part-of-day", words("(?<rel>this|last)\\s+(?<part>" + PART + ")"), Type.TIME,
            (m, t) -> Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS,
                group(m, "rel").orElseThrow().equalsIgnoreCase("last") ? -1 : 0, part(m))), List.of("this", "last")),
        // 9 a.m. Tuesday, 4 a.m. EDT Thursday, 3 p.m. on March 22, 2025, Tuesday at 10:30 p.m.
        new Rule("clock-weekday", wordsCaseSensitive("(?:(?:(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\."
            + "|[AP]M|[ap]m)|(?<nm>[Nn]oon|[Mm]idnight))(?:\\s+[A-Z]{3})?,?\\s+(?:on\\s+)?(?:(?<wd>" + WEEKDAY + ")|(?<month>"
            + MONTH + ")\\s+" + DAY + "(?![\\d,.]\\d)(?:,?\\s+" + YEAR + ")?)|(?<wd2>" + WEEKDAY + "),?\\s+(?:at\\s+)?"
            + "(?<hour2>1[0-2]|0?[1-9])(?::(?<minute2>[0-5]\\d))?\\s*(?<ampm2>[ap]\\.m\\.|[AP]M|[ap]m))"), Type.TIME,
            (m, t) -> {
              int hour = group(m, "nm").map(n -> n.equalsIgnoreCase("noon") ? 12 : 24).orElseGet(() -> hour24(
                  Integer.parseInt(group(m, "hour").or(() -> group(m, "hour2")).orElseThrow()),
                  group(m, "ampm").or(() -> group(m, "ampm2")).orElseThrow()));
              Optional<Integer> minute = intGroup(m, "minute").or(() -> intGroup(m, "minute2")).or(() -> Optional.of(0));
              if (group(m, "month").isPresent()) {
                return Meant.of(new Calendar(year(m), false, Optional.of(month(m)), Optional.of(day(m)),
                    Optional.of(hour), minute, Optional.empty(), Direction.BY_TENSE));
              }
              String wd = group(m, "wd").or(() -> group(m, "wd2")).orElseThrow();
              return Meant.of(new TimeMeaning.Weekday(DayOfWeek.valueOf(wd.toUpperCase(Locale.ROOT)), Direction.BY_TENSE,
                  Optional.empty(), Optional.of(hour), minute));
            }, CLOCK_DAY_TRIGGERS),
        // Friday, last Friday, next Tuesday, the previous Friday; "Friday evening" keeps its part of the day (…TEV), as
        // the TIMEX3 guidelines write it, while TimeBank dates a night, a morning or an afternoon to the day more often
        new Rule("weekday", wordsCaseSensitive("(?:(?<dir>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\\s+previous|[Tt]he\\s+preceding)\\s+)?"
            + "(?<wd>" + WEEKDAY + ")"
            + "(?:\\s+(?<part>" + PART + "))?"), Type.DATE,
            (m, t) -> {
              TimeMeaning.Weekday day = new TimeMeaning.Weekday(weekday(m), group(m, "dir")
                  .map(d -> d.equalsIgnoreCase("this") ? Direction.THIS : direction(m)).orElse(Direction.BY_TENSE),
                  part(m).filter(p -> p.equals("EV")));
              // "down 4.5% from the previous Friday": the one before the date the text speaks of
              return Meant.of(group(m, "dir").filter(d -> d.toLowerCase(Locale.ROOT).startsWith("the")).isPresent()
                  ? new TimeMeaning.Referred(day) : day);
            },
            WEEKDAYS),
        // last fall, this summer, the winter of 1998; a bare "fall" or "spring" is a verb or a noun
        new Rule("season", words("(?:(?<dir>last|next|this(?:\\s+past|\\s+coming)?)\\s+|(?<the>the|in|during)\\s+)?"
            + "(?:(?<edge>early|late|mid)[\\s-]+)?(?<season>spring|summer|fall|autumn"
            + "|winter)(?:\\s+(?:of\\s+)?" + YEAR + ")?"), Type.DATE,
            (m, t) -> {
              String s = group(m, "season").orElseThrow().toLowerCase(Locale.ROOT);
              if (group(m, "dir").isEmpty() && group(m, "the").isEmpty() && group(m, "year").isEmpty()) {
                return Optional.empty();
              }
              String code = s.startsWith("sp") ? "SP" : s.startsWith("su") ? "SU" : s.startsWith("w") ? "WI" : "FA";
              String dir = group(m, "dir").orElse("").toLowerCase(Locale.ROOT);
              Direction d = dir.isEmpty() ? Direction.BY_TENSE : dir.endsWith("past") ? Direction.LAST
                  : dir.endsWith("coming") ? Direction.NEXT : dir.equals("this") ? Direction.THIS : direction(m);
              return Meant.of(new TimeMeaning.Season(code, year(m), d), group(m, "edge").map(e -> edge(m)));
            }, List.of("spring", "summer", "fall", "autumn", "winter")),
        // last week, next month, this year, earlier this month, later this year, the weekend
        new Rule("unit-relative", words("(?:(?<when>earlier|later)\\s+)?(?<rel>last|next|this|the|the\\s+current|the\\s+coming)"
            + "\\s+(?<unit>week|month|year|decade|century|weekend)"), Type.DATE,
            (m, t) -> {
              String rel = group(m, "rel").orElseThrow().toLowerCase(Locale.ROOT);
              String unit = group(m, "unit").orElseThrow().toLowerCase(Locale.ROOT);
              if (Character.isUpperCase(group(m, "unit").orElseThrow().charAt(0))) {
                return Optional.empty(); // a title: ABC's "This Week"
              }
              if (rel.equals("the")) {
                // "the year" has its own rule; "the week", "the month" are as often durations as dates
                return unit.equals("weekend") ? Meant.of(new TimeMeaning.Weekend(Direction.BY_TENSE)) : Optional.empty();
              }
              int offset = rel.equals("last") ? -1 : rel.equals("next") || rel.contains("coming") ? 1 : 0;
              return Meant.of(unitOffset(unit, offset));
            }, List.of("last", "next", "this", "week", "current", "coming")),
        // that year, later that year, the following month, that quarter: the last date the text named
        new Rule("referred", words("(?:(?:earlier|later)\\s+)?(?<rel>that|the\\s+following|the\\s+previous|the\\s+prior)\\s+"
            + "(?<unit>year|month|quarter)"), Type.DATE,
            (m, t) -> {
              String rel = group(m, "rel").orElseThrow().toLowerCase(Locale.ROOT);
              int offset = rel.endsWith("following") ? 1 : rel.equals("that") ? 0 : -1;
              return Meant.of(new TimeMeaning.Referred(unitOffset(group(m, "unit").orElseThrow(), offset)));
            }, List.of("that", "following", "previous", "prior")),
        // two years ago, a week earlier, 10 years from now; "three days later" is the duration "three days" and the
        // signal "later", as TimeBank marks it
        new Rule("ago", words("(?<num>\\d+|" + EnglishNumberWords.NUMBER + ")\\s+" + UNIT + "\\s+(?<dir>ago|earlier|before"
            + "|from\\s+now|hence)"), Type.DATE,
            (m, t) -> number(m).flatMap(n -> {
              String dir = group(m, "dir").orElseThrow().toLowerCase(Locale.ROOT);
              int sign = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") ? -1 : 1;
              if (sign < 0 && n == 1 && group(m, "unit").orElseThrow().toLowerCase(Locale.ROOT).startsWith("year")
                  && mentionedBefore(t, m.start(), "quarter")) {
                // quarterly results: "up from a year ago" is the year-ago quarter of the latest one
                return Optional.of(new Meant(new TimeMeaning.Quarter(Optional.empty(), Optional.empty(), -5), Optional.empty()));
              }
              return unitOf(group(m, "unit").orElseThrow()).map(u -> new Meant(
                  new TimeMeaning.Offset(u, sign * n.intValue(), Optional.empty()), Optional.empty()));
            }), List.of("ago", "earlier", "before", "from now", "hence")),
        // "will one day be", "hopes to one day lead": some day ahead, not a day long (before "duration", to win the tie)
        new Rule("one-day-ahead", words("(?:will|would|could|might|may|can|shall|to)\\s+(?<t>one\\s+day)(?!\\s+(?:of|in|to|and))"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed("FUTURE_REF")), List.of("one day")),
        // more than two hours, the first nine months, the past two months, a two-year contract, 30 seconds
        new Rule("duration", words("(?:(?:for|during|over|in|within)\\s+)?(?<t>(?:(?<mod>more\\s+than|less\\s+than|about|around"
            + "|nearly|almost|at\\s+least|up\\s+to|some|roughly|approximately|over|under)\\s+)?(?:the\\s+(?:first|past|last"
            + "|next|previous|coming|following|latest)\\s+|the\\s+)?" + NUM + "\\s+" + UNIT + ")"), Type.DURATION,
            (m, t) -> number(m).filter(n -> n == 1 || !group(m, "unit").orElseThrow().equalsIgnoreCase("second"))
                .filter(n -> !aYearBeforeASingularUnit(m) && !anAgeOrAFraction(t, m) && !anOrdinalOrATitle(t, m))
                .flatMap(n -> durationValue(group(m, "num").orElseThrow(), group(m, "unit").orElseThrow()))
                .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v), modifier(m))), UNITS),
        new Rule("vague-duration", words("(?:several|a\\s+few|few|many|some|recent)\\s+(?<unit>days|weeks|months|years"
            + "|decades|hours|minutes)"), Type.DURATION,
            (m, t) -> m.group().toLowerCase(Locale.ROOT).startsWith("recent")
                ? Meant.of(new TimeMeaning.Fixed("PAST_REF"))
                : durationValue("X", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("several", "few", "many", "some", "recent")),
        // for years, over the past months, in recent weeks: an unknown number of units
        new Rule("bare-plural-duration", words("(?:for|in|over|within|the\\s+past|the\\s+last|recent)\\s+(?<t>(?<unit>years"
            + "|months|weeks|days|decades|centuries|hours))"), Type.DURATION,
            (m, t) -> durationValue("X", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("years", "months", "weeks", "days", "decades", "centuries", "hours")),
        // a two-year boom, a 16-hour flight, the 14-day waiting period; not an age ("a 6-year-old boy")
        new Rule("unit-adjective", words("(?<num>\\d+|" + EnglishNumberWords.NUMBER + ")-(?<unit>year|month|week|day|hour|minute)"
            + "(?!-old)"), Type.DURATION,
            (m, t) -> number(m).filter(n -> n > 0)
                .flatMap(n -> durationValue(Long.toString(n), group(m, "unit").orElseThrow()))
                .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("-year", "-month", "-week", "-day", "-hour", "-minute")),
        // the past year, the past decade: a duration reaching back to now, not "the past"
        new Rule("the-past-unit", words("(?:the\\s+)?past\\s+(?<unit>year|decade|century|month|week)"), Type.DURATION,
            (m, t) -> durationValue("1", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("past")),
        new Rule("half-hour", words("(?:half\\s+an\\s+hour|a\\s+half-hour|half\\s+a\\s+century|half\\s+a\\s+day)"),
            Type.DURATION, (m, t) -> {
              String s = m.group().toLowerCase(Locale.ROOT);
              return Meant.of(new TimeMeaning.Fixed(s.contains("century") ? "P50Y" : s.contains("day") ? "PT12H" : "PT30M"));
            }, List.of("half")),
        // every week, each year, every Monday, daily, annually, a year (per year)
        new Rule("each", words("(?:every|each|per)\\s+(?<unit>day|week|month|year|hour|minute|quarter|morning|night"
            + "|evening|weekend)"), Type.SET,
            (m, t) -> {
              String u = group(m, "unit").orElseThrow().toLowerCase(Locale.ROOT);
              if (u.equals("morning") || u.equals("night") || u.equals("evening")) {
                return Meant.of(new TimeMeaning.Fixed("XXXX-XX-XXT" + (u.equals("morning") ? "MO" : u.equals("night") ? "NI"
                    : "EV")));
              }
              return durationValue("1", u).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v)));
            }, List.of("every", "each", "per")),
        new Rule("each-weekday", words("(?:every|each)\\s+(?<wd>" + WEEKDAY + ")|(?<wd2>" + WEEKDAY + ")s"), Type.SET,
            (m, t) -> Meant.of(new TimeMeaning.Fixed("XXXX-WXX-" + DayOfWeek.valueOf(group(m, "wd").or(() -> group(m, "wd2"))
                .orElseThrow().toUpperCase(Locale.ROOT)).getValue())), WEEKDAYS),
        // "annual", "quarterly" describe reports and dividends far more often than they give a frequency
        new Rule("frequency-adverb", words("(?<adv>daily|weekly|monthly|annually|yearly|hourly)"), Type.SET,
            (m, t) -> {
              String a = group(m, "adv").orElseThrow().toLowerCase(Locale.ROOT);
              String v = a.startsWith("daily") ? "P1D" : a.startsWith("week") ? "P1W" : a.startsWith("month") ? "P1M"
                  : a.startsWith("hour") ? "PT1H" : a.startsWith("quarter") ? "P3M" : "P1Y";
              return Meant.of(new TimeMeaning.Fixed(v));
            }, List.of("daily", "weekly", "monthly", "annual", "yearly", "hourly")));
  }
}
