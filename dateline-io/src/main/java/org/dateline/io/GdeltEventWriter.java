package org.dateline.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Event;
import org.dateline.core.Span;

/**
 * Writes events as rows of the GDELT 2.0 event table: tab-separated, the 61 columns of the GDELT
 * event codebook in its order, no header (as GDELT's export files). The events come from an
 * analyzed {@link Document} or from an article's contract JSON (what the knowledge base stores).
 *
 * <p>What Dateline does not know is left empty: ethnic, religion and known-group codes, the
 * Goldstein scale, tone, coordinates and the geography of the actors. Where GDELT writes FIPS 10-4
 * country codes in its geography columns, Dateline writes the ISO 3166-1 alpha-3 code it uses
 * everywhere. "Day" is the event's own date when the text gives a full one, else the article's
 * date; DATEADDED is the article's date; SOURCEURL is the document identifier given.
 */
public final class GdeltEventWriter {

  /** The GDELT 2.0 event table columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * @param documentId what identifies the article in SOURCEURL and in the event ids: its URL or path
   */
  public void write(Document doc, String documentId, Writer out) throws IOException {
    write(events(doc, documentId), out);
  }

  public void write(List<GdeltEvent> events, Writer out) throws IOException {
    for (GdeltEvent e : events) {
      out.write(String.join("\t", row(e)));
      out.write('\n');
    }
  }

