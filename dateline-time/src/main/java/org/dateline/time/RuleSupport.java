package org.dateline.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers the language grammars share to write their rules. */
public final class RuleSupport {

  private RuleSupport() {}

  /**
   * A pattern matched as whole words, case-insensitively (for ASCII letters: "Hier", "HIER"), with
   * {@code '} standing for both apostrophes and {@code \s} for every space, no-break and narrow
   * no-break spaces included.
   */
  public static Pattern words(String regex) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + apostrophes(regex) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE);
  }

  /** Like {@link #words} but case-sensitive: for words that are times only in lower case ("mars", "mai"). */
  public static Pattern wordsCaseSensitive(String regex) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + apostrophes(regex) + ")(?![\\p{L}\\p{N}])");
  }

  /**
   * Both apostrophes for {@code '}, and every space for {@code \s}: Unicode-aware classes would
   * also make case-insensitive matching Unicode-aware, which costs more than the whole rest.
   */
  private static String apostrophes(String regex) {
    return accentedCapitals(regex.replace("'", "['’]").replace("\\s", "[\\s\\u00A0\\u202F]"));
  }

  private static final String ACCENTED = "àâäçéèêëîïôöùûü";

  /**
   * An accented small letter also matches its capital ("À présent", "Été" at the start of a
   * sentence), which ASCII case-insensitivity misses: inside a character class the capital is
   * added to it, elsewhere the letter becomes a two-letter class.
   */
  static String accentedCapitals(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      if (ACCENTED.indexOf(c) < 0) {
        out.append(c);
      } else {
        char upper = Character.toUpperCase(c);
        out.append(inClass ? "" + c + upper : "[" + c + upper + "]");
      }
    }
    return out.toString();
  }

  /** A named group's text, or empty when the group did not take part in the match. */
  public static Optional<String> group(Matcher m, String name) {
    try {
      int start = m.start(name);
      return start < 0 ? Optional.empty() : Optional.of(m.group(name));
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  public static Optional<Integer> intGroup(Matcher m, String name) {
    return group(m, name).map(s -> Integer.parseInt(s.replaceAll("\\D", "")));
  }

  /**
   * The whole part of a number written in digits ("30.4" → 30), empty when it is too long for a
   * count of anything ("99999999999999999999 years" is bad input, not an overflow).
   */
  public static Optional<Long> wholeNumber(String digits) {
    String whole = digits.replaceAll("[,.].*", "");
    return whole.matches("\\d{1,18}") ? Optional.of(Long.parseLong(whole)) : Optional.empty();
  }

  /** Units of a TIMEX3 duration, with how they are written after the number. */
  public enum DurationUnit {
    YEAR("Y", false), MONTH("M", false), WEEK("W", false), DAY("D", false), HOUR("H", true), MINUTE("M", true),
    SECOND("S", true), QUARTER("Q", false), DECADE("DE", false),
    /** TIMEX3 writes a century "C" ("PXC"), as it writes a decade "E" and a millennium "L". */
    CENTURY("C", false), WEEKEND("WE", false);

    private final String letter;
    private final boolean timePart;

    DurationUnit(String letter, boolean timePart) {
      this.letter = letter;
      this.timePart = timePart;
    }
  }

  /** "P2Y", "PT30.4S", "PXD": {@code amount} is digits (comma or point decimals) or "X" for an unknown number. */
  public static String duration(String amount, DurationUnit unit) {
    return (unit.timePart ? "PT" : "P") + decimal(amount) + unit.letter;
  }

  /**
   * Whether digits at [start, end) belong to a larger number, so are no year: "1678.5", "10 2025",
   * "2.1988", "n° 1982".
   */
  public static boolean partOfANumber(CharSequence text, int start, int end) {
    if (start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == ',')
        && Character.isDigit(text.charAt(start - 2))) {
      return true;
    }
    if (end + 1 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')
        && Character.isDigit(text.charAt(end + 1))) {
      return true;
    }
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\u202f')) {
      i--;
    }
    return i >= 0 && i < start - 1 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '°');
  }

  private static final Pattern WHOLE_DURATION = Pattern.compile("P(T?)(\\d+)([YMWDHS])");

  /**
   * A duration and a half, the half in the next smaller unit: "P2Y" → "P2Y6M", "PT5H" → "PT5H30M",
   * "P3D" → "P3DT12H"; months, weeks and seconds keep a decimal ("P2.5M"). Other values are returned as they are.
   */
  public static String withHalf(String duration) {
    Matcher m = WHOLE_DURATION.matcher(duration);
    if (!m.matches()) {
      return duration;
    }
    String n = m.group(2);
    return m.group(1).isEmpty() ? switch (m.group(3)) {
      case "Y" -> "P" + n + "Y6M";
      case "D" -> "P" + n + "DT12H";
      default -> "P" + n + ".5" + m.group(3);
    } : switch (m.group(3)) {
      case "H" -> "PT" + n + "H30M";
      case "M" -> "PT" + n + "M30S";
      default -> "PT" + n + ".5S";
    };
  }

  /** A decimal number written with a comma or a point, as TIMEX3 writes it ("30.4"). */
  public static String decimal(String digits) {
    return digits.replace(',', '.');
  }
}
