package org.dateline.lang.fr;

import static org.dateline.time.RuleSupport.decimal;
import static org.dateline.time.RuleSupport.duration;
import static org.dateline.time.RuleSupport.group;
import static org.dateline.time.RuleSupport.intGroup;
import static org.dateline.time.RuleSupport.partOfANumber;
import static org.dateline.time.RuleSupport.wholeNumber;
import static org.dateline.time.RuleSupport.words;
import static org.dateline.time.RuleSupport.wordsCaseSensitive;

import java.math.BigDecimal;
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
 * How the French time rules read what they matched: month and weekday names, units, directions,
 * modifiers, durations, and the tests that keep numbers that are no times (years that count
 * something, ages) out. Pure functions over the rules' named groups.
 */
final class FrenchTimeReadings {

  private FrenchTimeReadings() {}

  static final Map<String, DayOfWeek> WEEKDAYS = Map.of("lundi", DayOfWeek.MONDAY, "mardi",
      DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY, "vendredi",
      DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

  static Optional<Integer> year(Matcher m) {
    return group(m, "year").or(() -> group(m, "year2")).or(() -> group(m, "yy")).map(Integer::parseInt);
  }

  static int month(Matcher m) {
    return monthNumber(group(m, "month").orElseThrow());
  }

  static int monthNumber(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    if (n.startsWith("mar")) {
      return 3;
    }
    if (n.startsWith("mai")) {
      return 5;
    }
    if (n.startsWith("juin")) {
      return 6;
    }
    if (n.startsWith("juil")) {
      return 7;
    }
    String[] prefixes = {"jan", "f", "", "av", "", "", "", "ao", "se", "oc", "no", "d"};
    for (int i = 0; i < prefixes.length; i++) {
      if (!prefixes[i].isEmpty() && n.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a French month: " + name);
  }

  static int day(Matcher m) {
    String d = group(m, "day").orElseThrow();
    return d.equalsIgnoreCase("1er") || d.equalsIgnoreCase("premier") ? 1 : Integer.parseInt(d);
  }

  static DayOfWeek weekday(Matcher m) {
    return WEEKDAYS.get(group(m, "wd").orElseThrow().toLowerCase(Locale.ROOT));
  }

  static Direction direction(Matcher m) {
    Optional<String> dir = group(m, "dir").map(d -> d.toLowerCase(Locale.ROOT));
    if (dir.isEmpty()) {
      return Direction.BY_TENSE;
    }
    return isLast(dir.get()) ? Direction.LAST : Direction.NEXT;
  }

  /** "dernier", "passée", "précédent": a word of {@link FrenchTimeGrammar#LAST}. */
  static boolean isLast(String direction) {
    return direction.toLowerCase(Locale.ROOT).matches(FrenchTimeGrammar.LAST);
  }

  static Optional<String> part(Matcher m) {
    return group(m, "part").map(p -> switch (p.toLowerCase(Locale.ROOT)) {
      case "matin", "matinée" -> "MO";
      case "après-midi" -> "AF";
      case "soir", "soirée" -> "EV";
      case "nuit" -> "NI";
      default -> "DT";
    });
  }

  static Modifier edge(Matcher m) {
    String e = group(m, "edge").orElseThrow().toLowerCase(Locale.ROOT);
    return e.startsWith("d") ? Modifier.START : e.startsWith("f") ? Modifier.END : Modifier.MID;
  }

  static Optional<Modifier> modifier(Matcher m) {
    return group(m, "mod").map(s -> s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim()
        .replaceAll("d'$", "de")).map(s -> switch (s) {
      case "plus de", "un peu plus de" -> Modifier.MORE_THAN;
      case "moins de", "un peu moins de" -> Modifier.LESS_THAN;
      case "au moins", "pas moins de" -> Modifier.EQUAL_OR_MORE;
      case "au plus", "pas plus de" -> Modifier.EQUAL_OR_LESS;
      default -> Modifier.APPROX;
    });
  }

  static int dayOffset(String rel) {
    String r = rel.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (r.startsWith("avant") || r.contains("avant-veille")) {
      return -2;
    }
    if (r.startsWith("après") || r.contains("surlendemain")) {
      return 2;
    }
    if (r.startsWith("hier") || r.contains("veille") || r.endsWith("précédent")) {
      return -1;
    }
    if (r.startsWith("demain") || r.contains("lendemain") || r.endsWith("suivant")) {
      return 1;
    }
    return 0;
  }

  static TimeMeaning unitOffset(String unit, int amount) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("week")) {
      return new TimeMeaning.Offset(ChronoUnit.WEEKS, amount, Optional.of("WE"));
    }
    if (u.startsWith("trimestre")) {
      return new TimeMeaning.Quarter(Optional.empty(), Optional.empty(), amount);
    }
    return new TimeMeaning.Offset(unitOf(u).orElseThrow(), amount, Optional.empty());
  }

  static Optional<ChronoUnit> unitOf(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("an") || u.startsWith("ann")) {
      return Optional.of(ChronoUnit.YEARS);
    }
    if (u.startsWith("mois")) {
      return Optional.of(ChronoUnit.MONTHS);
    }
    if (u.startsWith("semaine")) {
      return Optional.of(ChronoUnit.WEEKS);
    }
    if (u.startsWith("jour")) {
      return Optional.of(ChronoUnit.DAYS);
    }
    if (u.startsWith("déc") || u.startsWith("dec")) {
      return Optional.of(ChronoUnit.DECADES);
    }
    if (u.startsWith("si")) {
      return Optional.of(ChronoUnit.CENTURIES);
    }
    return Optional.empty();
  }

