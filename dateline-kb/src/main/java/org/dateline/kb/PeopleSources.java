package org.dateline.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people from the open data the knowledge base is built from: the PETRARCH2 / Phoenix
 * country actor dictionary (MIT; names with CAMEO codes and dated roles) and the Wikidata world
 * leaders list (CC0; heads of state and government with their office and years).
 */
public final class PeopleSources {

  static final String PHOENIX = "petrarch2-cameo/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt";
  static final String LEADERS = "world-leaders-wikidata/wikidata.csv";

  /** "[RUSGOVMIL >030101]", "[RUSGOV 030101-071231]", "[USAELI]": code, then an optional period. */
  private static final Pattern CODE = Pattern.compile("\\[(?<code>[A-Z]{3}[A-Z]*)\\s*(?<period>[<>]?\\d{6}(?:-\\d{6})?)?\\s*\\]");

  private PeopleSources() {}

  /** Both sources under the open data directory; a country code the lexicon does not know is skipped. */
  public static List<Person> read(Path data, CountryLexicon countries) throws IOException {
    List<Person> people = new ArrayList<>(phoenix(Files.readAllLines(data.resolve(PHOENIX), StandardCharsets.UTF_8),
        countries));
    people.addAll(leaders(Files.readAllLines(data.resolve(LEADERS), StandardCharsets.UTF_8), countries));
    return people;
  }

  static List<Person> phoenix(List<String> lines, CountryLexicon countries) {
    List<Person> people = new ArrayList<>();
    String actor = null;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '+' && line.charAt(0) != '[') {
        actor = line.split("#", 2)[0].strip().replaceAll("_+$", "");
        continue;
      }
      Matcher m = CODE.matcher(line);
      while (actor != null && !actor.isEmpty() && m.find()) {
        String country = m.group("code").substring(0, 3);
        if (countries.knowsCode(country)) {
          String[] period = period(m.group("period"));
          people.add(new Person("phoenix:" + actor, displayName(actor), country, m.group("code").substring(3),
              period[0], period[1]));
        }
      }
    }
    return people;
  }

  /** ">030101" from 2003-01-01; "<991231" until 1999-12-31; "030101-071231" both. */
  private static String[] period(String text) {
    if (text == null) {
      return new String[] {"", ""};
    }
    if (text.startsWith(">")) {
      return new String[] {date(text.substring(1)), ""};
    }
    if (text.startsWith("<")) {
      return new String[] {"", date(text.substring(1))};
    }
    String[] ends = text.split("-");
    return new String[] {date(ends[0]), ends.length > 1 ? date(ends[1]) : ""};
  }

  private static String date(String yymmdd) {
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    return (yy <= 40 ? 2000 + yy : 1900 + yy) + "-" + yymmdd.substring(2, 4) + "-" + yymmdd.substring(4, 6);
  }

  /** "SERGEY_SHOYGU" → "Sergey Shoygu". */
  static String displayName(String actor) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : actor.replace('_', ' ').toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '\'';
    }
    return out.toString();
  }

  static List<Person> leaders(List<String> lines, CountryLexicon countries) {
    List<Person> people = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      List<String> f = csvFields(line);
      if (f.size() < 8) {
        continue;
      }
      Optional<String> country = countries.lookup(f.get(1)).filter(e -> e.kind() == CountryLexicon.Kind.COUNTRY)
          .map(CountryLexicon.Entry::country);
      if (country.isPresent() && !f.get(5).isBlank()) {
        people.add(new Person(f.get(4), f.get(5), country.get(), f.get(3), f.get(6), f.get(7)));
      }
    }
    return people;
  }

  /** One CSV record's fields, with RFC 4180 quoting. */
  static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
