package org.dateline.lang.en;

import static org.dateline.lang.en.EnglishTimeReadings.clock;
import static org.dateline.lang.en.EnglishTimeReadings.durationValue;
import static org.dateline.lang.en.EnglishTimeReadings.modifier;
import static org.dateline.lang.en.EnglishTimeReadings.number;
import static org.dateline.lang.en.EnglishTimeReadings.month;
import static org.dateline.lang.en.EnglishTimeReadings.part;
import static org.dateline.lang.en.EnglishTimeReadings.unitOf;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.withHalf;
import static org.dateline.time.RuleSupport.words;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dateline.core.TimeExpression.Modifier;
import org.dateline.core.TimeExpression.Type;
import org.dateline.time.Rule;
import org.dateline.time.RuleSupport;
import org.dateline.time.Rule.Meant;
import org.dateline.time.TimeMeaning;
import org.dateline.time.TimeMeaning.Calendar;
import org.dateline.time.TimeMeaning.Direction;

/**
 * English phrases of several words that narrative news uses beside calendar dates: "4 in the
 * morning", "mid-afternoon yesterday", "the next morning", "earlier that day", "five and a half
 * hours", "two more weeks", "the weeks ahead", "the first half of 1990", "by year's end". Rules for
 * {@link EnglishTimeGrammar}, after its own: they lose ties to them.
 */
final class EnglishTimePhrases {

  private EnglishTimePhrases() {}

  private static final String SMALL = "(?<hour>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  private static final String NUM = "(?<num>\\d+|" + EnglishNumberWords.NUMBER + ")";
  private static final String UNITS = "(?<unit>years?|months?|weeks?|days?|hours?|minutes?)";
  private static final List<String> HOURS = List.of("morning", "afternoon", "evening", "night", "o'clock", "o’clock");

