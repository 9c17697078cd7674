package org.dateline.lang.fr;

import static org.dateline.lang.fr.FrenchTimeGrammar.DAY;
import static org.dateline.lang.fr.FrenchTimeGrammar.FIRST;
import static org.dateline.lang.fr.FrenchTimeGrammar.LAST;
import static org.dateline.lang.fr.FrenchTimeGrammar.MONTH;
import static org.dateline.lang.fr.FrenchTimeGrammar.NEXT;
import static org.dateline.lang.fr.FrenchTimeGrammar.NUM;
import static org.dateline.lang.fr.FrenchTimeGrammar.UNIT;
import static org.dateline.lang.fr.FrenchTimeGrammar.WEEKDAY;
import static org.dateline.lang.fr.FrenchTimeGrammar.YEAR;
import static org.dateline.lang.fr.FrenchTimeReadings.*;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.intGroup;
import static org.dateline.time.RuleSupport.words;
import static org.dateline.time.RuleSupport.wordsCaseSensitive;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.TimeExpression.Modifier;
import org.dateline.core.TimeExpression.Type;
import org.dateline.time.Rule;
import org.dateline.time.Rule.Meant;
import org.dateline.time.TimeMeaning;
import org.dateline.time.TimeMeaning.Calendar;
import org.dateline.time.TimeMeaning.Direction;

/**
 * French phrases that the TimeBank marks and that need more than a calendar reading: "à 15 heures"
 * (a clock time, not fifteen hours), "le troisième trimestre", "les dix dernières années", "la nuit
 * de samedi à dimanche", "d'ici la fin de l'année" (its "ici" apart), "chaque matin", "Pâques".
 * Rules for {@link FrenchTimeGrammar}, before its own: they win ties of the same extent.
 */
final class FrenchTimePhrases {

  private FrenchTimePhrases() {}

