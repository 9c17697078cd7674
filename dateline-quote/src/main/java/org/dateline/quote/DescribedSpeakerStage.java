package org.dateline.quote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.dateline.core.Stage;

/**
 * Quotes and claims whose source phrase describes the speaker: a place is the speaker only when it is
 * the whole phrase ("China said", not "A Superior Court of Ontario judge said" nor "Somali group
 * al-Shabaab said"), and a definite description with no entity ("“…,” the mayor said", "the company
 * said it …") takes the entity it refers to ({@link DescribedSpeakers}).
 */
public final class DescribedSpeakerStage implements Stage {

  private final DescribedSpeakers descriptions;

  public DescribedSpeakerStage(DescribedSpeakers descriptions) {
    this.descriptions = Objects.requireNonNull(descriptions, "descriptions");
  }

  @Override
  public String name() {
    return "described speakers";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITIES, Layer.QUOTES, Layer.CLAIMS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES, Layer.CLAIMS);
  }

  @Override
  public Document apply(Document document) {
    List<Quote> quotes = document.quotes().stream().map(q -> {
      Optional<String> speaker = q.speaker().filter(id -> !placeInPhrase(document, id, q.sourcePhrase()));
      if (speaker.isEmpty() && q.sourcePhrase().isPresent()) {
        speaker = descriptions.resolve(document, q.sourcePhrase().get());
      }
      return speaker.equals(q.speaker()) ? q : new Quote(q.span(), q.kind(), speaker, q.cue(), q.via(), q.sourcePhrase());
    }).toList();
    List<Claim> claims = document.claims().stream().map(c -> {
      List<String> sources = c.sources().stream().filter(id -> !placeInPhrase(document, id, c.sourcePhrase())).toList();
      if (sources.isEmpty() && c.sourcePhrase().isPresent()) {
        sources = descriptions.resolve(document, c.sourcePhrase().get()).stream().toList();
      }
      return sources.equals(c.sources()) ? c : new Claim(c.span(), sources, c.cue(), c.sourcePhrase(), c.kind());
    }).toList();
    return document.withQuotes(quotes).withClaims(claims);
  }

  /**
   * Whether the entity is a place that only modifies the head of the phrase: words follow its mention
   * before the phrase's first comma ("A Superior Court of Ontario judge", "Somali group al-Shabaab, …"),
   * where "Rally Canada, the group …" ends on it.
   */
  private static boolean placeInPhrase(Document doc, String id, Optional<Span> phrase) {
    Optional<Entity> entity = doc.entities().stream().filter(e -> e.id().equals(id)).findFirst();
    if (entity.isEmpty() || entity.get().type() != EntityType.LOCATION || phrase.isEmpty()) {
      return false;
    }
    String text = doc.text(phrase.get());
    int comma = text.indexOf(',');
    int head = phrase.get().start() + (comma < 0 ? text.length() : comma);
    return entity.get().mentions().stream().filter(m -> phrase.get().contains(m.span()) && m.span().end() <= head)
        .anyMatch(m -> doc.text(new Span(m.span().end(), head)).chars().anyMatch(Character::isLetter));
  }
}
