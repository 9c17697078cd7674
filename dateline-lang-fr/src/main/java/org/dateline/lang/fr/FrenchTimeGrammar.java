package org.dateline.lang.fr;

import static org.dateline.lang.fr.FrenchTimeReadings.*;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.intGroup;
import static org.dateline.time.RuleSupport.partOfANumber;
import static org.dateline.time.RuleSupport.withHalf;
import static org.dateline.time.RuleSupport.words;
import static org.dateline.time.RuleSupport.wordsCaseSensitive;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * French time expressions as news writes them: "22 mars 2025", "mardi dernier", "juin dernier",
 * "l'automne dernier", "il y a deux ans", "la semaine prochaine", "pendant plus de deux heures",
 * "14 h 30", "les années 60", "chaque semaine", "annuels". Each rule reads its match into a
 * {@link TimeMeaning}; anchoring is the resolver's job.
 */
public final class FrenchTimeGrammar {

  private FrenchTimeGrammar() {}

  static final String MONTH = "janvier|janv\\.|f[ée]vrier|f[ée]vr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|ao[ûu]t"
      + "|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|d[ée]cembre|d[ée]c\\.";
  static final String WEEKDAY = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
  static final String PART = "matin|matinée|après-midi|soir|soirée|nuit|journée";
  static final String DAY = "(?<day>1er|premier|[12]\\d|3[01]|0?[1-9]|\\d{2})";
  /** A second day of a range or a pair, unnamed ("du 3 au 5 juin", "la nuit du 16 au 17 mars"). */
  static final String OTHER_DAY = "(?:1er|[12]\\d|3[01]|0?[1-9])";
  static final String YEAR = "(?<year>1\\d{3}|20\\d{2})";
  /** "le 3 mars 99999", "l'an 99999": found, so that the resolver refuses them with a diagnostic. */
  static final String ABSURD_YEAR = "(?<year2>\\d{5,9})";
  static final String NUM = "(?<num>\\d+(?:[,.]\\d+)?|" + FrenchNumberWords.NUMBER + ")";
  static final String UNIT = "(?<unit>ans?|ann[ée]es?|mois|semaines?|jours?|journ[ée]es?|heures?|minutes?|secondes?"
      + "|si[èe]cles?|d[ée]cennies?|mill[ée]naires?|trimestres?|semestres?|week-ends?)";
  static final String LAST = "derni(?:er|ère|ers|ères)|pass[ée]e?s?|précédente?s?|écoulée?s?";
  static final String NEXT = "prochaine?s?|suivante?s?|à venir";
  /** "les dix premières minutes": the first units of a span, counted like the last ones. */
  static final String FIRST = "premi(?:ers|ères)";


