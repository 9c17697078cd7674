package org.dateline.lang.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dateline.quote.GenderWords.Gender;

/**
 * Given names as written ("Moyra", "Jordan") and, for those one sex bears 95 % of the time or more,
 * that sex: from the US Social Security Administration's baby names of 1930-2024 (public domain;
 * {@code given-names.tsv.gz} beside this class, one {@code name<TAB>F|M|-} a line, lower case).
 *
 * @param names given names with a capital initial
 * @param genders lower-case given names borne by one sex nearly always, and that sex
 */
public record EnglishGivenNames(Set<String> names, Map<String, Gender> genders) {

  /** Beside this class. */
  static final String RESOURCE = "given-names.tsv.gz";

  public EnglishGivenNames {
    names = Set.copyOf(names);
    genders = Map.copyOf(genders);
  }

  /**
   * Reads the shipped list.
   *
   * @throws IOException when the resource is missing or a line is not {@code name<TAB>F|M|-}
   */
  public static EnglishGivenNames load() throws IOException {
    Set<String> names = new HashSet<>();
    Map<String, Gender> genders = new HashMap<>();
    try (InputStream in = EnglishGivenNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE + " beside " + EnglishGivenNames.class.getName());
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || !Set.of("F", "M", "-").contains(cols[1]) || cols[0].isEmpty()) {
          throw new IOException(RESOURCE + ": expected 'name<TAB>F|M|-', got '" + line + "'");
        }
        names.add(cols[0].substring(0, 1).toUpperCase(Locale.ROOT) + cols[0].substring(1));
        if (!cols[1].equals("-")) {
          genders.put(cols[0], cols[1].equals("F") ? Gender.FEMININE : Gender.MASCULINE);
        }
      }
    }
    return new EnglishGivenNames(names, genders);
  }
}
