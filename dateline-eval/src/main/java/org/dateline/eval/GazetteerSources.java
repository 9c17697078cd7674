package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.ner.Gazetteer;

/**
 * Builds the NER gazetteer from the open data in {@code shared/data}: country names, official
 * names and capitals in French and English (countries-mledoze, ODbL), cities and their Latin-script
 * alternate names (GeoNames cities15000, CC BY), heads of state and government (Wikidata, CC0),
 * and demonyms, which are listed so that the tagger learns they are not entities.
 */
public final class GazetteerSources {

  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}\\s'’.\\-]{1,60}");

  private GazetteerSources() {}

  /**
   * Rows for the country lexicon ({@code ISO3, kind, name}): country names in English and French,
   * their demonyms, and every city of GeoNames cities15000 with its Latin-script names, capitals
   * marked as such.
   */
  public static List<String[]> countryRows(Path data) throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<String[]> territoryDemonyms = new ArrayList<>();
    Map<String, String> iso3ByIso2 = new java.util.HashMap<>();
    JsonNode countries = new ObjectMapper().readTree(data.resolve("countries-mledoze/countries.json").toFile());
    for (JsonNode c : countries) {
      String iso3 = c.path("cca3").asText();
      iso3ByIso2.put(c.path("cca2").asText(), iso3);
      for (String name : List.of(c.at("/name/common").asText(), c.at("/name/official").asText(),
          c.at("/translations/fra/common").asText(), c.at("/translations/fra/official").asText())) {
        if (!name.isBlank()) {
          rows.add(new String[] {iso3, "COUNTRY", name});
        }
      }
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() > 3) {
          rows.add(new String[] {iso3, "COUNTRY", alt.asText()});
        }
      }
      // "français" is the demonym of France and of the French Southern Territories: sovereign states first
      List<String[]> demonyms = c.path("independent").asBoolean() ? rows : territoryDemonyms;
      for (String lang : List.of("fra", "eng")) {
        for (String g : List.of("m", "f")) {
          String demonym = c.at("/demonyms/" + lang + "/" + g).asText();
          if (!demonym.isBlank()) {
            demonyms.add(new String[] {iso3, "DEMONYM", demonym});
            demonyms.add(new String[] {iso3, "DEMONYM", demonym.endsWith("s") || demonym.endsWith("x") ? demonym : demonym + "s"});
          }
        }
      }
    }
    java.util.Set<String> sovereignDemonyms = rows.stream().filter(r -> r[1].equals("DEMONYM"))
        .map(r -> folded(r[2])).collect(java.util.stream.Collectors.toSet());
    territoryDemonyms.stream().filter(r -> !sovereignDemonyms.contains(folded(r[2]))).forEach(rows::add);
    try (BufferedReader cities = Files.newBufferedReader(data.resolve("geonames-cities15000/cities15000.txt"),
        StandardCharsets.UTF_8)) {
      String line;
      while ((line = cities.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 9 || !iso3ByIso2.containsKey(f[8])) {
          continue;
        }
        String iso3 = iso3ByIso2.get(f[8]);
        String kind = f[7].equals("PPLC") ? "CAPITAL" : "CITY";
        rows.add(new String[] {iso3, kind, f[1]});
        for (String alt : f[3].split(",")) {
          if (alt.length() >= 3 && LATIN.matcher(alt).matches() && !alt.equals(alt.toUpperCase(java.util.Locale.ROOT))) {
            rows.add(new String[] {iso3, kind, alt});
          }
        }
      }
    }
    // what a name is first listed as wins: countries and demonyms before cities
    rows.sort(java.util.Comparator.comparingInt(r -> List.of("COUNTRY", "CAPITAL", "DEMONYM", "CITY").indexOf(r[1])));
    return rows;
  }

  /** The parts a gazetteer can be built from. */
  public enum Part {
    /** Countries, capitals, cities and demonyms (countries-mledoze, GeoNames). */
    PLACES,
    /** Heads of state and government (Wikidata). */
    PEOPLE,
    /** International organisations, NGOs, companies and armed groups (PETRARCH2's actor lists). */
    ORGANISATIONS
  }

  /**
   * @param data the shared data directory
   * @param tokenize how the language tokenizes a name (so entries match the tokens the tagger sees)
   * @param parts which lists to read
   */
  public static Gazetteer build(Path data, Function<String, List<String>> tokenize, java.util.Set<Part> parts)
      throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    if (parts.contains(Part.PLACES)) {
      places(data, entries);
    }
    if (parts.contains(Part.ORGANISATIONS)) {
      Path actors = data.resolve("petrarch2-cameo/petrarch2/data/dictionaries");
      for (String file : List.of("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")) {
        organisations(actors.resolve(file)).forEach(name -> entries.putIfAbsent(name, "ORG"));
      }
    }
    if (parts.contains(Part.PEOPLE)) {
      List<String> leaders = Files.readAllLines(data.resolve("world-leaders-wikidata/wikidata.csv"), StandardCharsets.UTF_8);
      for (String line : leaders.subList(1, leaders.size())) {
        String[] f = line.split(",");
        if (f.length >= 6 && !f[5].isBlank() && !f[5].startsWith("Q")) {
          entries.putIfAbsent(f[5].replace("\"", ""), "PER");
        }
      }
    }
    Gazetteer.Builder builder = new Gazetteer.Builder();
    for (var e : entries.entrySet()) {
      if (!e.getKey().isBlank()) {
        List<String> tokens = new ArrayList<>(tokenize.apply(e.getKey()));
        builder.add(tokens, e.getValue());
      }
    }
    return builder.build();
  }

  private static void places(Path data, Map<String, String> entries) throws IOException {
    JsonNode countries = new ObjectMapper().readTree(data.resolve("countries-mledoze/countries.json").toFile());
    for (JsonNode c : countries) {
      for (String name : List.of(c.at("/name/common").asText(), c.at("/name/official").asText(),
          c.at("/translations/fra/common").asText(), c.at("/translations/fra/official").asText())) {
        entries.putIfAbsent(name, "LOC");
      }
      for (JsonNode capital : c.path("capital")) {
        entries.putIfAbsent(capital.asText(), "LOC");
      }
      for (JsonNode alt : c.path("altSpellings")) {
        if (alt.asText().length() > 3) {
          entries.putIfAbsent(alt.asText(), "LOC");
        }
      }
      for (String lang : List.of("fra", "eng")) {
        for (String g : List.of("m", "f")) {
          String demonym = c.at("/demonyms/" + lang + "/" + g).asText();
          if (!demonym.isBlank()) {
            entries.putIfAbsent(demonym, "DEMONYM");
            entries.putIfAbsent(demonym + "s", "DEMONYM");
          }
        }
      }
    }
    try (BufferedReader cities = Files.newBufferedReader(data.resolve("geonames-cities15000/cities15000.txt"),
        StandardCharsets.UTF_8)) {
      String line;
      while ((line = cities.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          continue;
        }
        entries.putIfAbsent(f[1], "LOC");
        for (String alt : f[3].split(",")) {
          if (alt.length() >= 3 && LATIN.matcher(alt).matches() && !alt.equals(alt.toUpperCase(java.util.Locale.ROOT))) {
            entries.putIfAbsent(alt, "LOC");
          }
        }
      }
    }
  }

  /**
   * The organisations of a PETRARCH2 actor list (international organisations, NGOs, companies,
   * armed groups): each entry's name and its "+" synonyms, "THE_UNITED_NATIONS_" read as "the united
   * nations". An entry whose codes carry dates is a person in office, not an organisation. Names of
   * one short word are left out: "UN" would match every French "un".
   */
  static List<String> organisations(Path actorList) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    boolean dated = false;
    for (String raw : Files.readAllLines(actorList, StandardCharsets.UTF_8)) {
      String line = raw.replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("[") && !line.startsWith("+")) {
        if (!dated) {
          out.addAll(block);
        }
        block.clear();
        dated = false;
      }
      int codes = line.indexOf('[');
      dated |= codes >= 0 && ACTOR_DATE.matcher(line.substring(codes)).find();
      String name = (codes >= 0 ? line.substring(0, codes) : line).replaceFirst("^\\+", "")
          .replaceAll("\\([^)]*\\)", " ").replace('_', ' ').strip().toLowerCase(java.util.Locale.ROOT);
      if (name.length() > 3 || name.contains(" ")) {
        block.add(name);
      }
    }
    if (!dated) {
      out.addAll(block);
    }
    return out;
  }

  private static final Pattern ACTOR_DATE = Pattern.compile("[<>]?\\d{6}");

  /** As the lexicon matches names: "Américan" = "american". */
  private static String folded(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