  private static final List<String> MONTHS = List.of("janv", "févr", "fevr", "mars", "avr", "mai", "juin", "juil",
      "août", "aout", "sept", "oct", "nov", "déc", "dec");
  private static final List<String> WEEKDAYS_TRIGGERS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi",
      "samedi", "dimanche");
  private static final List<String> UNIT_TRIGGERS = List.of("an", "mois", "semaine", "jour", "heure", "minute", "seconde",
      "siècle", "décenn", "millénaire", "trimestre", "semestre", "week");
  private static final List<String> REFERENCE_TRIGGERS = List.of("maintenant", "actuel", "désormais", "dorénavant",
      "présent", "instant", "moment", "nos jours", "avenir", "futur", "autrefois", "auparavant", "jadis", "naguère",
      "récemment", "nouvellement", "dernièrement", "bientôt", "prochainement", "ultérieure", "guerre", "heure", "jours-ci", "derniers temps");

  private static final Pattern NIGHT_OF_DAYS = Pattern.compile("\\s+du\\s+" + DAY + "\\s+(?:au|et)\\s+" + OTHER_DAY
      + "\\s+(?<month>" + MONTH + ")(?:\\s+" + YEAR + ")?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "des heures scolaires", "des jours fériés": a kind of hours or days, no length of time. */
  private static final Pattern KIND_OF_HOURS = Pattern.compile("\\s+(?:scolaires|supplémentaires|ouvrables|ouvrés|creuses"
      + "|fériés|de\\s+(?:pointe|bureau|cours|classe|travail|vol|ouverture)|d['’]ouverture)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  public static TimeGrammar create() {
    // the phrases first: "à 15 heures" is a clock time, not the duration "15 heures" of the same extent
    return new RuleGrammar("fr", java.util.stream.Stream.concat(FrenchTimePhrases.rules().stream(), rules().stream())
        .toList(), FrenchTense::of);
  }

  static List<Rule> rules() {
    return List.of(
        // 22 mars 2025, samedi 29 mai 1999, le 1er décembre 2018, 10 novembre 93
        // (a year of five digits or more is read, to be refused with a diagnostic, unless it counts something)
        new Rule("day-month-year", words("(?:(?<wd>" + WEEKDAY + ")\\s+)?" + DAY + "\\s+(?<month>" + MONTH + ")\\s+"
            + "(?:" + YEAR + "|(?<yy>\\d{2})|" + ABSURD_YEAR + ")"), Type.DATE,
            (m, t) -> group(m, "year2").isPresent() && !countsNothing(t, m.end()) ? Optional.empty() : Meant.of(new Calendar(year(m), group(m, "yy").isPresent(), Optional.of(month(m)),
                Optional.of(day(m)), Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE)),
            MONTHS),
        // 30 juin, samedi 29 mai, le 6 mai dernier, 1er septembre prochain; le 11-Septembre, le 14-Juillet (a day named
        // by its date)
        new Rule("day-month", words("(?:(?<wd>" + WEEKDAY + ")\\s+)?" + DAY + "(?:\\s+|-)(?<month>" + MONTH + ")"
            + "(?:\\s+(?<dir>" + LAST + "|" + NEXT + "))?"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(Optional.empty(), false, Optional.of(month(m)), Optional.of(day(m)),
                Optional.empty(), Optional.empty(), Optional.empty(), direction(m))),
            MONTHS),
        // the first day of "les 22 et 23 mars 2018", "du 3 au 5 juin", "samedi 15 et dimanche 16 mai": dated by the
        // day-month after it
        new Rule("coordinated-day", words("(?<t>(?:(?:" + WEEKDAY + ")\\s+)?" + DAY + ")\\s*(?:et|au|à|-|,)\\s*(?:(?:" + WEEKDAY
            + ")\\s+)?" + OTHER_DAY + "\\s+(?<month>"
            + MONTH + ")(?:\\s+" + YEAR + ")?"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), false, Optional.of(month(m)), Optional.of(day(m)),
                Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE)),
            MONTHS),
        // Noël, le jour de l'An, le Nouvel An, la Toussaint, la Saint-Sylvestre, le 14 Juillet
        new Rule("holiday", words("(?<h>Noël|(?:le\\s+)?jour\\s+de\\s+l'An|Nouvel\\s+An|Toussaint|Saint-Sylvestre"
            + "|Saint-Valentin|fête\\s+nationale|14\\s+Juillet|fête\\s+du\\s+Travail)"), Type.DATE,
            (m, t) -> {
              String h = group(m, "h").orElseThrow().toLowerCase(Locale.ROOT);
              int[] md = h.startsWith("noël") ? new int[] {12, 25} : h.contains("toussaint") ? new int[] {11, 1}
                  : h.contains("sylvestre") ? new int[] {12, 31} : h.contains("valentin") ? new int[] {2, 14}
                  : h.contains("nationale") || h.startsWith("14") ? new int[] {7, 14}
                  : h.contains("travail") ? new int[] {5, 1} : new int[] {1, 1};
              return Meant.of(new Calendar(Optional.empty(), false, Optional.of(md[0]), Optional.of(md[1]),
                  Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE));
            },
            List.of("noël", "an", "toussaint", "sylvestre", "valentin", "nationale", "juillet", "travail")),
        // mars 2026, octobre 98
        new Rule("month-year", words("(?<month>" + MONTH + ")\\s+(?:" + YEAR + "|(?<yy>[0-9]\\d)(?![\\d,.]))"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), group(m, "yy").isPresent(), Optional.of(month(m)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE)),
            MONTHS),
        // juin dernier, en mars, mois de juin; month names are times only in lower case ("Mars" is a planet)
        new Rule("month", wordsCaseSensitive("(?:(?:le\\s+)?mois\\s+d'|(?:le\\s+)?mois\\s+de\\s+)?(?<month>" + MONTH
            + ")(?:\\s+(?<dir>" + LAST + "|" + NEXT + "))?"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(Optional.empty(), false, Optional.of(month(m)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                group(m, "dir").isEmpty() && SINCE_BEFORE.matcher(t.subSequence(Math.max(0, m.start() - 10), m.start()))
                    .find() ? Direction.LAST : direction(m))), // "depuis mars" looks back
            MONTHS),
        // Juin dernier, Mars prochain: a month starting a sentence, which its direction tells from a name ("Mai Fatty")
        new Rule("month-with-direction", words("(?<month>" + MONTH + ")\\s+(?<dir>" + LAST + "|" + NEXT + ")"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(Optional.empty(), false, Optional.of(month(m)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), direction(m))),
            MONTHS),
        // début octobre, fin mars 2024, mi-mars, fin 2024, courant 2025
        new Rule("part-of-month-or-year", words("(?<edge>début|fin|mi|milieu|courant)(?:-|\\s+)(?:d'|de\\s+|du\\s+mois\\s+(?:de\\s+|d'))?(?:(?<month>"
            + MONTH + ")(?:\\s+" + YEAR + ")?|(?<year2>1\\d{3}|20\\d{2}))"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), false, group(m, "month").map(FrenchTimeReadings::monthNumber),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Direction.BY_TENSE),
                Optional.of(edge(m))),
            List.of("début", "fin", "mi", "milieu", "courant")),
        // les années 60, années 1990, début des années 2000, les années quatre-vingt
        new Rule("decade", words("(?:(?<edge>début|fin|milieu)\\s+des\\s+|les\\s+)?années\\s+(?<decade>(?:19|20)?\\d0"
            + "|vingt|trente|quarante|cinquante|soixante(?:-dix)?|quatre-vingts?(?:-dix)?)"),
            Type.DATE, (m, t) -> {
              String d = decadeDigits(group(m, "decade").orElseThrow());
              String decade = d.length() == 2 ? "19" + d.charAt(0) : d.substring(0, 3);
              return Meant.of(new TimeMeaning.Fixed(decade + "X"), group(m, "edge").map(e -> edge(m)));
            },
            List.of("années")),
        // le XIXe siècle, fin du XXe siècle, le 21e siècle
        new Rule("century", words("(?:(?<edge>début|fin|milieu)\\s+du\\s+|le\\s+)?(?<c>[XVI]+|\\d{1,2})\\s?(?:e|ème)\\s+siècle"),
            Type.DATE, (m, t) -> century(group(m, "c").orElseThrow())
                .flatMap(c -> Meant.of(new TimeMeaning.Fixed(String.format(Locale.ROOT, "%02dXX", c - 1)),
                    group(m, "edge").map(e -> edge(m)))),
            List.of("siècle")),
        // 22/03/2025, 22/03/25, 2025-03-22
        new Rule("numeric-date", words("(?<day>\\d{1,2})[/.](?<month>\\d{1,2})[/.](?:(?<year>\\d{4})|(?<yy>\\d{2}))"),
            Type.DATE, (m, t) -> Meant.of(new Calendar(year(m), group(m, "yy").isPresent(),
                intGroup(m, "month"), intGroup(m, "day"), Optional.empty(), Optional.empty(), Optional.empty(),
                Direction.BY_TENSE)),
            List.of("/", ".")),
        // 2002-07-03, and the guide's 2002.07.03 and 2002/07/03
        new Rule("iso-date", words("(?<year>\\d{4})(?<sep>[-./])(?<month>\\d{2})\\k<sep>(?<day>\\d{2})"), Type.DATE,
            (m, t) -> Meant.of(Calendar.date(intGroup(m, "year").orElseThrow(), intGroup(m, "month").orElseThrow(),
                intGroup(m, "day").orElseThrow())),
            List.of("-", ".", "/")),
        // en 1982, l'année 2001, depuis 1975: a year is a four-digit number that counts nothing
        new Rule("year", words("(?:l'an(?:née)?\\s+)?" + YEAR + "|l'an(?:née)?\\s+" + ABSURD_YEAR), Type.DATE,
            (m, t) -> countsNothing(t, m.end()) && !partOfANumber(t, m.start(), m.end())
                ? Meant.of(new Calendar(year(m), false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Direction.BY_TENSE))
                : Optional.empty(),
            Rule.DIGITS),
        // hier, aujourd'hui, demain, avant-hier, après-demain, hier soir, la veille, le lendemain, le jour suivant; "au
        // lendemain de l'élection" marks "lendemain" ("au" is the signal)
        new Rule("relative-day", words("(?<rel>avant-hier|après-demain|hier|aujourd'hui|demain|la\\s+veille|le\\s+lendemain|le\\s+surlendemain"
            + "|l'avant-veille|le\\s+jour\\s+(?:suivant|précédent)|au\\s+(?<t>lendemain))"
            + "(?:\\s+(?<part>" + PART + "))?"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, dayOffset(group(m, "rel").orElseThrow()),
                part(m))),
            List.of("hier", "aujourd", "demain", "veille", "lendemain", "jour suivant", "jour précédent")),
        // ce matin, ce soir, cette nuit, cet après-midi
        new Rule("this-part-of-day", words("(?:ce|cette|cet)\\s+(?<part>" + PART + ")"), Type.TIME,
            (m, t) -> anEvent(t, m.end()) ? Optional.empty() : Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, 0, part(m))),
            List.of("matin", "midi", "soir", "nuit", "journée")),
        // mardi, mardi dernier, ce dimanche, dimanche soir, mardi au matin, jeudi prochain
        new Rule("weekday", words("(?:(?<this>ce)\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<dir>" + LAST + "|" + NEXT + "))?"
            + "(?:\\s+(?:au\\s+(?=soir|matin))?(?<part>" + PART + "))?"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Weekday(weekday(m),
                group(m, "this").isPresent() ? Direction.THIS : direction(m), part(m))),
            WEEKDAYS_TRIGGERS),
        // l'automne dernier, cet été, l'hiver prochain, printemps 2024, les mois d'été (any summer)
        new Rule("season", words("(?:(?:l'|cet\\s+|ce\\s+|le\\s+|en\\s+|(?<of>d')|(?<bare>))(?<season>printemps|[ée]té|[ÉE]té|automne|hiver))"
            + "(?:\\s+(?:(?<dir>" + LAST + "|" + NEXT + ")|" + YEAR + "))?"), Type.DATE,
            FrenchSeasons::read,
            List.of("printemps", "été", "eté", "automne", "hiver")),
        // la semaine dernière, le mois prochain, l'an dernier, l'année passée, le trimestre précédent; "du mois dernier"
        // and "au trimestre précédent" mark the unit and its direction (the TimeBank leaves "du" out: "du mois de juin")
        new Rule("last-next-unit", words("(?:la|le|l')\\s*(?<unit>semaine|mois|année|an|week-end|décennie|siècle|trimestre)\\s+(?<dir>"
            + LAST + "|" + NEXT + ")|(?:du|au)\\s+(?<t>(?<unit2>mois|week-end|siècle|trimestre)\\s+(?<dir2>" + LAST + "|" + NEXT + "))"),
            Type.DATE,
            (m, t) -> Meant.of(unitOffset(group(m, "unit").or(() -> group(m, "unit2")).orElseThrow(),
                group(m, "dir").or(() -> group(m, "dir2")).map(FrenchTimeReadings::isLast).orElseThrow() ? -1 : 1)),
            UNIT_TRIGGERS),
        // à ce jour, jusqu'à ce jour, depuis ce jour: the article's day ("ce jour-là" is the day last named)
        new Rule("this-day", words("(?:à|jusqu'à|jusqu’à|depuis)\\s+(?<t>ce\\s+jour)(?![-\\p{L}])"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, 0, Optional.empty())),
            List.of("ce jour")),
        // cette semaine, ce mois-ci, cette année, ce week-end, ce trimestre; dans la semaine, dans le mois (this one);
        // l'année en cours
        new Rule("this-unit", words("(?:cette|ce|cet)\\s+(?<unit>semaine|mois|année|an|week-end|décennie|siècle|trimestre)(?:-ci)?"
            + "|dans\\s+(?:la|le)\\s+(?<unit2>semaine|mois)(?!\\s+(?:de|du|des|d'|qui|où|" + LAST + "|" + NEXT + ")(?![\\p{L}]))"
            + "|(?:l'|la\\s+|le\\s+)(?<unit3>année|semaine|mois|trimestre)\\s+en\\s+cours"),
            Type.DATE, (m, t) -> Meant.of(unitOffset(group(m, "unit").or(() -> group(m, "unit2")).or(() -> group(m, "unit3"))
                .orElseThrow(), 0)),
            UNIT_TRIGGERS),
        // la fin de l'année, début de l'année prochaine, la fin de l'année dernière, au début du siècle
        new Rule("edge-of-unit", words("(?:en\\s+(?=ce))?(?<t>(?:la\\s+|le\\s+|ce\\s+|cette\\s+)?(?<edge>début|fin|milieu)\\s+"
            + "(?:de\\s+la|du|de\\s+l'|d'|de)\\s*"
            + "(?<unit>semaine|mois|année|an|siècle|décennie)(?:\\s+(?<dir>" + LAST + "|" + NEXT + "))?)"), Type.DATE,
            (m, t) -> Meant.of(unitOffset(group(m, "unit").orElseThrow(),
                group(m, "dir").isEmpty() ? 0 : direction(m) == Direction.LAST ? -1 : 1), Optional.of(edge(m))),
            List.of("début", "fin", "milieu")),
        // il y a deux ans, il y a trois jours, dans deux semaines
        new Rule("ago-in", words("(?<dir>il\\s+y\\s+a|voilà|voici|dans)\\s+(?:(?:tout\\s+)?juste\\s+)?(?:(?<mod>plus\\s+de|moins\\s+de|près\\s+de|environ|presque"
            + "|quelque)\\s+)?" + NUM + "\\s+" + UNIT), Type.DATE,
            (m, t) -> DE_AFTER.matcher(t).region(m.end(), t.length()).lookingAt() ? Optional.empty() // "dans un jour de gloire"
                : number(m).flatMap(n -> {
              int sign = group(m, "dir").orElseThrow().toLowerCase(Locale.ROOT).startsWith("d") ? 1 : -1;
              return unitOf(group(m, "unit").orElseThrow()).map(u -> new Meant(
                  new TimeMeaning.Offset(u, sign * n.intValue(), Optional.empty()), modifier(m)));
            }),
            List.of("il y a", "dans", "voilà", "voici")),
        // plus de deux heures, environ une heure, 30,4 secondes, dix-huit mois, quelques jours
        // pas moins d'une heure, plus d'une heure: the modifier is in the extent, as the guide marks it
        new Rule("duration", words("(?:(?:pendant|durant|depuis|en)\\s+)?(?<t>(?<mod>(?:(?:pas\\s+|un\\s+peu\\s+)?(?:plus|moins)|près)"
            + "\\s+(?:de\\s+|d')|(?:environ|quelque|au\\s+moins|au\\s+plus|presque)\\s+)?" + NUM + "\\s+" + UNIT
            + "(?:\\s+et\\s+(?<half>demie?))?)"),
            Type.DURATION, (m, t) -> isAge(t, m) || ordinalSecond(t, m) ? Optional.empty() : number(m).flatMap(n -> durationValue(group(m, "num").orElseThrow(),
                group(m, "unit").orElseThrow()).map(v -> new Meant(new TimeMeaning.Fixed(group(m, "half").isPresent()
                    ? withHalf(v) : v), modifier(m)))),
            UNIT_TRIGGERS),
        // quelques jours, ces dernières années, des prochaines semaines, les semaines à venir, les jours qui viennent,
        // les jours suivants, les semaines dernières, les décennies à venir, les premières semaines, de nombreuses années,
        // de longs mois
        new Rule("vague-duration", words("(?:quelques|plusieurs|des|de\\s+(?:nombreu(?:x|ses)|long(?:ue)?s)"
            + "|(?:ces|les|des)\\s+(?:derni(?:ers|ères)|prochaine?s|" + FIRST + "))\\s+"
            + "(?<unit>jours|semaines|mois|années|ans|heures|minutes|décennies|siècles)"
            + "|les\\s+(?<unit2>jours|semaines|mois|années|heures|décennies|siècles)\\s+(?:à\\s+venir|qui\\s+viennent|qui\\s+suivent"
            + "|suivante?s|derni(?:ers|ères)|passée?s|précédente?s)"),
            Type.DURATION,
            (m, t) -> KIND_OF_HOURS.matcher(t).region(m.end(), t.length()).lookingAt() ? Optional.empty()
                : durationValue("X", group(m, "unit").or(() -> group(m, "unit2")).orElseThrow())
                    .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("quelques", "plusieurs", "des ", "derni", "prochain", "venir", "viennent", "suiv", "nombreu", "long", "premi")),
        // un demi-siècle, un quart de siècle, un quart d'heure, trois quarts d'heure
        new Rule("fraction-duration", words("(?:un|une|(?<three>trois))\\s+(?<f>demi(?:-|\\s+)|quarts?\\s+de\\s+|quarts?\\s+d')"
            + "(?<unit>siècle|heure|journée|année|décennie)"), Type.DURATION,
            (m, t) -> {
              boolean half = group(m, "f").orElseThrow().startsWith("demi");
              String unit = group(m, "unit").orElseThrow().toLowerCase(Locale.ROOT);
              if (group(m, "three").isPresent()) {
                return half || !unit.equals("heure") ? Optional.empty() : Meant.of(new TimeMeaning.Fixed("PT45M"));
              }
              String v = switch (unit) {
                case "siècle" -> half ? "P50Y" : "P25Y";
                case "heure" -> half ? "PT30M" : "PT15M";
                case "journée" -> half ? "PT12H" : "PT6H";
                case "décennie" -> half ? "P5Y" : "P2.5Y";
                default -> half ? "P6M" : "P3M";
              };
              return Meant.of(new TimeMeaning.Fixed(v));
            },
            List.of("demi", "quart")),
        // chaque semaine, tous les ans, tous les deux ans, toutes les semaines, tous les jeudis, annuels
        new Rule("each", words("(?:chaque|tous\\s+les|toutes\\s+les)\\s+(?:(?<num>deux|trois|quatre|cinq|six|dix|quinze|\\d{1,2})\\s+)?"
            + "(?<unit>jours?|semaines?|mois|ans|années?|heures?|minutes?|week-ends?)"), Type.SET,
            (m, t) -> durationValue(group(m, "num").orElse("1"), group(m, "unit").orElseThrow())
                .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("chaque", "tous", "toutes")),
        new Rule("each-weekday", words("(?:chaque|tous\\s+les)\\s+(?<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"),
            Type.SET, (m, t) -> Meant.of(new TimeMeaning.Fixed("XXXX-WXX-" + weekday(m).getValue())),
            List.of("chaque", "tous")),
        new Rule("frequency-adjective", words("(?<adj>annuel(?:le)?s?|hebdomadaires?|mensuel(?:le)?s?|quotidiennement"
            + "|annuellement|mensuellement|hebdomadairement"
            + "|bimensuel(?:le)?s?|trimestriel(?:le)?s?|semestriel(?:le)?s?)"), Type.SET,
            (m, t) -> precededByArticle(t, m.start()) ? Optional.empty() : Meant.of(new TimeMeaning.Fixed(
                frequency(group(m, "adj").orElseThrow()))),
            List.of("annuel", "hebdo", "mensuel", "trimestriel", "semestriel", "quotidiennement")),
        // deux fois par an, 100 euros par jour: the unit is the set
        new Rule("per-unit", words("par\\s+(?<t>(?<unit>an|jour|semaine|mois|heure|minute|année|semestre))"), Type.SET,
            (m, t) -> durationValue("1", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("par")),
        // la nuit, dans la soirée, le même jour, ce jour-là: on the day the text last spoke of
        // au petit matin, en pleine nuit: a part of that day too
        // ce soir-là, cette nuit-là: the same
        new Rule("reference-day", words("(?:dans\\s+)?(?:la\\s+|le\\s+|l'|en\\s+(?=soirée|matinée)|au\\s+petit\\s+(?=matin)"
            + "|en\\s+pleine\\s+(?=nuit)|(?:ce|cet|cette)\\s+(?=\\S+-là))(?<part>nuit|soirée|matinée|soir|matin|après-midi"
            + "|(?<=dans\\sla\\s)journée)(?:\\s+même|-là)?|le\\s+même\\s+jour"
            + "|ce\\s+jour-là|le\\s+jour\\s+même|ce\\s+moment[-\\s]là"), Type.TIME,
            (m, t) -> {
              if (anEvent(t, m.end())) {
                return Optional.empty();
              }
              // "la nuit du 28 au 29 juillet 2016": the night of the first day named after it (the TimeBank marks
              // the days apart)
              Matcher days = NIGHT_OF_DAYS.matcher(t).region(m.end(), t.length());
              if (days.lookingAt()) {
                return Meant.of(new Calendar(year(days), false, Optional.of(month(days)), Optional.of(day(days)),
                    Optional.empty(), Optional.empty(), part(m), Direction.BY_TENSE));
              }
              return Meant.of(new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                  Optional.empty(), part(m), Direction.BY_TENSE));
            },
            List.of("nuit", "soir", "matin", "midi", "journée", "même jour", "jour-là", "jour même", "moment")),
        // la nuit dernière: the night before the anchor's day
        new Rule("last-night", words("la\\s+nuit\\s+(?:dernière|passée)"), Type.TIME,
            (m, t) -> Meant.of(new TimeMeaning.Offset(ChronoUnit.DAYS, -1, Optional.of("NI"))), List.of("nuit")),
        // en début de semaine, en fin d'année, en milieu de matinée
        new Rule("edge-of-period", words("en\\s+(?<edge>début|fin|milieu)\\s+(?:de\\s+|d')(?:(?<unit>semaine|mois|année)"
            + "|(?<part>matinée|après-midi|soirée|journée))"), Type.DATE,
            (m, t) -> Meant.of(group(m, "unit").isPresent() ? unitOffset(group(m, "unit").orElseThrow(), 0)
                : new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), part(m), Direction.BY_TENSE), Optional.of(edge(m))),
            List.of("début", "fin", "milieu")),
        // une dizaine de jours, une quinzaine d'années: about that many, unless an age ("une femme d'une trentaine d'années")
        new Rule("approximate-duration", words("(?<t>une\\s+(?<approx>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
            + "|cinquantaine|centaine)\\s+(?:de\\s+|d')(?<unit>jours|ans|années|heures|minutes|semaines|mois|siècles))"),
            Type.DURATION, (m, t) -> isAge(t, m) || precededByDe(t, m.start()) ? Optional.empty()
                : durationValue(Integer.toString(approximateNumber(group(m, "approx").orElseThrow())), group(m, "unit").orElseThrow())
                    .flatMap(v -> Meant.of(new TimeMeaning.Fixed(v), Optional.of(Modifier.APPROX))),
            List.of("aine")),
        // cette année-là, ce mois-là, cette semaine-là: that of the date the text last named
        new Rule("that-unit", words("(?:cette|ce|cet)\\s+(?<unit>année|an|mois|semaine)-là"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Referred(unitOffset(group(m, "unit").orElseThrow(), 0))),
            List.of("-là")),
        // à la même époque, la même période, cette période: the month of the date the text last named ("l'an dernier à la
        // même époque")
        new Rule("same-time", words("la\\s+même\\s+(?:époque|période)|cette\\s+période"), Type.DATE,
            (m, t) -> Meant.of(new TimeMeaning.Referred(new TimeMeaning.Offset(ChronoUnit.MONTHS, 0, Optional.empty()))),
            List.of("époque", "période")),
        // la deuxième journée (of a championship), la première minute (of a match): one unit, counted
        new Rule("ordinal-unit", words("(?:la|le|l')\\s*(?:premi(?:er|ère)|seconde?|\\p{L}+ième|\\d+e|\\d+ème|1re)\\s+"
            + "(?<unit>journée|minute|heure|semaine)"), Type.DURATION,
            (m, t) -> durationValue("1", group(m, "unit").orElseThrow()).flatMap(v -> Meant.of(new TimeMeaning.Fixed(v))),
            List.of("journée", "minute", "heure", "semaine")),
        // en 97, rien en 98: a two-digit year after "en" when no unit or noun follows
        new Rule("short-year", words("(?:en|dès|depuis)\\s+(?<t>(?<yy>\\d{2}))(?=\\s*(?:[,;.()]|$|et\\s))"), Type.DATE,
            (m, t) -> Meant.of(new Calendar(year(m), true, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Direction.BY_TENSE)),
            Rule.DIGITS),
        new Rule("term-of-office", words("(?<term>quinquennat|septennat)"), Type.DURATION,
            (m, t) -> Meant.of(new TimeMeaning.Fixed(group(m, "term").orElseThrow().toLowerCase(Locale.ROOT)
                .startsWith("q") ? "P5Y" : "P7Y")),
            List.of("quinquennat", "septennat")),
        // 14h30, 14 h 30, 22 h, vers 15 h 30, 14:30, 11h du matin, 7 h du soir, à midi, minuit
        new Rule("clock", words("(?:(?<approx>vers|aux\\s+alentours\\s+de)\\s+)?(?<hour>[01]?\\d|2[0-4])\\s*(?:h|:)\\s*"
            + "(?<minute>[0-5]\\d)?(?:\\s+(?<part>du\\s+matin|du\\s+soir|de\\s+l'après-midi))?(?:\\s+(?:locales?|GMT|UTC))?"),
            Type.TIME,
            (m, t) -> group(m, "minute").isEmpty() && m.group().contains(":") ? Optional.empty()
                : Meant.of(clock(FrenchTimePhrases.afternoon(m, intGroup(m, "hour").orElseThrow()), intGroup(m, "minute").orElse(0)),
                    group(m, "approx").map(a -> Modifier.APPROX)),
            Rule.DIGITS),
        new Rule("noon-midnight", words("(?:(?<approx>vers)\\s+)?(?<w>midi|minuit)"), Type.TIME,
            (m, t) -> m.start("w") > 0 && t.charAt(m.start("w") - 1) == '-' ? Optional.empty() // après-midi
                : Meant.of(clock(group(m, "w").orElseThrow().equalsIgnoreCase("midi") ? 12 : 24, 0),
                group(m, "approx").map(a -> Modifier.APPROX)),
            List.of("midi", "minuit")),
        // maintenant, actuellement, désormais, à l'avenir, autrefois, récemment
        new Rule("reference", words("(?<ref>maintenant|actuellement|désormais|dorénavant|à\\s+présent|jusqu'à\\s+présent"
            + "|pour\\s+l'instant|pour\\s+le\\s+moment|de\\s+nos\\s+jours|à\\s+l'heure\\s+actuelle|à\\s+l'avenir|l'avenir"
            + "|dans\\s+le\\s+futur|le\\s+futur|autrefois|auparavant|jadis|naguère|récemment|nouvellement|dernièrement|bientôt|prochainement"
            + "|une\\s+date\\s+ultérieure|ces\\s+jours-ci|ces\\s+derniers\\s+temps|l'après-guerre|l'avant-guerre|l'entre-deux-guerres|en\\s+ce\\s+moment|pour\\s+l'heure)"),
            Type.DATE, (m, t) -> Meant.of(new TimeMeaning.Fixed(reference(group(m, "ref").orElseThrow()))),
            REFERENCE_TRIGGERS));
  }
}
