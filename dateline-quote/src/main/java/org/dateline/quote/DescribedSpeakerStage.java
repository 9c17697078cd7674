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
 * al-Shabaab said"), a definite description with no entity ("“…,” the mayor said", "the company
 * said it …") takes the entity it refers to ({@link DescribedSpeakers}), and "they" the group whose
 * speech was reported just before ("Protestors said … They called it …"), its phrase and sources.
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
    List<Group> groups = groups(document);
    List<Quote> quotes = document.quotes().stream().map(q -> {
      Optional<String> speaker = q.speaker().filter(id -> !placeInPhrase(document, id, q.sourcePhrase()));
      Optional<Span> phrase = q.sourcePhrase();
      if (speaker.isEmpty() && phrase.isPresent()) {
        speaker = descriptions.resolve(document, phrase.get());
        Optional<Group> group = speaker.isEmpty() ? groupBefore(document, groups, phrase.get()) : Optional.empty();
        if (group.isPresent()) {
          speaker = group.get().sources().stream().findFirst();
          phrase = Optional.of(group.get().phrase());
        }
      }
      return speaker.equals(q.speaker()) && phrase.equals(q.sourcePhrase()) ? q
          : new Quote(q.span(), q.kind(), speaker, q.cue(), q.via(), phrase);
    }).toList();
    List<Claim> claims = document.claims().stream().map(c -> {
      List<String> sources = c.sources().stream().filter(id -> !placeInPhrase(document, id, c.sourcePhrase())).toList();
      Optional<Span> phrase = c.sourcePhrase();
      if (sources.isEmpty() && phrase.isPresent()) {
        sources = descriptions.resolve(document, phrase.get()).stream().toList();
        Optional<Group> group = sources.isEmpty() ? groupBefore(document, groups, phrase.get()) : Optional.empty();
        if (group.isPresent()) {
          sources = group.get().sources();
          phrase = Optional.of(group.get().phrase());
        }
      }
      return sources.equals(c.sources()) && phrase.equals(c.sourcePhrase()) ? c
          : new Claim(c.span(), sources, c.cue(), phrase, c.kind());
    }).toList();
    return document.withQuotes(quotes).withClaims(claims);
  }

  /** A source phrase that names a group ("Protestors", "several auto-industry executives", "Roe and Fry"), and its sources. */
  private record Group(Span phrase, List<String> sources) {}

  /** How far before "they" the group it stands for may be named, in characters: a sentence or two. */
  private static final int GROUP_REACH = 400;

  /** The source phrases of the article's speech that name groups, in text order. */
  private List<Group> groups(Document doc) {
    List<Group> groups = new java.util.ArrayList<>();
    doc.quotes().forEach(q -> q.sourcePhrase().filter(p -> descriptions.namesGroup(doc, p))
        .ifPresent(p -> groups.add(new Group(p, q.speaker().stream().toList()))));
    doc.claims().forEach(c -> c.sourcePhrase().filter(p -> descriptions.namesGroup(doc, p))
        .ifPresent(p -> groups.add(new Group(p, c.sources()))));
    groups.sort((a, b) -> a.phrase().compareTo(b.phrase()));
    return groups;
  }

  /** "Protestors said … They called it …": the group named last before a plural pronoun standing as source. */
  private Optional<Group> groupBefore(Document doc, List<Group> groups, Span phrase) {
    if (!descriptions.groupPronoun(doc, phrase)) {
      return Optional.empty();
    }
    Group last = null;
    for (Group g : groups) {
      if (g.phrase().end() <= phrase.start() && phrase.start() - g.phrase().end() <= GROUP_REACH) {
        last = g;
      }
    }
    return Optional.ofNullable(last);
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
