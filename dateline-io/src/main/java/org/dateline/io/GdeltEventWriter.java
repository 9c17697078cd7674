package org.dateline.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Event;

/**
 * Writes a document's events as rows of the GDELT 2.0 event table: tab-separated, the 61 columns
 * of the GDELT event codebook in its order, no header (as GDELT's export files).
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
    List<Event> events = doc.events();
    for (int k = 0; k < events.size(); k++) {
      out.write(String.join("\t", row(doc, documentId, k, events.get(k))));
      out.write('\n');
    }
  }

  static List<String> row(Document doc, String documentId, int index, Event e) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    Optional<LocalDate> day = e.time().filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}")).map(LocalDate::parse)
        .or(doc::anchorDate);
    row.add(Long.toString(eventId(documentId, index)));
    row.add(day.map(DAY::format).orElse(""));
    row.add(day.map(d -> String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue())).orElse(""));
    row.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
    row.add(day.map(d -> String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0)).orElse(""));
    actor(doc, Optional.of(e.actor1()), row);
    actor(doc, e.actor2(), row);
    row.add(rootEvent(doc, e) ? "1" : "0");
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
    Optional<Entity> place = e.location().flatMap(id -> entity(doc, id));
    row.add(place.isPresent() ? "4" : "");
    row.add(place.map(Entity::name).orElse(""));
    row.add(place.flatMap(Entity::country).orElse(""));
    row.addAll(Collections.nCopies(4, ""));
    row.add(place.flatMap(Entity::kbId).orElse(""));
    row.add(doc.anchorDate().map(d -> DAY.format(d) + "000000").orElse(""));
    row.add(documentId.replace('\t', ' ').replace('\n', ' '));
    return row;
  }

  private static void actor(Document doc, Optional<Event.Actor> actor, List<String> row) {
    Optional<Entity> entity = actor.flatMap(Event.Actor::entity).flatMap(id -> entity(doc, id));
    row.add(actor.map(Event.Actor::code).orElse(""));
    row.add(entity.map(en -> en.name().toUpperCase(Locale.ROOT))
        .or(() -> actor.flatMap(Event.Actor::country)).orElse("").replace('\t', ' '));
    row.add(actor.flatMap(Event.Actor::country).orElse(""));
    row.addAll(Collections.nCopies(4, "")); // known group, ethnic, two religions
    row.add(actor.flatMap(Event.Actor::role).orElse(""));
    row.addAll(Collections.nCopies(2, ""));
  }

  private static Optional<Entity> entity(Document doc, String id) {
    return doc.entities().stream().filter(en -> en.id().equals(id)).findFirst();
  }

  /** GDELT's IsRootEvent: the event is told in the headline or the first paragraph. */
  private static boolean rootEvent(Document doc, Event e) {
    Optional<Block> first = doc.blocks().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).findFirst();
    return doc.blocks().stream().anyMatch(b -> b.span().overlaps(e.span())
        && (b.kind() == Block.Kind.HEADLINE || first.map(b::equals).orElse(false)));
  }

  /** 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
  static int quadClass(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  /** A stable positive id from the document and the event's rank in it. */
  private static long eventId(String documentId, int index) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : (documentId + "#" + index).getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ b) * 0x100000001b3L;
    }
    return hash & Long.MAX_VALUE;
  }
}
