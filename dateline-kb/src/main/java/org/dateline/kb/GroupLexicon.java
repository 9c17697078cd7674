package org.dateline.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organisations and armed groups that act in the news, with their CAMEO actor code: international
 * organisations ("European Union" → IGOEUREEC, "Interpol" → IGOCOPITP), international militarised
 * groups ("Islamic State" → IMGMUSISI) and a country's non-state groups ("Hamas" → PSEREBHMS,
 * "Taliban" → AFGREB). The code's first three letters are a country or, for an actor no country
 * holds, its kind (IGO, IMG, NGO). Names are matched as {@link CountryLexicon} matches them. Built
 * from the PETRARCH2 actor dictionaries by {@code ./dateline kb groups}; immutable, thread-safe.
 */
public final class GroupLexicon {

  /** In the resources of this module, written by the build command. */
  public static final String RESOURCE = "groups.tsv.gz";

  /** A lexicon that knows no group: for a language pack that does not look groups up. */
  public static final GroupLexicon EMPTY = new GroupLexicon(Map.of());

  private final Map<String, String> codeByKey;

  public GroupLexicon(Map<String, String> codeByKey) {
    this.codeByKey = Map.copyOf(codeByKey);
  }

  /**
   * Reads the lexicon shipped with the module.
   *
   * @throws IOException when the resource is missing or malformed
   */
  public static GroupLexicon load() throws IOException {
    try (InputStream in = TsvTable.gzipResource(GroupLexicon.class, RESOURCE, "group lexicon")) {
      return read(in);
    }
  }

  /** Reads rows "CODE TAB name"; the first row for a name wins. */
  public static GroupLexicon read(InputStream in) throws IOException {
    Map<String, String> codes = new HashMap<>();
    TsvTable.read(in, (number, f, line) -> {
      if (f.length != 2 || !f[0].matches("[A-Z]{3}(?:[A-Z]{3})*")) {
        throw new IOException("group lexicon line " + number + ": expected CAMEO code TAB name: " + line);
      }
      codes.putIfAbsent(CountryLexicon.key(f[1]), f[0]);
    });
    return new GroupLexicon(codes);
  }

  /** Writes rows {code, name} that {@link #read} reads back, in the order given (the first for a name wins). */
  public static void write(List<String[]> rows, Writer out) throws IOException {
    out.write("# CAMEO actor code \\t name — built by ./dateline kb groups from the PETRARCH2 dictionaries (MIT)\n");
    java.util.Set<String> written = new java.util.HashSet<>();
    for (String[] r : rows) {
      if (written.add(CountryLexicon.key(r[1]))) {
        out.write(r[0] + "\t" + r[1] + "\n");
      }
    }
  }

  /** The CAMEO code of a group named so ("the European Union", "HAMAS"). */
  public Optional<String> lookup(String name) {
    return Optional.ofNullable(codeByKey.get(CountryLexicon.key(name)));
  }

  public int size() {
    return codeByKey.size();
  }
}
