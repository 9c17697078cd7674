package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Mention;
import org.dateline.core.Claim;
import org.dateline.core.Quote;

/**
 * Dateline's quotes and claims as the GGT scorer compares them: the quote's or the claim's span and
 * its speakers' names, each entity's canonical name first, then the text of each of its mentions
 * ("Trudeau", "the prime minister" as written in the article).
 */
public final class DocumentSpeakers {

  private DocumentSpeakers() {}

  public static List<GgtQuoteEvaluator.SystemQuote> of(Document doc) {
    Map<String, Entity> entities = doc.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    List<GgtQuoteEvaluator.SystemQuote> found = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      found.add(new GgtQuoteEvaluator.SystemQuote(q.span(), names(doc, q.speaker().map(entities::get).stream().toList())));
    }
    // the GGT counts indirect speech as quotes too ("X said that …"): Dateline's claims, with their sources
    for (Claim c : doc.claims()) {
      boolean quoted = found.stream().anyMatch(q -> q.span().overlaps(c.span()));
      if (!quoted) {
        found.add(new GgtQuoteEvaluator.SystemQuote(c.span(),
            names(doc, c.sources().stream().map(entities::get).filter(java.util.Objects::nonNull).toList())));
      }
    }
    return found;
  }

  /** The speakers' names: each entity's canonical name, then the text of each of its mentions. */
  private static List<String> names(Document doc, List<Entity> speakers) {
    List<String> names = new ArrayList<>();
    for (Entity speaker : speakers) {
      names.add(speaker.name());
      for (Mention m : speaker.mentions()) {
        names.add(doc.text(m.span()));
      }
    }
    return names;
  }
}
