package org.dateline.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the groups of {@link GroupLexicon} from the PETRARCH2 / Phoenix actor dictionaries (MIT):
 * the international actors (IGOs, NGOs), the militarised non-state actors, and the international
 * militarised groups of the country file (the Islamic State). A record is a primary phrase, its
 * "+" synonyms and its codes; a record whose codes are bounded in time (a person's years in
 * office) names a person, not a group, and is left out, as are multinational companies, whose
 * names are often common words. For the same reason a one-word name is kept only when it is no
 * common English word ("YOUTH", "TIGERS" and "ZERO" name small armed groups) and not an NGO's; a
 * name the country lexicon gives a country, capital or demonym is left to it ("Hamas" is also a
 * town in GeoNames, and stays a group).
 */
public final class GroupSources {

  static final String DICTIONARIES = "petrarch2-cameo/petrarch2/data/dictionaries/";
  static final List<String> FILES = List.of("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
  static final String COUNTRIES = "Phoenix.Countries.actors.txt";

  /** The kinds of actor no country holds, as the first three letters of a CAMEO code. */
  static final Set<String> INTERNATIONAL = Set.of("IGO", "IMG", "NGO", "NGM", "INT", "MNC");

  /** The one-word group names of the dictionaries that are common English words. */
  private static final Set<String> COMMON_WORDS = Set.of("CORNERSTONE", "FOUNDATION", "YOUTH", "MAVERICKS", "AVENGERS",
      "TIGERS", "ZERO", "FALCON", "EXTRADITABLES", "INEVITABLES", "BOOGEYMEN", "ORGANIZATION", "AMERICAN", "CATHOLIC");

  /** "[IGOUNO]", "[IMGMUSISI >20130408]", "[IGOUNO 970101-061231]": code, then an optional period. */
  private static final Pattern CODE = Pattern.compile("\\[(?<code>[A-Z]{3}[A-Z]*)\\s*(?<period>[<>]?\\d{6,8}(?:-\\d{6,8})?)?\\s*\\]");

  private GroupSources() {}

  /** Rows {code, name}: the two group files, then the country file's international militarised groups. */
  public static List<String[]> read(Path data, CountryLexicon countries) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String file : FILES) {
      rows.addAll(groups(Files.readAllLines(data.resolve(DICTIONARIES + file), StandardCharsets.UTF_8), countries, false));
    }
    rows.addAll(groups(Files.readAllLines(data.resolve(DICTIONARIES + COUNTRIES), StandardCharsets.UTF_8), countries, true));
    return rows;
  }

  /**
   * The groups of one dictionary file.
   *
   * @param internationalOnly keep only the records whose code no country holds (the country file's
   *     other records are countries and their officials)
   */
  static List<String[]> groups(List<String> lines, CountryLexicon countries, boolean internationalOnly) {
    List<String[]> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String[]> codes = new ArrayList<>(); // {code, period or null}
    for (String line : lines) {
      String text = line.split("[#;]", 2)[0];
      if (text.isBlank()) {
        continue;
      }
      boolean synonym = text.startsWith("+");
      boolean codeLine = Character.isWhitespace(text.charAt(0)) || text.startsWith("[");
      if (!synonym && !codeLine) {
        close(names, codes, countries, internationalOnly, rows);
        names.clear();
        codes.clear();
      }
      Matcher m = CODE.matcher(text);
      int nameEnd = text.indexOf('[') < 0 ? text.length() : text.indexOf('[');
      if (!codeLine) {
        names.add(text.substring(synonym ? 1 : 0, nameEnd).strip());
      }
      while (m.find()) {
        codes.add(new String[] {m.group("code"), m.group("period")});
      }
    }
    close(names, codes, countries, internationalOnly, rows);
    return rows;
  }

  private static void close(List<String> names, List<String[]> codes, CountryLexicon countries,
      boolean internationalOnly, List<String[]> rows) {
    if (codes.isEmpty() || codes.stream().anyMatch(c -> bounded(c[1]))) {
      return;
    }
    String code = codes.get(codes.size() - 1)[0];
    String kind = code.substring(0, 3);
    boolean international = INTERNATIONAL.contains(kind);
    if (kind.equals("MNC") || (internationalOnly && !international) || (!international && !countries.knowsCode(kind))
        || code.length() % 3 != 0) {
      return;
    }
    for (String raw : names) {
      // "THE EUROPEAN UNION": the article is no part of the name a text capitalises
      String name = raw.replace('_', ' ').strip().replaceAll("\\s+", " ").replaceFirst("^THE (?=.)", "");
      if (!name.matches("[A-Z][A-Z0-9 .'&-]*")
          || countries.lookup(name).filter(e -> e.kind() != CountryLexicon.Kind.CITY).isPresent()) {
        continue;
      }
      boolean oneWord = !name.contains(" ");
      if (oneWord && (kind.equals("NGO") || COMMON_WORDS.contains(name) || name.length() < 2)) {
        continue;
      }
      rows.add(new String[] {code, name});
    }
  }

  /** A period with an end ("<991231", "970101-061231"): a person's years, not a group's. */
  private static boolean bounded(String period) {
    return period != null && !period.startsWith(">");
  }
}