  static List<Rule> rules() {
    return List.of(
        // 4 in the morning, ten o'clock at night, 2 o'clock
        new Rule("hour-of-part", words(SMALL + "(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(?<part>morning|afternoon|evening)"
            + "|at\\s+(?<night>night))|" + SMALL.replace("<hour>", "<hour2>") + "\\s+o'clock"), Type.TIME,
            (m, t) -> {
              String h = group(m, "hour").or(() -> group(m, "hour2")).orElseThrow();
              int hour = Character.isDigit(h.charAt(0)) ? Integer.parseInt(h)
                  : (int) EnglishNumberWords.parse(h).orElseThrow();
              boolean pm = group(m, "part").map(p -> !p.equalsIgnoreCase("morning")).orElse(group(m, "night")
                  .isPresent() && hour >= 6);
              return Meant.of(clock(pm && hour < 12 ? hour + 12 : hour, 0));
            }, HOURS),
        // mid-afternoon, midmorning, mid-afternoon yesterday: a part of the day
        new Rule("mid-part-of-day", words("mid[-\\s]?(?<part>morning|afternoon|evening)(?:\\s+(?<rel>yesterday|today"
            + "|tomorrow))?"), Type.TIME,
            (m, t) -> Meant.of(group(m, "rel").map(r -> (TimeMeaning) new TimeMeaning.Offset(ChronoUnit.DAYS,
                r.equalsIgnoreCase("yesterday") ? -1 : r.equalsIgnoreCase("tomorrow") ? 1 : 0, part(m)))
                .orElseGet(() -> new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), part(m), Direction.BY_TENSE))),
            List.of("mid")),
        // earlier that day, that same day, the next morning, the following day: the day the text last named
        // (a bare "that day" is as often "trades made that day", "the day before" a day before an event)
        new Rule("referred-day", words("(?:earlier|later)\\s+that\\s+day|that\\s+same\\s+day|the\\s+same\\s+day"
            + "|the\\s+(?<next>next|following)\\s+(?:day|morning|evening|night)|the\\s+(?<prev>previous|prior)\\s+day"),
            Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Referred(new TimeMeaning.Offset(ChronoUnit.DAYS,
                group(m, "next").isPresent() ? 1 : group(m, "prev").isPresent() ? -1 : 0, Optional.empty()))),
            List.of("day", "next", "following")),
        // five and a half hours, 5 1/2 hours, a minute and a half: the half in the next smaller unit
        new Rule("and-a-half", words("(?:" + NUM + "(?:\\s+and\\s+a\\s+half|\\s+1/2)\\s+" + UNITS + "|an?\\s+"
            + UNITS.replace("<unit>", "<unit2>") + "\\s+and\\s+a\\s+half)"), Type.DURATION,
            (m, t) -> {
              long n = group(m, "num").isPresent() ? number(m).orElse(-1L) : 1;
              String unit = group(m, "unit").or(() -> group(m, "unit2")).orElseThrow();
              return n < 0 ? Optional.empty() : durationValue(Long.toString(n), unit)
                  .flatMap(v -> Meant.of(new TimeMeaning.Fixed(withHalf(v))));
            }, List.of("half", "1/2")),
        // two more weeks, another three years, an additional year, at least 20 more years
        new Rule("more-units", words("(?:(?<mod>at\\s+least|about|nearly|almost|up\\s+to)\\s+)?(?:" + NUM + "\\s+more"
            + "|another\\s+(?<num2>\\d+|" + EnglishNumberWords.NUMBER + ")|an\\s+additional(?<one>)|another(?<one2>))\\s+"
            + UNITS), Type.DURATION,
            (m, t) -> {
              String n = group(m, "num").or(() -> group(m, "num2"))
                  .orElse(group(m, "one").isPresent() || group(m, "one2").isPresent() ? "1" : "X");
              return durationValue(n.equalsIgnoreCase("a") || n.equalsIgnoreCase("an") ? "1" : n,
                  group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v), modifier(m)));
            }, List.of("more", "another", "additional")),
        // eight trading days, five business days
        new Rule("working-days", words(NUM + "\\s+(?:trading|business|working)\\s+days"), Type.DURATION,
            (m, t) -> number(m).flatMap(n -> durationValue(Long.toString(n), "days"))
                .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))), List.of("trading", "business", "working")),
        // the coming weeks, the weeks ahead, the next couple of years, a couple of months
        new Rule("coming-units", words("(?:the\\s+)?(?:coming\\s+(?<unit>years|months|weeks|days)|(?<unit2>years|months|weeks|days)"
            + "\\s+ahead|(?:the\\s+next\\s+)?(?:a\\s+)?couple\\s+of\\s+(?<couple>years|months|weeks|days|hours))"),
            Type.DURATION,
            (m, t) -> durationValue(group(m, "couple").isPresent() ? "2" : "X",
                group(m, "unit").or(() -> group(m, "unit2")).or(() -> group(m, "couple")).orElseThrow())
                .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("coming", "ahead", "couple")),
        // the first half of 1990, the last half of 1989, the first two quarters of 1990
        new Rule("half-year", words("the\\s+(?<which>first|second|last|latter)\\s+(?:half|two\\s+quarters)\\s+of\\s+"
            + "(?:fiscal\\s+)?(?<year>1\\d{3}|20\\d{2})"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Fixed(group(m, "year").orElseThrow() + "-H"
                + (group(m, "which").orElseThrow().equalsIgnoreCase("first") ? 1 : 2))),
            List.of("half", "quarters")),
        // in the near term, over the long term, at a later date: the future
        new Rule("term", words("(?:in|over|for|at|to|of)\\s+(?<t>the\\s+(?:near|short|long)\\s+term|a\\s+later\\s+date)"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed("FUTURE_REF")), List.of("term", "later date")),
        // Easter, Easter Monday, Good Friday: feasts set by Easter
        new Rule("easter-feast", RuleSupport.wordsCaseSensitive("(?<h>Easter(?:\\s+Sunday|\\s+Monday)?|Good\\s+Friday)"
            + "(?!\\s+(?:week|Island|egg|Rising|bunny))"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.EasterDay(m.group("h").startsWith("Good") ? -2
                : m.group("h").endsWith("Monday") ? 1 : 0, Direction.BY_TENSE)),
            List.of("easter", "good friday")),
        // at year end, by year's end, before year-end: the end of the anchor's year
        new Rule("year-end", words("(?:at|by|before|until|through|after|since)\\s+(?<t>year[-\\s]end|year's\\s+end)"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Offset(ChronoUnit.YEARS, 0, Optional.empty())),
            List.of("year")),
        // a few years ago, several weeks ago: some time back, no number to count; nearly two weeks ago, a week or so
        // ago: the count is approximate, the point in time is still that many units back
        new Rule("vague-ago", words("(?:a\\s+few|several|some|many)\\s+(?<unit>years|months|weeks|days|decades)\\s+ago"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed("PAST_REF")), List.of("ago")),
        new Rule("about-ago", words("(?:(?<mod>nearly|almost|about|around|roughly|some|more\\s+than|less\\s+than|over|under)\\s+"
            + ")?" + NUM + "\\s+" + UNITS + "(?<so>\\s+or\\s+so)?\\s+ago"), Type.DATE,
            (m, t) -> group(m, "mod").or(() -> group(m, "so")).flatMap(approx -> number(m))
                .flatMap(n -> unitOf(group(m, "unit").orElseThrow()).map(u -> new Meant(
                    new TimeMeaning.Offset(u, -n.intValue(), Optional.empty()),
                    modifier(m).or(() -> Optional.of(Modifier.APPROX))))),
            List.of("ago")),
        // each July, every December: that month of every year
        new Rule("each-month", RuleSupport.wordsCaseSensitive("(?:[Ee]very|[Ee]ach)\\s+(?<month>"
            + EnglishTimeGrammar.MONTH + ")"), Type.SET,
            (m, t) -> Meant.of(new TimeMeaning.Fixed(String.format(java.util.Locale.ROOT, "XXXX-%02d", month(m)))),
            List.of("every", "each")));
  }
}
