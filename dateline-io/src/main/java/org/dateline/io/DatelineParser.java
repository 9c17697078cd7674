package org.dateline.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Dateline;
import org.dateline.core.Place;
import org.dateline.core.Span;

/**
 * Reads the dateline at the start of a line, in the agency forms French and English news use:
 *
 * <pre>
 * (Rome, Paris, 22 mars 2025).            places and date in parentheses
 * PARIS, 22 mars (AFP) -                  places, date, agency, dash
 * WASHINGTON, March 22 (Reuters) -
 * Paris, le 22 mars 2025 –
 * PARIS (AFP) -                           places and agency only
 * 14 juin 2016, France . –                date, then places (Wikinews)
 * 1er décembre 2018 . –                   date (and time) only
 * </pre>
 *
 * A date without a year takes the year that puts it nearest the publication date, when there is
 * one; otherwise the dateline has no date. Impossible dates ("31 février") give no date.
 */
public final class DatelineParser {

  private static final String MONTH =
      "janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[ûu]t"
          + "|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?"
          + "|January|Jan\\.?|February|Feb\\.?|March|Mar\\.?|April|Apr\\.?|May|June|Jun\\.?|July|Jul\\.?"
          + "|August|Aug\\.?|September|Sept?\\.?|October|Oct\\.?|November|Nov\\.?|December|Dec\\.?";
  private static final String WEEKDAY =
      "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
          + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.?|Tue\\.?|Wed\\.?|Thu\\.?|Fri\\.?|Sat\\.?|Sun\\.?";
  private static final String DATE =
      "(?:(?iu:" + WEEKDAY + "),?\\s+)?(?:le\\s+)?"
          + "(?:(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?<m1>(?iu:" + MONTH + "))(?:\\s+(?<y1>\\d{4}))?"
          + "|(?<m2>(?iu:" + MONTH + "))\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y2>\\d{4}))?"
          + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))";
  private static final String TIME =
      "(?:,?\\s*(?:à\\s+|at\\s+)?\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?:\\s*(?:GMT|UTC|HNE|HAE|CET|CEST|[ap]\\.?m\\.?))?)";
  private static final String WORD = "\\p{Lu}[\\p{L}’'.\\-]*";
  private static final String PLACE =
      WORD + "(?:\\s+(?:(?:de|du|des|la|le|les|d’|d'|l’|l'|sur|en|am|upon|on|of|el|al)\\s+)?" + WORD + "){0,3}";
  private static final String PLACES = "(?<places>" + PLACE + "(?:\\s*(?:,|/)\\s*" + PLACE + ")*)";
  private static final String AGENCY = "\\(\\s*(?<agency>[\\p{Lu}][\\p{L}\\p{N}.\\- ]{0,24}?)\\s*\\)";
  private static final String DASH = "[-–—]+";

  private static final List<Pattern> FORMS = List.of(
      Pattern.compile("\\(\\s*(?:" + PLACES + "\\s*,\\s*)?" + DATE + TIME + "?\\s*\\)\\s*[.:]?\\s*(?:" + DASH + ")?"),
      Pattern.compile(PLACES + "\\s*,\\s*" + DATE + TIME + "?\\s*(?:" + AGENCY + ")?\\s*(?:" + DASH + "|:|\\.\\s*(?:" + DASH + ")?)"),
      Pattern.compile(PLACES + "\\s*" + AGENCY + "\\s*(?:" + DASH + "|:)"),
      Pattern.compile(DATE + TIME + "?\\s*,\\s*" + PLACES + "\\s*\\.?\\s*" + DASH),
      Pattern.compile(DATE + TIME + "?\\s*\\.?\\s*" + DASH));
  /** A line that is nothing but a date ("22 mars 2025"): a dateline too. */
  private static final Pattern DATE_LINE = Pattern.compile(DATE + TIME + "?\\s*\\.?");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("fé", 2), Map.entry("fe", 2), Map.entry("mar", 3),
      Map.entry("av", 4), Map.entry("ap", 4), Map.entry("mai", 5), Map.entry("may", 5),
      Map.entry("juin", 6), Map.entry("jun", 6), Map.entry("juil", 7), Map.entry("jul", 7),
      Map.entry("ao", 8), Map.entry("au", 8), Map.entry("se", 9), Map.entry("oc", 10),
      Map.entry("no", 11), Map.entry("dé", 12), Map.entry("de", 12));
  private static final List<String> LOWER_CONNECTORS =
      List.of("de", "du", "des", "la", "le", "les", "sur", "en", "am", "upon", "on", "of", "el", "al");

  /** A dateline found at the start of a line, where it ends, and the problems met reading it. */
  public record Result(Dateline dateline, List<String> problems) {}

  /**
   * The dateline at the start of {@code line}, or empty.
   *
   * @param text the whole article text
   * @param line the span of the line to look at
   * @param publication the publication date, used for the year a dateline may leave out
   */
  public Optional<Result> parse(String text, Span line, Optional<LocalDate> publication) {
    String lineText = line.of(text);
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(lineText);
      if (m.lookingAt()) {
        return Optional.of(result(text, line, m, publication));
      }
    }
    Matcher m = DATE_LINE.matcher(lineText);
    if (m.matches()) {
      return Optional.of(result(text, line, m, publication));
    }
    return Optional.empty();
  }

  private Result result(String text, Span line, Matcher m, Optional<LocalDate> publication) {
    List<String> problems = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    if (hasGroup(m, "places") && m.group("places") != null) {
      int offset = line.start() + m.start("places");
      Matcher each = Pattern.compile(PLACE).matcher(m.group("places"));
      while (each.find()) {
        places.add(new Place(readable(each.group()),
            new Span(offset + each.start(), offset + each.end())));
      }
    }
    Optional<String> agency = hasGroup(m, "agency") ? Optional.ofNullable(m.group("agency")) : Optional.empty();
    Optional<LocalDate> date = date(m, publication, problems);
    int end = line.start() + m.end();
    while (end > line.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Result(new Dateline(new Span(line.start() + m.start(), end), places, date, agency), problems);
  }

  private static boolean hasGroup(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">");
  }

  private Optional<LocalDate> date(Matcher m, Optional<LocalDate> publication, List<String> problems) {
    String day = first(m, "d1", "d2", "d3");
    String month = first(m, "m1", "m2", "m3");
    String year = first(m, "y1", "y2", "y3");
    if (day == null || month == null) {
      return Optional.empty();
    }
    int d = Integer.parseInt(day);
    int mo = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : monthNumber(month);
    if (year != null) {
      return valid(Integer.parseInt(year), mo, d, problems);
    }
    if (publication.isEmpty()) {
      problems.add("the dateline's date has no year and no publication date was given");
      return Optional.empty();
    }
    // the year that puts the date nearest the publication date: "December 31" filed on January 2
    LocalDate pub = publication.get();
    Optional<LocalDate> best = Optional.empty();
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      Optional<LocalDate> candidate = valid(y, mo, d, new ArrayList<>());
      if (candidate.isPresent() && (best.isEmpty()
          || distance(candidate.get(), pub) < distance(best.get(), pub))) {
        best = candidate;
      }
    }
    if (best.isEmpty()) {
      problems.add("no such date: day " + d + " of month " + mo);
    }
    return best;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static Optional<LocalDate> valid(int year, int month, int day, List<String> problems) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      problems.add("no such date: " + year + "-" + month + "-" + day);
      return Optional.empty();
    }
  }

  private static String first(Matcher m, String... groups) {
    for (String g : groups) {
      if (hasGroup(m, g) && m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  static int monthNumber(String name) {
    // fold each letter as the case-insensitive pattern compared it, so that every name it matched
    // is found: "JUİN" (Turkish upper case of "juin"), "juın", "ſept" fold to "juin", "juin", "sept"
    StringBuilder folded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      folded.append(Character.toLowerCase(Character.toUpperCase(name.charAt(i))));
    }
    String n = folded.toString().replace(".", "");
    if (n.startsWith("mar")) {
      return 3;
    }
    for (int len = Math.min(4, n.length()); len >= 2; len--) {
      Integer month = MONTHS.get(n.substring(0, len));
      if (month != null) {
        return month;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  /**
   * "PARIS" → "Paris", "NEW YORK" → "New York", "LE CAIRE" → "Le Caire", "AIX-EN-PROVENCE" →
   * "Aix-en-Provence"; mixed case is kept. Lower-cases character by character, so a Turkish "İ"
   * becomes "i" without a combining dot.
   */
  static String readable(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    int wordStart = 0;
    for (int i = 0; i <= place.length(); i++) {
      if (i == place.length() || place.charAt(i) == ' ' || place.charAt(i) == '-') {
        String word = lowerCase(place.substring(wordStart, i));
        boolean connector = wordStart > 0 && LOWER_CONNECTORS.contains(word);
        out.append(connector || word.isEmpty() ? word : capitalizeAfterApostrophes(word));
        if (i < place.length()) {
          out.append(place.charAt(i));
        }
        wordStart = i + 1;
      }
    }
    return out.toString();
  }

  private static String lowerCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(Character.toLowerCase(s.charAt(i)));
    }
    return out.toString();
  }

  /** "l'aquila" → "L'Aquila". */
  private static String capitalizeAfterApostrophes(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean capitalize = true;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      out.append(capitalize ? Character.toUpperCase(c) : c);
      capitalize = c == '\'' || c == '’';
    }
    return out.toString();
  }
}