  /** The events of an analyzed document. */
  public static List<GdeltEvent> events(Document doc, String documentId) {
    Map<String, Entity> entities = new HashMap<>();
    doc.entities().forEach(e -> entities.put(e.id(), e));
    Optional<Span> lead = doc.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).findFirst().map(Block::span);
    Optional<Span> headline = doc.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADLINE).findFirst()
        .map(Block::span);
    List<GdeltEvent> events = new ArrayList<>();
    for (Event e : doc.events()) {
      boolean root = lead.map(s -> s.overlaps(e.span())).orElse(false) || headline.map(s -> s.overlaps(e.span())).orElse(false);
      Optional<GdeltEvent.Place> place = e.location().map(entities::get)
          .map(p -> new GdeltEvent.Place(p.name(), p.country(), p.kbId()));
      events.add(new GdeltEvent(eventId(documentId, events.size()), day(e.time(), doc.anchorDate()),
          actor(e.actor1(), entities), e.actor2().map(a -> actor(a, entities)), root, e.cameo(), place,
          doc.anchorDate(), documentId));
    }
    return events;
  }

  private static GdeltEvent.Actor actor(Event.Actor a, Map<String, Entity> entities) {
    Optional<String> name = a.entity().map(entities::get).map(Entity::name);
    return new GdeltEvent.Actor(a.code(), name.or(a::country).orElse(""), a.country(), a.role());
  }

  /** The events of an article's contract JSON, as {@link ContractJsonWriter} writes it and the store keeps it. */
  public static List<GdeltEvent> events(JsonNode article, String documentId) {
    Map<String, JsonNode> entities = new HashMap<>();
    article.path("entities").forEach(e -> entities.put(e.path("id").asText(), e));
    Optional<LocalDate> anchor = date(article.path("date").asText(""));
    Optional<Span> lead = Optional.empty();
    Optional<Span> headline = Optional.empty();
    for (JsonNode b : article.path("blocks")) {
      Span span = new Span(b.path("start").asInt(), b.path("end").asInt());
      String kind = b.path("kind").asText();
      lead = lead.isEmpty() && kind.equals("paragraph") ? Optional.of(span) : lead;
      headline = headline.isEmpty() && kind.equals("headline") ? Optional.of(span) : headline;
    }
    List<GdeltEvent> events = new ArrayList<>();
    for (JsonNode e : article.path("events")) {
      Span at = new Span(e.path("start").asInt(), Math.max(e.path("start").asInt(), e.path("end").asInt()));
      boolean root = lead.map(s -> s.overlaps(at)).orElse(false) || headline.map(s -> s.overlaps(at)).orElse(false);
      Optional<GdeltEvent.Place> place = text(e.path("location")).map(entities::get).filter(p -> p != null)
          .map(p -> new GdeltEvent.Place(p.path("name").asText(), text(p.path("country")), text(p.path("kb"))));
      Optional<GdeltEvent.Actor> actor2 = e.path("actor2").isObject() ? Optional.of(actor(e.path("actor2"), entities))
          : Optional.empty();
      events.add(new GdeltEvent(eventId(documentId, events.size()), day(text(e.path("time")), anchor),
          actor(e.path("actor1"), entities), actor2, root, e.path("cameo").asText(), place, anchor, documentId));
    }
    return events;
  }

  private static GdeltEvent.Actor actor(JsonNode a, Map<String, JsonNode> entities) {
    Optional<String> country = text(a.path("country"));
    Optional<String> role = text(a.path("role"));
    Optional<String> name = text(a.path("entity")).map(entities::get).filter(e -> e != null).map(e -> e.path("name").asText());
    return new GdeltEvent.Actor(country.orElse("") + role.orElse(""), name.or(() -> country).orElse(""), country, role);
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
  }

  private static Optional<LocalDate> date(String iso) {
    try {
      return iso.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> day(Optional<String> time, Optional<LocalDate> anchor) {
    return time.filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}")).flatMap(GdeltEventWriter::date).or(() -> anchor);
  }

  static List<String> row(GdeltEvent e) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    Optional<LocalDate> day = e.day();
    row.add(Long.toString(e.id()));
    row.add(day.map(DAY::format).orElse(""));
    row.add(day.map(d -> String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue())).orElse(""));
    row.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
    row.add(day.map(d -> String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0)).orElse(""));
    actor(Optional.of(e.actor1()), row);
    actor(e.actor2(), row);
    row.add(e.root() ? "1" : "0");
    row.add(e.cameo());
    row.add(e.cameo().substring(0, Math.min(3, e.cameo().length())));
    row.add(e.cameo().substring(0, 2));
    row.add(Integer.toString(quadClass(e.cameo())));
    row.add(""); // Goldstein scale: not in the open CAMEO codebook Dateline ships
    row.add("1");
    row.add("1");
    row.add("1");
    row.add(""); // tone
    row.addAll(Collections.nCopies(16, "")); // the actors' geography
    row.add(e.location().isPresent() ? "4" : "");
    row.add(e.location().map(p -> clean(p.name())).orElse(""));
    row.add(e.location().flatMap(GdeltEvent.Place::country).orElse(""));
    row.addAll(Collections.nCopies(4, ""));
    row.add(e.location().flatMap(GdeltEvent.Place::kbId).orElse(""));
    row.add(e.added().map(d -> DAY.format(d) + "000000").orElse(""));
    row.add(clean(e.source()));
    return row;
  }

  private static void actor(Optional<GdeltEvent.Actor> actor, List<String> row) {
    row.add(actor.map(GdeltEvent.Actor::code).orElse(""));
    row.add(actor.map(a -> clean(a.name()).toUpperCase(Locale.ROOT)).orElse(""));
    row.add(actor.flatMap(GdeltEvent.Actor::country).orElse(""));
    String[] role = roleColumns(actor.flatMap(GdeltEvent.Actor::role).orElse(""));
    row.add(role[0]);
    row.addAll(Collections.nCopies(3, "")); // ethnic, two religions
    row.addAll(List.of(role[1], role[2], role[3]));
  }

  /** CAMEO's type codes; any other three letters of a role name a known group ("UNO", "HMS"). */
  private static final java.util.Set<String> TYPES = java.util.Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB",
      "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
      "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "PKO", "IGO", "IMG", "INT", "NGM", "NGO", "MNC", "UIS", "SET");

  /**
   * A role's known group and up to three types, as GDELT spreads them: "GOV" is type GOV; "REBHMS"
   * (Hamas) type REB of the known group HMS; "IGOUNO" (the UN) type IGO of the known group UNO.
   */
  static String[] roleColumns(String role) {
    String[] columns = {"", "", "", ""};
    int types = 0;
    for (int k = 0; k + 3 <= role.length(); k += 3) {
      String code = role.substring(k, k + 3);
      if (TYPES.contains(code) && types < 3) {
        columns[1 + types++] = code;
      } else if (!TYPES.contains(code) && columns[0].isEmpty()) {
        columns[0] = code;
      }
    }
    return columns;
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
  static int quadClass(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  /** A stable positive id from the document and the event's rank in it. */
  static long eventId(String documentId, int index) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : (documentId + "#" + index).getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ b) * 0x100000001b3L;
    }
    return hash & Long.MAX_VALUE;
  }
}