  /** The number of a duration or offset; a decimal ("30,4 secondes") counts as present. */
  static Optional<Long> number(Matcher m) {
    String n = group(m, "num").orElseThrow();
    if (Character.isDigit(n.charAt(0))) {
      return wholeNumber(n);
    }
    OptionalLong words = FrenchNumberWords.parse(n);
    return words.isPresent() ? Optional.of(words.getAsLong()) : Optional.empty();
  }

  /** "P2Y", "PT2H", "PT30.4S", "PXD"; {@code amount} is digits, words or "X" for an unknown number. */
  static Optional<String> durationValue(String amount, String unit) {
    String n = amount;
    if (!amount.equals("X") && !amount.matches("\\d+([,.]\\d+)?")) {
      OptionalLong words = FrenchNumberWords.parse(amount);
      if (words.isEmpty()) {
        return Optional.empty();
      }
      n = Long.toString(words.getAsLong());
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("semestre")) {
      return n.equals("X") ? Optional.of("PXM")
          : wholeNumber(n).filter(k -> k < Long.MAX_VALUE / 6).map(k -> "P" + k * 6 + "M");
    }
    DurationUnit d = u.startsWith("heure") ? DurationUnit.HOUR : u.startsWith("minute") ? DurationUnit.MINUTE
        : u.startsWith("seconde") ? DurationUnit.SECOND : u.startsWith("trimestre") ? DurationUnit.QUARTER
        : u.startsWith("week") ? DurationUnit.WEEKEND : u.startsWith("journ") || u.startsWith("jour") ? DurationUnit.DAY
        : u.startsWith("déc") || u.startsWith("dec") ? DurationUnit.DECADE : u.startsWith("si") ? DurationUnit.CENTURY
        : u.startsWith("semaine") ? DurationUnit.WEEK : u.startsWith("mois") ? DurationUnit.MONTH
        : u.startsWith("an") ? DurationUnit.YEAR : null;
    if (!n.equals("X") && (d == DurationUnit.DECADE || d == DurationUnit.CENTURY || u.startsWith("mill"))) {
      // the guide counts decades, centuries and millennia in years: "deux décennies" P20Y, "deux siècles" P200Y
      int years = d == DurationUnit.DECADE ? 10 : d == DurationUnit.CENTURY ? 100 : 1000;
      return Optional.of("P" + new BigDecimal(decimal(n)).multiply(BigDecimal.valueOf(years))
          .stripTrailingZeros().toPlainString() + "Y");
    }
    String count = n;
    return Optional.ofNullable(d).map(unitOfDuration -> duration(count, unitOfDuration));
  }

  static String frequency(String adjective) {
    String a = adjective.toLowerCase(Locale.ROOT);
    if (a.startsWith("annuel")) {
      return "P1Y";
    }
    if (a.startsWith("quotidien")) {
      return "P1D";
    }
    if (a.startsWith("hebdo")) {
      return "P1W";
    }
    if (a.startsWith("bimensuel")) {
      return "P2W";
    }
    if (a.startsWith("trimestriel")) {
      return "P3M";
    }
    if (a.startsWith("semestriel")) {
      return "P6M";
    }
    return "P1M";
  }

