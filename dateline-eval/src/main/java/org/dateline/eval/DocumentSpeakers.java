package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Mention;
import org.dateline.core.Claim;
import org.dateline.core.Quote;
import org.dateline.core.Span;

/**
 * Dateline's quotes and claims as the GGT scorer compares them: the quote's or the claim's span and
 * its speakers' names, each entity's canonical name first, then the text of each of its mentions
 * ("Trudeau", "the prime minister" as written in the article), then the source phrase ("Premier
 * Doug Ford", "a spokesperson"), which is all there is when the phrase names no entity.
 */
public final class DocumentSpeakers {

  private DocumentSpeakers() {}

  public static List<GgtQuoteEvaluator.SystemQuote> of(Document doc) {
    Map<String, Entity> entities = doc.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    List<GgtQuoteEvaluator.SystemQuote> found = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      found.add(new GgtQuoteEvaluator.SystemQuote(q.span(),
          names(doc, q.speaker().map(entities::get).stream().toList(), q.sourcePhrase())));
    }
    // the GGT counts indirect speech as quotes too ("X said that …"): Dateline's claims of speech, with
    // their sources; a stance ("criticized the plan") is no quote there
    for (Claim c : doc.claims()) {
      if (c.kind() != Claim.Kind.SPEECH) {
        continue;
      }
      boolean quoted = found.stream().anyMatch(q -> q.span().overlaps(c.span()));
      if (!quoted) {
        found.add(new GgtQuoteEvaluator.SystemQuote(c.span(),
            names(doc, c.sources().stream().map(entities::get).filter(java.util.Objects::nonNull).toList(),
                c.sourcePhrase())));
      }
    }
    return found;
  }

  /** The speakers' names: each entity's canonical name, then the text of each of its mentions, then the phrase. */
  private static List<String> names(Document doc, List<Entity> speakers, Optional<Span> phrase) {
    List<String> names = new ArrayList<>();
    for (Entity speaker : speakers) {
      names.add(speaker.name());
      for (Mention m : speaker.mentions()) {
        names.add(doc.text(m.span()));
      }
    }
    phrase.map(doc::text).ifPresent(names::add);
    return names;
  }
}
