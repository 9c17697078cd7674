package org.dateline.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Which country a name belongs to: country names (French and English, common and official),
 * capitals and cities, and demonyms ("russe", "nord-coréenne", "Ukrainian"), each with the ISO
 * 3166-1 alpha-3 code. Names are matched case- and accent-insensitively ("Etats-Unis" =
 * "États-Unis"). Built from open data by {@code ./dateline kb countries}; immutable, thread-safe.
 */
public final class CountryLexicon {

  /**
   * What a name is: the generated kinds, then the curated ones of {@link #CURATED}: news agencies,
   * other media, and seats of government that stand for their government ("le Kremlin").
   */
  public enum Kind { COUNTRY, CAPITAL, DEMONYM, CITY, AGENCY, MEDIA, SEAT }

  /** A listed name's country and kind. */
  public record Entry(String country, Kind kind) {}

  /** In the resources of this module, written by the build command. */
  public static final String RESOURCE = "countries.tsv.gz";

  /** Beside it, curated by hand and read first, so that its readings win. */
  public static final String CURATED = "media.tsv";

  private final Map<String, Entry> byKey;
  private final java.util.Set<String> codes;

  public CountryLexicon(Map<String, Entry> byKey) {
    this.byKey = Map.copyOf(byKey);
    this.codes = byKey.values().stream().map(Entry::country).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Reads the lexicon shipped with the module.
   *
   * @throws IOException when the resource is missing or malformed
   */
  public static CountryLexicon load() throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    try (InputStream curated = resource(CURATED); InputStream generated = resource(RESOURCE)) {
      read(curated, entries);
      read(new GZIPInputStream(generated), entries);
    }
    return new CountryLexicon(entries);
  }

  /** The shipped lexicon, with the places a user imported first ({@code ./dateline kb import}): theirs win. */
  public static CountryLexicon load(UserKnowledgeBase user) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    for (String[] row : user.places()) {
      entries.putIfAbsent(key(row[2]), new Entry(row[0], Kind.valueOf(row[1])));
    }
    try (InputStream curated = resource(CURATED); InputStream generated = resource(RESOURCE)) {
      read(curated, entries);
      read(new GZIPInputStream(generated), entries);
    }
    return new CountryLexicon(entries);
  }

  private static InputStream resource(String name) throws IOException {
    return TsvTable.resource(CountryLexicon.class, name, "country lexicon");
  }

  /** Reads rows "ISO3 TAB KIND TAB name"; the first row for a name wins. */
  public static CountryLexicon read(InputStream in) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    read(in, entries);
    return new CountryLexicon(entries);
  }

  private static void read(InputStream in, Map<String, Entry> entries) throws IOException {
    TsvTable.read(in, (number, f, line) -> {
      if (f.length != 3 || !ISO3.matcher(f[0]).matches()) {
        throw new IOException("country lexicon line " + number + ": expected ISO3 TAB KIND TAB name: " + line);
      }
      try {
        entries.putIfAbsent(key(f[2]), new Entry(f[0], Kind.valueOf(f[1])));
      } catch (IllegalArgumentException e) {
        throw new IOException("country lexicon line " + number + ": unknown kind " + f[1]);
      }
    });
  }

  /**
   * Writes rows that {@link #read} reads back, in a stable order in which a name's strongest reading
   * comes first: country, then capital, then demonym, then city ("Washington" is the US capital
   * before it is a town in England; "russe" a demonym before a Bulgarian city).
   */
  public static void write(List<String[]> rows, Writer out) throws IOException {
    out.write("# ISO 3166-1 alpha-3 \\t kind \\t name — built by ./dateline kb countries\n");
    java.util.Comparator<String[]> order = java.util.Comparator.<String[]>comparingInt(r -> Kind.valueOf(r[1]).ordinal())
        .thenComparing(r -> r[0]).thenComparing(r -> r[2]);
    java.util.Set<String> written = new java.util.HashSet<>();
    for (String[] r : rows.stream().sorted(order).toList()) {
      String line = r[0] + "\t" + r[1] + "\t" + r[2] + "\n";
      if (written.add(line)) {
        out.write(line);
      }
    }
  }

  public Optional<Entry> lookup(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  public int size() {
    return byKey.size();
  }

  /** Whether some listed name belongs to this ISO 3166-1 alpha-3 code. */
  public boolean knowsCode(String iso3) {
    return codes.contains(iso3);
  }

  /** Lower case, no accents, one kind of apostrophe and space: "États-Unis" → "etats-unis". */
  static String key(String name) {
    String stripped = name.strip();
    if (plain(stripped)) {
      return stripped.toLowerCase(Locale.ROOT); // most words: nothing to decompose, nothing to collapse
    }
    String decomposed = Normalizer.normalize(stripped, Normalizer.Form.NFD);
    return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").replace('’', '\'')).replaceAll(" ")
        .toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  /** Compiled once: a table has a hundred thousand rows to check. */
  private static final java.util.regex.Pattern ISO3 = java.util.regex.Pattern.compile("[A-Z]{3}");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /**
   * ASCII whose only whitespace is single spaces ("Corée" is not, "North Korea" is): a key that
   * decomposition and collapsing would leave as it is.
   */
  private static boolean plain(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean singleSpace = c == ' ' && (k == 0 || s.charAt(k - 1) != ' ');
      if (c >= 128 || Character.isWhitespace(c) && !singleSpace) {
        return false;
      }
    }
    return true;
  }
}
