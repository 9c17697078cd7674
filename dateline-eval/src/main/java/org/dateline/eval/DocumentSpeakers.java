package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Mention;
import org.dateline.core.Quote;

/**
 * Dateline's quotes as the GGT scorer compares them: the quote span and its speaker's names, the
 * entity's canonical name first, then the text of each of its mentions ("Trudeau", "the prime
 * minister" as written in the article).
 */
public final class DocumentSpeakers {

  private DocumentSpeakers() {}

  public static List<GgtQuoteEvaluator.SystemQuote> of(Document doc) {
    Map<String, Entity> entities = doc.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    List<GgtQuoteEvaluator.SystemQuote> found = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      List<String> names = new ArrayList<>();
      Entity speaker = q.speaker().map(entities::get).orElse(null);
      if (speaker != null) {
        names.add(speaker.name());
        for (Mention m : speaker.mentions()) {
          names.add(doc.text(m.span()));
        }
      }
      found.add(new GgtQuoteEvaluator.SystemQuote(q.span(), names));
    }
    return found;
  }
}
