package org.dateline.kb;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Entities a user lists in a CSV file with a header row: {@code kind,name,country} and, for people,
 * optional {@code id,role,from,to}. Kinds: PERSON, or one of the country lexicon's (COUNTRY,
 * CAPITAL, CITY, AGENCY, MEDIA, SEAT). Country: ISO 3166-1 alpha-3. A row that breaks these rules
 * is reported with its line and skipped.
 */
public final class CsvEntities {

  private static final Set<String> REQUIRED = Set.of("kind", "name", "country");

  private CsvEntities() {}

  public static void read(Reader in, String source, ImportedEntities into) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().containsAll(REQUIRED)) {
        into.report().problem(source + " line 1", "the header must name the columns kind, name and country, not "
            + parser.getHeaderNames());
        return;
      }
      var rows = parser.iterator();
      while (true) {
        CSVRecord row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          into.report().problem(source + " line " + parser.getCurrentLineNumber(), "unreadable CSV: " + e.getMessage());
          return; // the parser cannot go on past a broken quote
        }
        read(row, source + " line " + row.getParser().getCurrentLineNumber(), into);
      }
    }
  }

  private static void read(CSVRecord row, String where, ImportedEntities into) {
    if (!row.isConsistent()) {
      into.report().problem(where, "expected " + row.getParser().getHeaderNames().size() + " fields, found " + row.size());
      return;
    }
    String kind = row.get("kind").toUpperCase(Locale.ROOT);
    String name = row.get("name");
    String country = row.get("country").toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      into.report().problem(where, "empty name");
    } else if (!country.matches("[A-Z]{3}")) {
      into.report().problem(where, "country must be an ISO 3166-1 alpha-3 code, not '" + row.get("country") + "'");
    } else if (kind.equals("PERSON")) {
      String id = optional(row, "id");
      into.addPerson(new Person(id.isEmpty() ? "user:" + NameKey.of(name).replace(' ', '_') : id, name, country,
          optional(row, "role"), optional(row, "from"), optional(row, "to")));
    } else {
      try {
        into.addPlace(country, CountryLexicon.Kind.valueOf(kind), name);
      } catch (IllegalArgumentException e) {
        into.report().problem(where, "unknown kind '" + row.get("kind") + "' (PERSON, COUNTRY, CAPITAL, DEMONYM, CITY, "
            + "AGENCY, MEDIA or SEAT)");
      }
    }
  }

  private static String optional(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).replace('\t', ' ') : "";
  }
}
