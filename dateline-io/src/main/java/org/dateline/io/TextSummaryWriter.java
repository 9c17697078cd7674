package org.dateline.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;

/** A short readable account of what was found in an article, for a person at a terminal. */
public final class TextSummaryWriter {

  /** How many events the summary lists; the count line gives them all. */
  private static final int EVENTS_SHOWN = 8;

  public void write(Document doc, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("== ").append(doc.source()).append('\n');
    s.append("headline:  ").append(doc.headline().orElse("(none)")).append('\n');
    s.append("dateline:  ").append(doc.dateline().map(d -> {
      String places = d.places().stream().map(p -> p.name()).collect(Collectors.joining(", "));
      String date = d.date().map(Object::toString).orElse("no date");
      return (places.isEmpty() ? "" : places + " — ") + date + d.agency().map(a -> " (" + a + ")").orElse("");
    }).orElse("(none)")).append('\n');
    s.append("date:      ").append(doc.anchorDate().map(Object::toString).orElse("unknown")).append('\n');
    s.append("language:  ").append(doc.language().map(l -> l.given()
        ? l.code() + " (given)"
        : String.format(Locale.ROOT, "%s (confidence %.2f)", l.code(), l.confidence()))
        .orElse("undetermined")).append('\n');
    s.append("sections:  ").append(doc.sections().isEmpty() ? "(none)" : String.join(" | ", doc.sections())).append('\n');
    s.append(String.format(Locale.ROOT, "counts:    %d paragraphs, %d sentences, %d tokens, %d entities, %d quotes, "
            + "%d claims, %d events, %d times, %d quantities%n",
        doc.blocks().stream().filter(b -> b.kind() == org.dateline.core.Block.Kind.PARAGRAPH).count(),
        doc.sentences().size(), doc.tokens().size(), doc.entities().size(), doc.quotes().size(),
        doc.claims().size(), doc.events().size(), doc.times().size(), doc.quantities().size()));
    for (var type : org.dateline.core.EntityType.values()) {
      List<String> names = doc.entities().stream().filter(e -> e.type() == type)
          .map(e -> e.name() + (e.mentions().size() > 1 ? " ×" + e.mentions().size() : "")).toList();
      if (!names.isEmpty()) {
        String label = switch (type) {
          case PERSON -> "people:";
          case ORGANIZATION -> "orgs:";
          case LOCATION -> "places:";
          case EVENT -> "events:";
          case MISC -> "other:";
        };
        s.append(String.format(Locale.ROOT, "%-11s", label))
            .append(String.join(", ", names)).append('\n');
      }
    }
    for (var q : doc.quotes()) {
      String speaker = q.speaker().flatMap(id -> doc.entities().stream().filter(e -> e.id().equals(id)).findFirst())
          .map(e -> e.name()).orElse("?");
      String words = doc.text(q.span());
      s.append("quote:     ").append(speaker).append(q.cue().map(c -> " (" + c + ")").orElse("")).append(": «")
          .append(words.length() > 90 ? words.substring(0, 90) + "…" : words).append("»\n");
    }
    for (var e : doc.events().stream().limit(EVENTS_SHOWN).toList()) {
      s.append("event:     ").append(e.cameo()).append(' ').append(e.label()).append(": ").append(actor(doc, e.actor1()))
          .append(e.actor2().map(a -> " → " + actor(doc, a)).orElse("")).append(" (")
          .append(e.factuality().name().toLowerCase(java.util.Locale.ROOT)).append(e.time().map(t -> ", " + t).orElse(""))
          .append(")\n");
    }
    if (doc.events().size() > EVENTS_SHOWN) {
      s.append("           … and ").append(doc.events().size() - EVENTS_SHOWN).append(" more events\n");
    }
    if (!doc.times().isEmpty()) {
      s.append("times:     ").append(doc.times().stream()
          .map(t -> doc.text(t.span()) + " = " + t.value().orElse("?")).collect(Collectors.joining("; "))).append('\n');
    }
    if (!doc.quantities().isEmpty()) {
      s.append("amounts:   ").append(doc.quantities().stream().map(q -> doc.text(q.span()) + " = "
          + q.min().map(java.math.BigDecimal::toPlainString).orElse("…") + (q.max().equals(q.min()) ? ""
              : "–" + q.max().map(java.math.BigDecimal::toPlainString).orElse("…"))
          + q.unit().map(u -> " " + u).orElse("") + (q.approximate() ? " (approx.)" : ""))
          .collect(Collectors.joining("; "))).append('\n');
    }
    for (Diagnostic d : doc.diagnostics()) {
      s.append("note:      ").append(d.severity()).append(' ').append(d.code()).append(": ")
          .append(d.message()).append('\n');
    }
    out.write(s.toString());
    out.flush();
  }

  /** An actor by its entity's name, else its country code, with its role: "Sergey Shoygu", "JPN (GOV)". */
  private static String actor(Document doc, org.dateline.core.Event.Actor actor) {
    String name = actor.entity().flatMap(id -> doc.entities().stream().filter(e -> e.id().equals(id)).findFirst())
        .map(e -> e.name()).or(actor::country).orElse("");
    String role = actor.role().filter(r -> actor.entity().isEmpty()).map(r -> name.isEmpty() ? r : " (" + r + ")")
        .orElse("");
    return name.isEmpty() && role.isEmpty() ? "?" : name + role;
  }
}
