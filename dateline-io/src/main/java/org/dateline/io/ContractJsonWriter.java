package org.dateline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.Annotation;
import org.dateline.core.Claim;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Event;
import org.dateline.core.Mention;
import org.dateline.core.Quantity;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.dateline.core.TimeExpression;
import org.dateline.core.Token;

/**
 * Writes a document as the article JSON of the contract ({@code schema: dateline/1}): every field
 * of the contract, layers not produced yet as empty lists, and a few additions the contract
 * allows: {@code source}, the anchor {@code date}, {@code demonyms}, {@code sentences}, {@code diagnostics}, the
 * {@code text} all offsets point into, each mention's {@code form} ({@code name}, {@code description} or {@code pronoun})
 * and, on request, {@code tokens}.
 */
public final class ContractJsonWriter {

  public static final String SCHEMA = "dateline/1";

  private final JsonFactory factory = new JsonFactory();
  private final boolean pretty;
  private final boolean withTokens;

  /**
   * @param pretty indented output for people; compact output is one line per article (JSON Lines)
   * @param withTokens whether to include the token layer
   */
  public ContractJsonWriter(boolean pretty, boolean withTokens) {
    this.pretty = pretty;
    this.withTokens = withTokens;
  }

  /** Writes one article as one JSON object followed by a newline. */
  public void write(Document doc, Writer out) throws IOException {
    JsonGenerator g = factory.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("source", doc.source());
    nullable(g, "language", doc.language().map(l -> l.code()));
    nullable(g, "headline", doc.headline());
    dateline(g, doc);
    nullable(g, "date", doc.anchorDate().map(Object::toString));
    g.writeArrayFieldStart("sections");
    for (String section : doc.sections()) {
      g.writeString(section);
    }
    g.writeEndArray();
    entities(g, doc);
    quotes(g, doc);
    claims(g, doc);
    events(g, doc);
    times(g, doc);
    quantities(g, doc);
    demonyms(g, doc);
    blocks(g, doc);
    spans(g, "sentences", doc.sentences());
    if (withTokens) {
      tokens(g, doc);
    }
    diagnostics(g, doc);
    g.writeStringField("text", doc.text());
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  private static void dateline(JsonGenerator g, Document doc) throws IOException {
    if (doc.dateline().isEmpty()) {
      g.writeNullField("dateline");
      return;
    }
    var d = doc.dateline().get();
    g.writeObjectFieldStart("dateline");
    g.writeArrayFieldStart("places");
    for (var place : d.places()) {
      g.writeString(place.name());
    }
    g.writeEndArray();
    nullable(g, "date", d.date().map(Object::toString));
    nullable(g, "agency", d.agency());
    offsets(g, d.span());
    g.writeEndObject();
  }

  private static void entities(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("entities");
    for (Entity e : doc.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeStringField("name", e.name());
      nullable(g, "country", e.country());
      if (e.kbId().isPresent()) {
        g.writeStringField("kb", e.kbId().get());
      }
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        g.writeStringField("text", doc.text(m.span()));
        offsets(g, m.span());
        g.writeStringField("form", m.form().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void quotes(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (Quote q : doc.quotes()) {
      g.writeStartObject();
      g.writeStringField("text", doc.text(q.span()));
      offsets(g, q.span());
      g.writeStringField("kind", q.kind().name().toLowerCase(Locale.ROOT));
      nullable(g, "speaker", q.speaker());
      nullable(g, "cue", q.cue());
      if (q.via().isPresent()) {
        g.writeStringField("via", q.via().get());
      }
      // beyond the contract, optional: the words that say who speaks ("a senior official"), even when no entity does
      if (q.sourcePhrase().isPresent()) {
        g.writeStringField("speaker_text", doc.text(q.sourcePhrase().get()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void claims(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("claims");
    for (Claim c : doc.claims()) {
      g.writeStartObject();
      g.writeStringField("content", doc.text(c.span()));
      strings(g, "source", c.sources());
      g.writeStringField("cue", c.cue());
      offsets(g, c.span());
      if (c.sourcePhrase().isPresent()) {
        g.writeStringField("source_text", doc.text(c.sourcePhrase().get()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void events(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("events");
    for (Event e : doc.events()) {
      g.writeStartObject();
      g.writeStringField("cameo", e.cameo());
      g.writeStringField("label", e.label());
      actor(g, "actor1", Optional.of(e.actor1()));
      actor(g, "actor2", e.actor2());
      nullable(g, "location", e.location());
      nullable(g, "time", e.time());
      g.writeStringField("factuality", e.factuality().name());
      strings(g, "source", e.sources());
      g.writeStringField("sentence", doc.text(e.span()));
      offsets(g, e.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void actor(JsonGenerator g, String field, Optional<Event.Actor> actor) throws IOException {
    if (actor.isEmpty()) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    nullable(g, "entity", actor.get().entity());
    nullable(g, "country", actor.get().country());
    if (actor.get().role().isPresent()) {
      g.writeStringField("role", actor.get().role().get());
    }
    g.writeEndObject();
  }

  private static void times(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("times");
    for (TimeExpression t : doc.times()) {
      g.writeStartObject();
      g.writeStringField("text", doc.text(t.span()));
      g.writeStringField("type", t.type().name());
      nullable(g, "value", t.value());
      if (t.modifier().isPresent()) {
        g.writeStringField("mod", t.modifier().get().name());
      }
      offsets(g, t.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void quantities(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("quantities");
    for (Quantity q : doc.quantities()) {
      g.writeStartObject();
      g.writeStringField("text", doc.text(q.span()));
      number(g, "min", q.min());
      number(g, "max", q.max());
      nullable(g, "unit", q.unit());
      g.writeBooleanField("approximate", q.approximate());
      offsets(g, q.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String field, Optional<java.math.BigDecimal> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeNumber(value.get().stripTrailingZeros().toPlainString());
    } else {
      g.writeNull();
    }
  }

  private static void demonyms(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("demonyms");
    for (var d : doc.demonyms()) {
      g.writeStartObject();
      g.writeStringField("text", doc.text(d.span()));
      g.writeStringField("country", d.country());
      offsets(g, d.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void tokens(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("tokens");
    for (Token t : doc.tokens()) {
      g.writeStartObject();
      g.writeStringField("text", doc.text(t.span()));
      g.writeStringField("kind", t.kind().name());
      offsets(g, t.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void diagnostics(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : doc.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().name());
      g.writeStringField("code", d.code());
      g.writeStringField("message", d.message());
      if (!d.span().isEmpty()) {
        offsets(g, d.span());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The article's parts, "headline", "dateline", "heading" or "paragraph", by offsets. */
  private static void blocks(JsonGenerator g, Document doc) throws IOException {
    g.writeArrayFieldStart("blocks");
    for (var b : doc.blocks()) {
      g.writeStartObject();
      g.writeStringField("kind", b.kind() == org.dateline.core.Block.Kind.SECTION_HEADING ? "heading"
          : b.kind().name().toLowerCase(java.util.Locale.ROOT));
      offsets(g, b.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void spans(JsonGenerator g, String field, List<? extends Annotation> annotations)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Annotation a : annotations) {
      g.writeStartObject();
      offsets(g, a.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void offsets(JsonGenerator g, Span span) throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void nullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }
}