  static List<Rule> rules() {
    return List.of(
        // il y a une dizaine d'années, voilà une quinzaine de jours, dans une vingtaine de minutes: about so many units
        // back or ahead ("il a une trentaine d'années" is an age, "il y a" is not); "il y a quelques mois" is left to
        // the vague duration "quelques mois", as the French TimeBank marks it
        new Rule("ago-in-about", words("(?<dir>il\\s+y\\s+a|voilà|voici|dans)\\s+une\\s+(?<approx>dizaine|douzaine|quinzaine"
            + "|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\\s+(?:de\\s+|d')(?<unit>jours|ans|années|semaines|mois"
            + "|siècles)"), Type.DATE,
            (m, t) -> unitOf(group(m, "unit").orElseThrow()).map(u -> new Meant(new TimeMeaning.Offset(u,
                (group(m, "dir").orElseThrow().toLowerCase(Locale.ROOT).startsWith("d") ? 1 : -1)
                    * approximateNumber(group(m, "approx").orElseThrow()), Optional.empty()), Optional.of(Modifier.APPROX))),
            List.of("il y a", "dans", "voilà", "voici")),
        // à 15 heures, vers 9 heures 45, à 8 heures du soir: an hour in words after "à" is a clock time, not a
        // duration (first, to win the tie with "duration"); "à deux heures de route" is a distance
        new Rule("hour-clock", words("(?:(?<approx>vers|aux\\s+alentours\\s+de)\\s+)?(?<hour>[01]?\\d|2[0-4]|" + HOUR_WORD + ")\\s+heures?"
            + "(?:\\s+(?<minute>[0-5]\\d)(?!\\s*(?:minutes?|secondes?))|\\s+(?<frac>et\\s+demie|et\\s+quart|moins\\s+le\\s+quart"
            + "|moins\\s+(?:cinq|dix|vingt|vingt-cinq)))?(?:\\s+(?<part>du\\s+matin|du\\s+soir|de\\s+l'après-midi))?"
            + "(?:\\s+(?:locales?|GMT|UTC))?"),
            Type.TIME, (m, t) -> {
              if (!(group(m, "approx").isPresent() || afterClockPreposition(t, m.start(), m.end()))
                  || group(m, "part").isEmpty() && DE_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) {
                return Optional.empty();
              }
              // deux heures moins dix is 1:50, huit heures et quart 8:15
              int minutes = afternoon(m, hour(group(m, "hour").orElseThrow())) * 60 + intGroup(m, "minute").orElse(0)
                  + group(m, "frac").map(FrenchTimePhrases::minutesOf).orElse(0);
              return Meant.of(clock(Math.floorMod(minutes, 24 * 60) / 60, Math.floorMod(minutes, 60)),
                  group(m, "approx").map(a -> Modifier.APPROX));
            },
            List.of("heure")),
        // Pâques, le lundi de Pâques, l'Ascension, la Pentecôte: feasts set by Easter, capitalised ("l'ascension sociale")
        new Rule("easter-feast", wordsCaseSensitive("(?:[Ll]e\\s+)?(?<h>[Ll]undi\\s+de\\s+Pâques|Pâques|[Vv]endredi\\s+saint"
            + "|Ascension|[Ll]undi\\s+de\\s+(?:la\\s+)?Pentecôte|Pentecôte)"), Type.DATE,
            (m, t) -> {
              String h = group(m, "h").orElseThrow().toLowerCase(Locale.ROOT);
              int days = h.startsWith("vendredi") ? -2 : h.startsWith("ascension") ? 39 : h.contains("pentecôte")
                  ? (h.startsWith("lundi") ? 50 : 49) : h.startsWith("lundi") ? 1 : 0;
              return Meant.of(new TimeMeaning.EasterDay(days, Direction.BY_TENSE));
            },
            List.of("pâques", "saint", "ascension", "pentecôte")),
        // la Saint-Nicolas, la Saint-Jean, la Chandeleur, l'Assomption, la fête des Mères: feasts of the calendar, with
        // the article ("la basilique Saint-Nicolas", "Saint-Nicolas-de-Port" are places)
        new Rule("feast-day", wordsCaseSensitive("(?:[Ll]a\\s+(?<f>Saint-Nicolas|Saint-Jean|Saint-Martin|Sainte-Catherine"
            + "|Saint-Patrick|Chandeleur|[Ff]ête\\s+de\\s+la\\s+[Mm]usique|[Ff]ête\\s+des\\s+[Mm]ères|[Ff]ête\\s+des\\s+[Pp]ères)"
            + "|l'(?<f2>Assomption))(?!-)"), Type.DATE,
            (m, t) -> {
              String f = group(m, "f").or(() -> group(m, "f2")).orElseThrow().toLowerCase(Locale.ROOT);
              if (f.contains("mères") || f.contains("pères")) {
                // the last Sunday of May (or the first of June after Pentecost), the third Sunday of June
                return Meant.of(f.contains("pères") ? new TimeMeaning.NthWeekday(6, DayOfWeek.SUNDAY, 3, Direction.BY_TENSE)
                    : new TimeMeaning.NthWeekday(5, DayOfWeek.SUNDAY, -1, Direction.BY_TENSE));
              }
              int[] md = f.contains("nicolas") ? new int[] {12, 6} : f.contains("jean") ? new int[] {6, 24}
                  : f.contains("martin") ? new int[] {11, 11} : f.contains("catherine") ? new int[] {11, 25}
                  : f.contains("patrick") ? new int[] {3, 17} : f.contains("chandeleur") ? new int[] {2, 2}
                  : f.contains("musique") ? new int[] {6, 21} : new int[] {8, 15};
              return Meant.of(new Calendar(Optional.empty(), false, Optional.of(md[0]), Optional.of(md[1]), Optional.empty(),
                  Optional.empty(), Optional.empty(), Direction.BY_TENSE));
            },
            List.of("saint", "chandeleur", "fête", "assomption")),
        // d'ici la fin de l'année, d'ici à dix ans: the TimeBank marks "ici" (now) apart from the time it runs to
        new Rule("from-now", words("d'(?<t>ici)"), Type.DATE,
            (m, t) -> beforeATime(t, m.end()) ? Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, 0, Optional.empty()))
                : Optional.empty(),
            List.of("ici")),
        // chaque matin, tous les soirs, chaque été: a part of every day, a season of every year
        new Rule("each-part", words("(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?<p>matin|soir|nuit|soirée|matinée|été|hiver"
            + "|printemps|automne)s?"), Type.SET,
            (m, t) -> Meant.of(new TimeMeaning.Fixed(everyPart(group(m, "p").orElseThrow()))),
            List.of("chaque", "tous", "toutes")),
        // le troisième trimestre 2002, au premier trimestre: a quarter, of the year given or the latest one
        // (a half year, "le second semestre 2002", is 2002-H2; without its year, XXXX-H2)
        new Rule("quarter", words("(?:(?:du|au)\\s+)?(?<t>(?:le\\s+)?(?<q>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e)"
            + "\\s+(?<kind>trimestre|semestre)(?:\\s+(?:de\\s+l'année\\s+|de\\s+)?" + YEAR + ")?)"), Type.DATE,
            (m, t) -> {
              int n = quarterNumber(group(m, "q").orElseThrow());
              if (group(m, "kind").orElseThrow().equalsIgnoreCase("trimestre")) {
                return Meant.of(new TimeMeaning.Quarter(Optional.of(n), year(m), 0));
              }
              return n > 2 ? Optional.empty() : Meant.of(new TimeMeaning.Fixed(year(m).map(y -> String.format(Locale.ROOT,
                  "%04d", y)).orElse("XXXX") + "-H" + n));
            },
            List.of("trimestre", "semestre")),
        // au cours du week-end, pendant le week-end: the weekend, chosen by the tense
        new Rule("weekend", words("du\\s+(?<t>week-end)|le\\s+week-end"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Weekend(Direction.BY_TENSE)), List.of("week-end")),
        // les dix dernières années, des cinq prochains mois, ces quatre derniers jours, les dix premières minutes: a counted
        // duration
        new Rule("last-n-units", words("(?:des\\s+)?(?<t>(?:(?:les|ces)\\s+)?" + NUM + "\\s+(?:" + LAST + "|" + NEXT + "|" + FIRST + ")\\s+"
            + UNIT + "|(?:les|ces)\\s+" + NUM.replace("<num>", "<num2>") + "\\s+" + UNIT.replace("<unit>", "<unit2>")
            + "\\s+(?:" + LAST + "|" + NEXT + "))"), Type.DURATION,
            (m, t) -> durationValue(group(m, "num").or(() -> group(m, "num2")).orElseThrow(),
                group(m, "unit").or(() -> group(m, "unit2")).orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("derni", "prochain", "passé", "précédent", "suivant", "à venir", "premi")),
        // le matin du 20 juin, la soirée de mardi, l'après-midi du 3 mai 2002, au soir du mardi 17 janvier: one
        // expression, the part of that day
        // (the guide's specification by "de"); the night has its own rule below
        new Rule("part-of-named-day", words("(?:au\\s+(?=soir|matin))?(?<t>(?:(?:le|la|l')\\s*)?(?<part>matin|matinée|après-midi"
            + "|soir|soirée|journée)\\s+(?:de\\s+(?<wd>" + WEEKDAY + ")|du\\s+(?:(?:" + WEEKDAY + ")\\s+)?" + DAY + "\\s+(?<month>"
            + MONTH + ")(?:\\s+" + YEAR + ")?))"), Type.TIME,
            (m, t) -> Meant.of(group(m, "wd").isPresent()
                ? new TimeMeaning.Weekday(weekday(m), Direction.BY_TENSE, part(m))
                : new Calendar(year(m), false, Optional.of(month(m)), Optional.of(day(m)), Optional.empty(),
                    Optional.empty(), part(m), Direction.BY_TENSE)),
            List.of("matin", "midi", "soir", "journée")),
        // à 11 h, le 3 janvier 2005; vers 15 h 30, hier: a clock time then its day in one constituent is one expression
        // (the guide's example 65; "le 3 janvier à 11 h" is two, and so is "vers 0 h 40, jeudi" in the TimeBank)
        new Rule("clock-then-day", words("(?:(?<approx>vers)\\s+)?(?<hour>[01]?\\d|2[0-3])\\s*(?:h|heures?)(?:\\s*(?<minute>[0-5]\\d))?"
            + ",\\s+(?:(?<rel>avant-hier|après-demain|hier|demain|aujourd'hui)|(?:le\\s+)?(?:(?:" + WEEKDAY + ")\\s+)?"
            + DAY + "\\s+(?<month>" + MONTH + ")(?:\\s+" + YEAR + ")?)"), Type.TIME,
            (m, t) -> {
              int hour = Integer.parseInt(group(m, "hour").orElseThrow());
              int minute = intGroup(m, "minute").orElse(0);
              Optional<Modifier> approx = group(m, "approx").map(a -> Modifier.APPROX);
              return group(m, "rel").isPresent()
                  ? Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, dayOffset(group(m, "rel").orElseThrow()),
                      Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute))), approx)
                  : Meant.of(new Calendar(year(m), false, Optional.of(month(m)), Optional.of(day(m)), Optional.of(hour),
                      Optional.of(minute), Optional.empty(), Direction.BY_TENSE), approx);
            },
            List.of("h")),
        // pendant 48 h, au moins 18 h, une garde à vue de 48 h, 3 h 30 de route, le spectacle dure 1 h 30: hours written
        // as on a clock
        // are a length of time after a word of duration, before a journey, or past 24
        new Rule("hours-duration", words("(?:(?<during>pendant|durant|en|dure|durera|duré|durée\\s+de|plus\\s+de|moins\\s+de"
            + "|près\\s+de|environ|au\\s+moins|de)\\s+)?(?<t>(?<hour>\\d{1,3})\\s*h(?:\\s*(?<minute>[0-5]\\d))?)(?<way>\\s+de\\s+(?:route"
            + "|marche|vol|train|voiture|trajet|bus|avion|débat|discussions?|négociations?|attente|retard|grève|garde\\s+à\\s+vue))?"),
            Type.DURATION,
            (m, t) -> {
              int hours = Integer.parseInt(group(m, "hour").orElseThrow());
              String during = group(m, "during").orElse("").toLowerCase(Locale.ROOT);
              boolean length = hours > 24 || group(m, "way").isPresent()
                  // "près de 22 h", "environ 22 h" may be the time of day
                  || !during.isEmpty() && !during.matches("de|en|près\\s+de|environ")
                  || during.equals("en") && hours >= 2; // "en 24 h" is within a day, "en 1 h" may be the time
              return length ? Meant.of(new TimeMeaning.Fixed("PT" + hours + "H" + intGroup(m, "minute")
                  .filter(mm -> mm > 0).map(mm -> mm + "M").orElse(""))) : Optional.empty();
            },
            List.of("h")),
        // pendant la journée, toute la journée, toute la nuit, au cours de la journée: that part of the day last spoken of
        new Rule("daytime", words("(?:(?:pendant|durant|au\\s+cours\\s+de|tout\\s+au\\s+long\\s+de)\\s+(?=la\\s+journée)|(?=toute))"
            + "(?<t>(?:toute\\s+)?la\\s+(?<part>journée|nuit|matinée|soirée))"), Type.TIME,
            (m, t) -> Meant.of(new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), part(m), Direction.BY_TENSE)),
            List.of("journée", "nuit", "matinée", "soirée")),
        // toute l'année, toute la semaine, tout le mois: the whole unit, a length of time
        new Rule("whole-unit", words("(?:toute\\s+l'(?<year>année)|toute\\s+la\\s+(?<week>semaine)|tout\\s+le\\s+(?<month>mois))"),
            Type.DURATION, (m, t) -> Meant.of(new TimeMeaning.Fixed(group(m, "year").isPresent() ? "P1Y"
                : group(m, "week").isPresent() ? "P1W" : "P1M")),
            List.of("tout")),
        // la dernière semaine d'août, la première semaine de janvier 2003, la deuxième quinzaine de juillet: a part of
        // that month
        new Rule("week-of-month", words("la\\s+(?<edge>première|dernière|deuxième|seconde)\\s+(?<unit>semaine|quinzaine)"
            + "\\s+(?:de\\s+|d')(?<month>" + MONTH + ")"
            + "(?:\\s+" + YEAR + ")?"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), false, Optional.of(month(m)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Direction.BY_TENSE),
                Optional.of(weekOfMonthEdge(group(m, "edge").orElseThrow(), group(m, "unit").orElseThrow()))),
            List.of("semaine", "quinzaine")),
        // ouvert le mercredi, les samedis, les deuxième et quatrième jeudis (du mois): a weekday with the article and
        // nothing after it (no date, no hour: "le mardi à 16 h" is one day) is a habit, a set of days
        new Rule("habitual-weekday", words("(?:le\\s+(?<wd>" + WEEKDAY + ")(?=\\s*(?:[.,;:)]|$|et\\s|ou\\s))|les\\s+(?:"
            + NTH + "(?:\\s+et\\s+" + NTH + ")?\\s+)?(?<wds>" + WEEKDAY + ")s(?:\\s+du\\s+mois)?)"), Type.SET,
            (m, t) -> Meant.of(new TimeMeaning.Fixed("XXXX-WXX-" + FrenchTimeReadings.WEEKDAYS.get(group(m, "wd")
                .or(() -> group(m, "wds")).orElseThrow().toLowerCase(Locale.ROOT)).getValue())),
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
        // certains jours, certaines semaines, certains mardis: a set, some of them (the guide's quant SOME)
        new Rule("some-units", words("certain(?:e)?s\\s+(?:(?<wd>" + WEEKDAY + ")s?|(?<unit>jours|semaines|mois|années|week-ends))"),
            Type.SET, (m, t) -> group(m, "wd").isPresent()
                ? Meant.of(new TimeMeaning.Fixed("XXXX-WXX-" + weekday(m).getValue()))
                : durationValue("1", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("certain")),
        // le troisième millénaire, le 2e millénaire: TIMEX3 writes a millennium with its one digit ("2")
        new Rule("millennium", words("(?:le\\s+)?(?<n>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème)\\s+millénaire"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed(Integer.toString(quarterNumber(group(m, "n").orElseThrow()) - 1))),
            List.of("millénaire")),
        // la nuit de samedi à dimanche, dans la nuit de mardi: the night that begins on that day
        // la nuit du 4 août 1789 ("la nuit du 16 au 17 mars" is left to coordinated-day, as WiNER and TimeBank split it)
        new Rule("night-of-weekday", words("(?:la\\s+)?nuit\\s+(?:(?:de\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?:à|au)\\s+(?:"
            + WEEKDAY + "))?|du\\s+" + DAY + "\\s+(?<month>" + MONTH + ")(?:\\s+"
            + YEAR + ")?)"), Type.TIME,
            (m, t) -> Meant.of(group(m, "wd").isPresent()
                ? new TimeMeaning.Weekday(weekday(m), Direction.BY_TENSE, Optional.of("NI"))
                : new Calendar(year(m), false, Optional.of(month(m)), Optional.of(day(m)), Optional.empty(),
                    Optional.empty(), Optional.of("NI"), Direction.BY_TENSE)),
            List.of("nuit")),
        // le 13 octobre au soir, jeudi 2 juin 2016 au soir, le 16 février au matin: a part of that day (the guide's
        // "11h du matin" is one expression; "au soir" cannot stand on its own)
        new Rule("day-month-part", words("(?:(?<wd>" + WEEKDAY + ")\\s+)?" + DAY + "\\s+(?<month>" + MONTH + ")(?:\\s+"
            + YEAR + ")?\\s+au\\s+(?<part>soir|matin)"), Type.TIME,
            (m, t) -> Meant.of(new Calendar(year(m), false, Optional.of(month(m)), Optional.of(day(m)), Optional.empty(),
                Optional.empty(), part(m), Direction.BY_TENSE)),
            List.of("au soir", "au matin")),
        // le même soir, la même nuit: that part of the day the text last spoke of
        new Rule("same-part-of-day", words("(?:le|la)\\s+même\\s+(?<part>soir|soirée|matin|matinée|nuit|après-midi)"),
            Type.TIME, (m, t) -> Meant.of(new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), part(m), Direction.BY_TENSE)),
            List.of("même")),
        // le même mois, la même semaine, la même année: the one of the date the text last named
        new Rule("same-unit", words("(?:le|la)\\s+même\\s+(?<unit>semaine|mois|année|week-end)"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Referred(unitOffset(group(m, "unit").orElseThrow(), 0))),
            List.of("même")),
        // à l'époque, le ministre de l'époque: the past the text tells of, when the phrase ends there ("à l'époque des
        // faits" is the time of an event, "l'époque soviétique" an era by name)
        new Rule("at-the-time", words("(?:à|de)\\s+(?<t>l'époque)(?=\\s*(?:[,;.:)»]|$)|\\s+(?:il|elle|ils|elles|on|je|nous"
            + "|vous|le|la|les|un|une|ce|cet|cette|ces|c'|l'|au|aux|et|mais|était|avait|a|est|déjà|encore)(?![\\p{L}'’]))"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed("PAST_REF")),
            List.of("époque")),
        // deux fois par semaine, trois fois par an: a set, the frequency with it
        new Rule("times-per-unit", words("(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\\d{1,2})\\s+fois\\s+par\\s+"
            + "(?<unit>an|année|jour|semaine|mois)"), Type.SET,
            (m, t) -> durationValue("1", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("fois")));
  }

  private static final Pattern CLOCK_PREPOSITION = Pattern.compile(
      "(?:^|[^\\p{L}])(?:à|dès|avant|après|jusqu'à|jusqu’à|vers|de|entre|et)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A bare "de" before the hour; "à partir de 20 heures" is a time of day. */
  private static final Pattern AFTER_DE = Pattern.compile("(?<!partir)(?:^|[^\\p{L}])de\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE_END_AHEAD = Pattern.compile("\\s*(?:à|a|au|jusqu'à|jusqu’à)\\s");

  /**
   * "à 15 heures", "dès 8 heures", "de 9 heures à 17 heures": the words that make an hour a time of day. "de"
   * does so only when a range goes on ("un arrêt de six heures" is a length of time).
   */
  static boolean afterClockPreposition(CharSequence text, int start, int end) {
    CharSequence before = text.subSequence(Math.max(0, start - 12), start);
    if (!CLOCK_PREPOSITION.matcher(before).find()) {
      return false;
    }
    return !AFTER_DE.matcher(before).find() || RANGE_END_AHEAD.matcher(text).region(end, text.length()).lookingAt();
  }

  /** An hour of the clock in words: "à trois heures du matin", "vers onze heures". */
  private static final String HOUR_WORD = "une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
      + "|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-(?:et-)?une|vingt-deux|vingt-trois";

  static int hour(String digitsOrWords) {
    return Character.isDigit(digitsOrWords.charAt(0)) ? Integer.parseInt(digitsOrWords)
        : (int) FrenchNumberWords.parse(digitsOrWords.toLowerCase(Locale.ROOT)).orElse(0);
  }

  /** "les premier et troisième", an ordinal of weekdays in a month. */
  private static final String NTH = "(?:premiers?|deuxièmes?|troisièmes?|quatrièmes?|derniers?)";

  /** "la première semaine" is the start of the month, "la dernière" or "la deuxième quinzaine" its end. */
  static Modifier weekOfMonthEdge(String edge, String unit) {
    String e = edge.toLowerCase(Locale.ROOT);
    return e.startsWith("p") ? Modifier.START
        : unit.toLowerCase(Locale.ROOT).startsWith("q") || e.startsWith("der") ? Modifier.END : Modifier.MID;
  }

  /** "et demie" +30 minutes, "et quart" +15, "moins le quart" −15, "moins dix" −10. */
  static int minutesOf(String fraction) {
    String f = fraction.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    return switch (f) {
      case "et demie" -> 30;
      case "et quart" -> 15;
      case "moins le quart" -> -15;
      default -> -(int) FrenchNumberWords.parse(f.substring("moins ".length())).orElse(0);
    };
  }

  /** "8 heures du soir" is 20:00. */
  static int afternoon(Matcher m, int hour) {
    boolean pm = group(m, "part").map(p -> !p.toLowerCase(Locale.ROOT).endsWith("matin")).orElse(false);
    return pm && hour < 12 ? hour + 12 : hour;
  }

  static int quarterNumber(String ordinal) {
    String q = ordinal.toLowerCase(Locale.ROOT);
    return q.startsWith("p") || q.startsWith("1") ? 1 : q.startsWith("d") || q.startsWith("s") || q.startsWith("2") ? 2
        : q.startsWith("t") || q.startsWith("3") ? 3 : 4;
  }

  /** "chaque matin" → every morning, "chaque été" → every summer. */
  static String everyPart(String part) {
    String p = part.toLowerCase(Locale.ROOT);
    return switch (p) {
      case "été" -> "XXXX-SU";
      case "hiver" -> "XXXX-WI";
      case "printemps" -> "XXXX-SP";
      case "automne" -> "XXXX-FA";
      case "matin", "matinée" -> "XXXX-XX-XXTMO";
      case "nuit" -> "XXXX-XX-XXTNI";
      default -> "XXXX-XX-XXTEV";
    };
  }

  private static final Pattern TIME_AHEAD = Pattern.compile("\\s+(?:à\\s+|au\\s+)?(?:[\\p{L}\\d'’-]+\\s+){0,3}?(?:\\d"
      + "|ans?\\b|années?\\b|mois\\b|jours?\\b|semaines?\\b|heures?\\b|fin\\b|début\\b|mi-|demain|là\\b|été\\b|hiver|automne"
      + "|printemps|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" + FrenchTimeGrammar.MONTH + ")",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "d'ici la fin de l'année", "d'ici à 2010": a time follows within a few words (not "loin d'ici"). */
  static boolean beforeATime(CharSequence text, int end) {
    return TIME_AHEAD.matcher(text).region(end, text.length()).lookingAt();
  }
}
