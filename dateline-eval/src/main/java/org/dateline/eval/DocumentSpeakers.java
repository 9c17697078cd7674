package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    // the GGT counts indirect speech as quotes too ("X said that …"): Dateline's claims of speech, with
    // their sources; a stance ("criticized the plan") is no quote there. A claim that holds one partial
    // quote covering less than half of it ("the attackers shot at them “like snipers,” he said") is
    // one quote there, the claim.
    List<Claim> claims = doc.claims().stream().filter(c -> c.kind() == Claim.Kind.SPEECH).toList();
    List<Claim> holding = claims.stream().filter(c -> holdsFewPartialQuotes(doc, c)).toList();
    List<GgtQuoteEvaluator.SystemQuote> found = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      if (holding.stream().noneMatch(c -> c.span().contains(q.span()))) {
        found.add(new GgtQuoteEvaluator.SystemQuote(q.span(),
            names(doc, q.speaker().map(entities::get).stream().toList(), q.sourcePhrase())));
      }
    }
    for (Claim c : claims) {
      boolean quoted = found.stream().anyMatch(q -> q.span().overlaps(c.span()));
      if (!quoted) {
        List<String> names = names(doc, c.sources().stream().map(entities::get).filter(Objects::nonNull)
            .toList(), c.sourcePhrase());
        if (c.sources().isEmpty()) {
          // the speaker of the quotes the claim holds, when the claim's source names no entity
          doc.quotes().stream().filter(q -> c.span().contains(q.span())).findFirst().ifPresent(q -> names.addAll(0,
              names(doc, q.speaker().map(entities::get).stream().toList(), q.sourcePhrase())));
        }
        found.add(new GgtQuoteEvaluator.SystemQuote(c.span(), names));
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    return found;
  }

  private static boolean holdsFewPartialQuotes(Document doc, Claim c) {
    List<Quote> inside = doc.quotes().stream().filter(q -> q.span().overlaps(c.span())).toList();
    boolean partialInside = inside.size() == 1 && inside.stream()
        .allMatch(q -> q.kind() == Quote.Kind.PARTIAL && c.span().contains(q.span()));
    return partialInside && inside.stream().mapToInt(q -> q.span().length()).sum() * 2 < c.span().length();
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
