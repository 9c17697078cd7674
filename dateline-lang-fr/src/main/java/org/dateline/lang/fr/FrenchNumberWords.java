package org.dateline.lang.fr;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Reads French numbers written in words: "douze", "vingt-deux", "quatre-vingt-dix-huit", "deux mille". */
public final class FrenchNumberWords {

  /** One number word; compounds join them with hyphens, spaces or "et". */
  public static final String WORD =
      "(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
          + "|vingts?|trente|quarante|cinquante|soixante|cents?|mille)";
  /** A number in words, as a regular expression. */
  public static final String NUMBER = WORD + "(?:(?:-et-|-|\\s+et\\s+|\\s+)" + WORD + ")*";

  private static final Map<String, Integer> VALUES = Map.ofEntries(
      Map.entry("zéro", 0), Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
      Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
      Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
      Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
      Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
      Map.entry("cinquante", 50), Map.entry("soixante", 60));

  private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("(?:-et-|-|\\s+et\\s+|\\s+)");
  private static final java.util.Set<String> MULTIPLYING = java.util.Set.of("cent", "cents", "mille");

  private FrenchNumberWords() {}

  /** The value of a number in words, or empty when it is not one. */
  public static OptionalLong parse(String words) {
    String lower = words.toLowerCase(Locale.ROOT).strip();
    int firstEnd = 0;
    while (firstEnd < lower.length() && Character.isLetter(lower.charAt(firstEnd))) {
      firstEnd++;
    }
    String first = lower.substring(0, firstEnd);
    if (!VALUES.containsKey(first) && !MULTIPLYING.contains(first)) {
      return OptionalLong.empty(); // most words: decided without splitting
    }
    String[] parts = SEPARATOR.split(lower);
    long total = 0;
    long current = 0;
    for (String w : parts) {
      switch (w) {
        case "cent", "cents" -> current = (current == 0 ? 1 : current) * 100;
        case "mille" -> {
          total += (current == 0 ? 1 : current) * 1000;
          current = 0;
        }
        default -> {
          Integer v = VALUES.get(w);
          if (v == null) {
            return OptionalLong.empty();
          }
          // soixante-dix, dix-sept, vingt-deux add up; only quatre-vingt(s) multiplies
          current += v == 20 && current % 100 == 4 ? 76 : v;
        }
      }
    }
    return OptionalLong.of(total + current);
  }
}
