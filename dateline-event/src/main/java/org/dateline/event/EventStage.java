package org.dateline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Event;
import org.dateline.core.Layer;
import org.dateline.core.Sentence;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Who did what to whom, where and when: CAMEO-coded events read sentence by sentence from a
 * language's {@link EventLexicon}, with actors from the entity layer, times from the time layer
 * (else the article's date for what the article asserts or reports), factuality from modal and
 * planning cues and from the claim that holds the event, and the claim's sources.
 */
public final class EventStage implements Stage {

  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  private final ActorRoles roles;
  private final TriggerFinder triggers;

  public EventStage(EventLexicon lexicon, CameoCodebook codebook, ActorRoles roles) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.triggers = new TriggerFinder(lexicon);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.DEMONYMS, Layer.QUOTES, Layer.CLAIMS,
        Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document document) {
    SentenceActors actors = new SentenceActors(lexicon, roles, document);
    Optional<String> anchor = document.anchorDate().map(LocalDate::toString);
    List<Event> events = new ArrayList<>();
    Optional<Event.Actor> previousSubject = Optional.empty();
    List<List<Token>> bySentence = document.tokensBySentence();
    for (int k = 0; k < bySentence.size(); k++) {
      List<Token> tokens = bySentence.get(k);
      if (tokens.isEmpty()) {
        continue;
      }
      Sentence sentence = document.sentences().get(k);
      List<String> words = tokens.stream()
          .map(t -> document.text(t.span()).toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
      List<ActorGroup> groups = actors.groups(tokens, words, previousSubject);
      List<TriggerMatch> found = triggers.find(words).stream().filter(m -> !quoted(document, tokens, m)).toList();
      SentenceEvents reading = new SentenceEvents(lexicon, codebook, document, sentence.span(), tokens, words, groups,
          anchor);
      List<Event> inSentence = reading.read(found);
      events.addAll(inSentence);
      previousSubject = reading.subject(inSentence);
    }
    return document.withEvents(EventCoreference.resolve(events));
  }

  /** A trigger inside quotation marks belongs to the speaker's words, not to the article's account. */
  private static boolean quoted(Document doc, List<Token> tokens, TriggerMatch m) {
    int at = tokens.get(m.start()).span().start();
    return doc.quotes().stream().anyMatch(q -> q.span().contains(at));
  }
}
