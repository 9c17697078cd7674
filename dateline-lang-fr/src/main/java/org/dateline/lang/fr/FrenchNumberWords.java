package org.dateline.lang.fr;

import java.util.Map;
import java.util.OptionalLong;
import org.dateline.quantity.NumberWordReader;

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

  private static final NumberWordReader READER = new NumberWordReader(VALUES, java.util.Set.of("cent", "cents"),
      java.util.Set.of("mille"), SEPARATOR, true);

  private FrenchNumberWords() {}

  /** The value of a number in words, or empty when it is not one. */
  public static OptionalLong parse(String words) {
    return READER.read(words);
  }
}