  private static final Pattern AFTER_ORDINAL_SECOND = Pattern.compile(
      "\\s+(?:fois|chance|vague|guerre|étape|partie|phase|manche|mi-temps|place|lecture|édition|moitié|session|série)\\b");

  /** "une seconde fois", "une seconde chance": the ordinal, not one second. */
  static boolean ordinalSecond(CharSequence text, Matcher m) {
    return group(m, "unit").orElseThrow().equalsIgnoreCase("seconde")
        && AFTER_ORDINAL_SECOND.matcher(text).region(m.end(), text.length()).lookingAt();
  }

  static String reference(String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    if (r.contains("avenir") || r.contains("futur") || r.contains("ultérieure") || r.startsWith("bientôt") || r.startsWith("prochainement")) {
      return "FUTURE_REF";
    }
    if (r.startsWith("autrefois") || r.startsWith("auparavant") || r.startsWith("jadis") || r.startsWith("naguère")
        || r.startsWith("récemment") || r.startsWith("nouvellement") || r.startsWith("dernièrement") || r.contains("guerre") || r.contains("derniers")) {
      return "PAST_REF";
    }
    return "PRESENT_REF";
  }

  static TimeMeaning clock(int hour, int minute) {
    return new Calendar(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(hour),
        Optional.of(minute), Optional.empty(), Direction.BY_TENSE);
  }

  static Optional<Integer> century(String numeral) {
    if (numeral.chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(numeral));
    }
    int total = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int v = switch (numeral.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        default -> 0;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total > 0 && total <= 30 ? Optional.of(total) : Optional.empty();
  }

  /**
   * What a number counts when it is no year: a plural noun ("2000 personnes", "1900 domiciles") or a unit
   * ("1780 m"). Any other word may follow a year ("en 2011 face à", "juin 2016 compte", "en 1984 lorsqu'il").
   */
  private static final Pattern COUNTED_AFTER = Pattern.compile("[\\p{L}\\p{N}]|\\s++(?:(?!(?:ils|elles|nous|vous|les|des"
      + "|ces|mes|tes|ses|nos|vos|leurs|dans|sous|sans|vers|depuis|puis|mais|lors|alors|après|près|très|plus|moins"
      + "|jamais|toujours|pas|tous|toutes|trois|deux|plusieurs|certains|certaines|quelques|dès|hors|parmi|fois"
      + "|ans|mois|jours|heures|semaines|années)(?![\\p{L}]))\\p{Ll}[\\p{L}-]{2,}[sx]|m|km|kg|t|ha|cm|mm|€|\\$|%)(?![\\p{L}])");

  static boolean countsNothing(CharSequence text, int end) {
    return !COUNTED_AFTER.matcher(text).region(end, text.length()).useTransparentBounds(true).lookingAt();
  }

