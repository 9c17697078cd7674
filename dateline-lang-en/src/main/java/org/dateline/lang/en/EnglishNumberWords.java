package org.dateline.lang.en;

import java.util.Map;
import java.util.OptionalLong;
import org.dateline.quantity.NumberWordReader;

/** Reads English numbers written in words: "twelve", "twenty-two", "three hundred", "a dozen". */
public final class EnglishNumberWords {

  /** One number word; compounds join them with hyphens, spaces or "and". */
  public static final String WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)";
  /** A number in words, as a regular expression; "a" and "an" count one only alone ("a year", not "a six-year"). */
  public static final String NUMBER = "(?:an?(?!\\s+" + WORD + ")|" + WORD + "(?:(?:-|\\s+and\\s+|\\s+)" + WORD + ")*)";

  private static final Map<String, Integer> VALUES = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("(?:-|\\s+and\\s+|\\s+)");

  private static final NumberWordReader READER = new NumberWordReader(VALUES, java.util.Set.of("hundred"),
      java.util.Set.of("thousand"), SEPARATOR, false);

  private EnglishNumberWords() {}

  /** The value of a number in words, or empty when it is not one. */
  public static OptionalLong parse(String words) {
    return READER.read(words);
  }
}
