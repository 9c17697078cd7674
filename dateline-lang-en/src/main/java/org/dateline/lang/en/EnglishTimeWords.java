package org.dateline.lang.en;

import static org.dateline.lang.en.EnglishTimeReadings.*;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.intGroup;
import static org.dateline.time.RuleSupport.words;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.TimeExpression.Modifier;
import org.dateline.core.TimeExpression.Type;
import org.dateline.time.Rule;
import org.dateline.time.Rule.Meant;
import org.dateline.time.TimeMeaning;
import org.dateline.time.TimeMeaning.Direction;

/**
 * English times named by a word rather than a calendar: clock times ("3 p.m.", "15:30", "noon"),
 * holidays ("Christmas Eve", "Thanksgiving") and the words that refer to now, the past or the future
 * ("currently", "recently", "the future"). Rules for {@link EnglishTimeGrammar}, after its calendar
 * rules and before {@link EnglishTimePhrases}.
 */
final class EnglishTimeWords {

  private EnglishTimeWords() {}

  static List<Rule> rules() {
    return List.of(
        // 3 p.m., 10:30 a.m., 4:49 PM, 15:30, noon, midnight
        new Rule("clock-ampm", words("(?:(?<approx>about|around|approximately)\\s+)?(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?"
            + "\\s*(?<ampm>[ap]\\.m\\.|[ap]m(?![\\p{L}]))"), Type.TIME,
            (m, t) -> Meant.of(clock(hour24(Integer.parseInt(m.group("hour")), m.group("ampm")),
                intGroup(m, "minute").orElse(0)), group(m, "approx").map(a -> Modifier.APPROX)), Rule.DIGITS),
        new Rule("clock-24", words("(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?!\\s*[ap]\\.?m)"), Type.TIME,
            (m, t) -> Meant.of(clock(Integer.parseInt(m.group("hour")), Integer.parseInt(m.group("minute")))), List.of(":")),
        // noon, midnight; "high noon" is a showdown
        new Rule("noon-midnight", words("(?<w>noon|midnight|midday)"), Type.TIME,
            (m, t) -> precededBy(t, m.start(), "high") ? Optional.empty()
                : Meant.of(clock(group(m, "w").orElseThrow().equalsIgnoreCase("midnight") ? 24 : 12, 0)),
            List.of("noon", "midnight", "midday")),
        // holidays with a fixed date
        new Rule("holiday", words("(?<h>Christmas\\s+Eve|Christmas(?:\\s+Day)?|New\\s+Year's\\s+Eve|New\\s+Year's(?:\\s+Day)?"
            + "|Independence\\s+Day|Fourth\\s+of\\s+July|Halloween|Valentine's\\s+Day|Veterans\\s+Day)"), Type.DATE,
            (m, t) -> {
              String h = group(m, "h").orElseThrow().toLowerCase(Locale.ROOT).replace('’', '\'');
              int[] md = h.startsWith("christmas eve") ? new int[] {12, 24} : h.startsWith("christmas") ? new int[] {12, 25}
                  : h.contains("eve") ? new int[] {12, 31} : h.startsWith("new year") ? new int[] {1, 1}
                  : h.contains("independence") || h.contains("july") ? new int[] {7, 4} : h.startsWith("halloween")
                  ? new int[] {10, 31} : h.startsWith("valentine") ? new int[] {2, 14} : new int[] {11, 11};
              return Meant.of(date(Optional.empty(), md[0], md[1], Direction.BY_TENSE));
            }, List.of("christmas", "new year", "independence", "july", "halloween", "valentine", "veterans")),
        // holidays on a weekday of a month: Thanksgiving is the fourth Thursday of November
        new Rule("weekday-holiday", words("(?:(?<dir>last|next|this)\\s+)?(?<h>Thanksgiving(?:\\s+Day)?|Memorial\\s+Day"
            + "|Labor\\s+Day|Columbus\\s+Day|Presidents'?\\s+Day|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day"
            + "|Mother's\\s+Day|Father's\\s+Day)"), Type.DATE,
            (m, t) -> Meant.of(weekdayHoliday(group(m, "h").orElseThrow(), direction(m))),
            List.of("thanksgiving", "memorial", "labor", "columbus", "presidents", "king", "mother", "father")),
        // now, currently, recently, the future, the past, soon, nowadays
        // "previously", "soon", "current" are left out: in news they are rarely times of their own
        new Rule("reference", words("(?<ref>now|currently|at\\s+present|presently|nowadays|these\\s+days"
            + "|recently|lately|in\\s+the\\s+past|the\\s+past|the\\s+future|future)"),
            Type.DATE, (m, t) -> {
              String r = group(m, "ref").orElseThrow().toLowerCase(Locale.ROOT);
              if (r.equals("future") && followedByNoun(t, m.end())) {
                return Optional.empty();
              }
              String v = r.contains("future") || r.equals("soon") || r.equals("shortly") ? "FUTURE_REF"
                  : r.contains("past") || r.equals("recently") || r.equals("lately") ? "PAST_REF" : "PRESENT_REF";
              return Meant.of(new TimeMeaning.Fixed(v));
            }, List.of("now", "current", "present", "these days", "recent", "late", "past", "future")));
  }
}