  /**
   * "âgé de 29 ans", "un homme de 30 ans", "il a 53 ans", "(16 ans)", ", 26 ans,": an age, not a
   * duration; "un mandat de 5 ans" stays a duration.
   */
  static final Pattern BEFORE_AGE = Pattern.compile(
      "(?:[âa]g[ée]e?s?\\s+de|(?:homme|femme|enfant|jeune|garçon|garçonnet|fille|fillette|fils|adolescente?|bébé"
          + "|nourrisson|personne|victime|conducteur|conductrice|retraitée?|militaire|soldat|étudiante?|lycéenne?"
          + "|collégienne?|mineure?|patiente?|détenue?|suspecte?|joueur|joueuse|cycliste|pilote)s?\\s+de"
          // "les moins de 17 ans", "les plus de 60 ans": an age group
          + "|\\b(?:les|des)\\s+(?:moins|plus)\\s+de"
          + "|\\ba|avait|aura|ont|avaient|\\(|\\d-)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "à" on its own before the number: not "jusqu'à", not "d'ici à" (a time ahead), not the end of a range ("de deux
   * ans à un an", "25 à 50 ans") nor a comparison ("comparativement à 20 ans").
   */
  private static final Pattern GROUP_BEFORE = Pattern.compile("\\b(?:les|des)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AT_BEFORE = Pattern.compile("(?:^|[\\s,(])(?<!ici\\s|\\d\\s|ans\\s|an\\s|années\\s|rapport\\s"
      + "|comparativement\\s|face\\s)à\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TERM_BEFORE = Pattern.compile("condamn|peine|prison|sursis|réclusion|détention"
      + "|emprisonnement|mandat|durée|bail|contrat|délai|période|garantie", Pattern.CASE_INSENSITIVE);
  private static final Pattern OF_AFTER = Pattern.compile("\\s+(?:de|d['’])", Pattern.CASE_INSENSITIVE);

  /** "une Alsacienne de 6 ans", "Un Lyonnais de 54 ans" (a headline): a capitalised noun of origin, then the age. */
  static final Pattern ORIGIN_BEFORE_AGE = Pattern.compile("\\b(?:[Uu]ne?|[Ll][ea]|[Ll]')\\s+\\p{Lu}\\p{Ll}+\\s+de\\s*$",
      Pattern.UNICODE_CASE);

  /** "les années quatre-vingt" are the 1980s: a decade in words as its two digits ("80"); digits are kept. */
  static String decadeDigits(String decade) {
    String d = decade.toLowerCase(Locale.ROOT);
    if (Character.isDigit(d.charAt(0))) {
      return d;
    }
    int tens = d.startsWith("quatre-vingt") ? (d.endsWith("dix") ? 9 : 8) : d.startsWith("soixante")
        ? (d.endsWith("dix") ? 7 : 6) : d.startsWith("cinquante") ? 5 : d.startsWith("quarante") ? 4
        : d.startsWith("trente") ? 3 : 2;
    return tens + "0";
  }

  /** "dizaine" → 10, "quinzaine" → 15: the number an approximate count is built on. */
  static int approximateNumber(String noun) {
    return switch (noun.toLowerCase(Locale.ROOT)) {
      case "dizaine" -> 10;
      case "douzaine" -> 12;
      case "quinzaine" -> 15;
      case "vingtaine" -> 20;
      case "trentaine" -> 30;
      case "quarantaine" -> 40;
      case "cinquantaine" -> 50;
      default -> 100;
    };
  }

  static final Pattern SINCE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])depuis\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern DE_BEFORE = Pattern.compile("(?:\\bde|\\bd')\\s*$", Pattern.CASE_INSENSITIVE);

  /** "âgé d'une vingtaine d'années": a count after "de" describes, it is no time of its own. */
  static boolean precededByDe(CharSequence text, int start) {
    return DE_BEFORE.matcher(text.subSequence(Math.max(0, start - 4), start)).find();
  }

  static boolean isAge(CharSequence text, Matcher m) {
    if (!group(m, "unit").orElse("").toLowerCase(Locale.ROOT).startsWith("an")) {
      return false;
    }
    int start = m.start("t");
    int from = Math.max(0, start - 30);
    CharSequence preceding = text.subSequence(from, start);
    if (BEFORE_AGE.matcher(preceding).find() || ORIGIN_BEFORE_AGE.matcher(preceding).find()) {
      return true;
    }
    // "mort à 90 ans", "à 18 ans, il…": an age, unless a sentence or a term is being counted ("condamné à 2 ans
    // de prison", "un mandat porté à 5 ans")
    if (AT_BEFORE.matcher(preceding).find() && !TERM_BEFORE.matcher(preceding).find()
        && !OF_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
      return true;
    }
    // the modifier is inside the expression: "les moins de 17 ans" is seen as "les" + "moins de 17 ans"
    if (group(m, "mod").isPresent() && GROUP_BEFORE.matcher(preceding).find()) {
      return true;
    }
    // ", 26 ans," after a name: an apposition between commas
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = m.end();
    return before >= 0 && text.charAt(before) == ',' && after < text.length() && ",)".indexOf(text.charAt(after)) >= 0;
  }

  static boolean precededByArticle(CharSequence text, int start) {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    String previous = text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT);
    return List.of("le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "ces").contains(previous);
  }

  /** Words after an hour that make "deux heures" a distance or a share ("à deux heures de route", "à 48 heures du vote"). */
  /**
   * "la soirée dansante", "cette soirée, qui sera animée par …", "la matinée récréative": an evening or
   * a morning that is a party or a show, not a time of day.
   */
  private static final Pattern EVENT_AFTER = Pattern.compile("\\s*(?:,\\s*)?(?:dansante|théâtre|théâtrale|festive|récréative"
      + "|musicale|cabaret|karaoké|disco|caritative|portes\\s+ouvertes|de\\s+gala|d['’]information|de\\s+solidarité"
      + "|(?:qui\\s+sera\\s+|sera\\s+)?(?:animée|organisée|présentée|proposée))(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean anEvent(CharSequence text, int end) {
    return EVENT_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  static final Pattern DE_AFTER = Pattern.compile("\\s+(?:de|du|des|d')(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
}
