package org.dateline.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Streams a Wikidata JSON dump (the standard format: a JSON array with one entity per line,
 * {@code .json}, {@code .json.gz} or {@code .json.bz2}) in two passes, never holding the dump: the
 * first collects the ISO 3166-1 alpha-3 code (P298) of every country item, the second takes
 *
 * <ul>
 *   <li>people (instance of human, Q5) with a country of citizenship (P27), under their English and
 *       French labels and aliases, their description as role;
 *   <li>places with coordinates (P625) and a country (P17), as cities under those names.
 * </ul>
 *
 * A line that is not an entity is reported with its number and skipped; a truncated file keeps
 * what came before the cut.
 */
public final class WikidataDump {

  private static final List<String> LANGUAGES = List.of("en", "fr");
  private static final String HUMAN = "Q5";

  private final ObjectMapper json = new ObjectMapper();

  public void read(Path dump, ImportedEntities into) throws IOException {
    Map<String, String> iso3 = new HashMap<>();
    String source = dump.getFileName().toString();
    scan(dump, source, into.report(), false, entity -> {
      Optional<String> code = strings(entity, "P298").stream().filter(c -> c.matches("[A-Z]{3}")).findFirst();
      code.ifPresent(c -> iso3.put(entity.path("id").asText(), c));
    });
    scan(dump, source, into.report(), true, entity -> take(entity, iso3, into));
  }

  private interface EntityHandler {
    void handle(JsonNode entity);
  }

  private void scan(Path dump, String source, ImportReport report, boolean reportProblems, EntityHandler handler)
      throws IOException {
    try (InputStream in = open(dump);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      while (true) {
        String line;
        try {
          line = lines.readLine();
        } catch (IOException e) {
          if (reportProblems) {
            report.problem(source + " line " + (number + 1), "the file ends early or is corrupt (" + e.getMessage()
                + "); kept what came before");
          }
          return;
        }
        if (line == null) {
          return;
        }
        number++;
        String text = line.strip();
        if (text.endsWith(",")) {
          text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || text.equals("[") || text.equals("]")) {
          continue;
        }
        JsonNode entity;
        try {
          entity = json.readTree(text);
        } catch (JsonProcessingException e) {
          if (reportProblems) {
            report.problem(source + " line " + number, "not a JSON entity (" + e.getOriginalMessage() + ")");
          }
          continue;
        }
        if (!entity.path("id").isTextual()) {
          if (reportProblems) {
            report.problem(source + " line " + number, "an entity without an id");
          }
          continue;
        }
        handler.handle(entity);
      }
    }
  }

  private static InputStream open(Path dump) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(dump));
    String name = dump.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new GZIPInputStream(in);
    }
    if (name.endsWith(".bz2")) {
      return new BZip2CompressorInputStream(in, true);
    }
    return in;
  }

  private static void take(JsonNode entity, Map<String, String> iso3, ImportedEntities into) {
    String id = entity.path("id").asText();
    Set<String> names = names(entity);
    if (names.isEmpty()) {
      return;
    }
    if (items(entity, "P31").contains(HUMAN)) {
      Optional<String> country = items(entity, "P27").stream().map(iso3::get).filter(c -> c != null).findFirst();
      if (country.isPresent()) {
        String role = description(entity);
        for (String name : names) {
          into.addPerson(new Person(id, name, country.get(), role, "", ""));
        }
      }
      return;
    }
    if (entity.path("claims").has("P625") && !iso3.containsKey(id)) {
      items(entity, "P17").stream().map(iso3::get).filter(c -> c != null).findFirst()
          .ifPresent(c -> names.forEach(name -> into.addPlace(c, CountryLexicon.Kind.CITY, name)));
    }
  }

  private static Set<String> names(JsonNode entity) {
    Set<String> names = new LinkedHashSet<>();
    for (String language : LANGUAGES) {
      String label = entity.path("labels").path(language).path("value").asText("");
      if (!label.isBlank()) {
        names.add(clean(label));
      }
      for (JsonNode alias : entity.path("aliases").path(language)) {
        String value = alias.path("value").asText("");
        if (!value.isBlank()) {
          names.add(clean(value));
        }
      }
    }
    return names;
  }

  private static String description(JsonNode entity) {
    for (String language : LANGUAGES) {
      String value = entity.path("descriptions").path(language).path("value").asText("");
      if (!value.isBlank()) {
        return clean(value);
      }
    }
    return "";
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').strip();
  }

  /** The item ids a property's statements point at ("P31" → ["Q5"]). */
  private static List<String> items(JsonNode entity, String property) {
    return values(entity, property).stream().map(v -> v.path("id").asText("")).filter(v -> !v.isEmpty()).toList();
  }

  private static List<String> strings(JsonNode entity, String property) {
    return values(entity, property).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
  }

  private static List<JsonNode> values(JsonNode entity, String property) {
    List<JsonNode> values = new java.util.ArrayList<>();
    for (JsonNode statement : entity.path("claims").path(property)) {
      JsonNode value = statement.path("mainsnak").path("datavalue").path("value");
      if (!value.isMissingNode()) {
        values.add(value);
      }
    }
    return values;
  }
}
