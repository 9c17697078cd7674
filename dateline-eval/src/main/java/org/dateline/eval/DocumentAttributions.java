package org.dateline.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Sentence;
import org.dateline.core.Span;

/**
 * Dateline's quotes and claims as attributions to score: a quote's content is its span and its
 * sources its source phrase ("he", "a senior official") and the mentions of its speaker entity; a
 * claim's content is its span and its sources its source phrase and the mentions of its source
 * entities. The phrase is where the text says who, so it is kept wherever it stands. The mentions kept are those in the sentence(s) of the content and
 * the sentence before (where "X said" usually stands); when there are none there, all the entity's
 * mentions, so that a speaker named only further away still counts where the gold marks it.
 */
public final class DocumentAttributions {

  private DocumentAttributions() {}

  public static List<SystemAttribution> of(Document doc) {
    Map<String, Entity> entities = doc.entities().stream()
        .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    List<SystemAttribution> found = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      found.add(new SystemAttribution(q.span(),
          withPhrase(q.sourcePhrase(), sources(doc, q.span(), q.speaker().stream().toList(), entities))));
    }
    for (Claim c : doc.claims()) {
      found.add(new SystemAttribution(c.span(), withPhrase(c.sourcePhrase(), sources(doc, c.span(), c.sources(), entities))));
    }
    return found;
  }

  private static List<Span> withPhrase(Optional<Span> phrase, List<Span> mentions) {
    if (phrase.isEmpty() || mentions.contains(phrase.get())) {
      return mentions;
    }
    List<Span> all = new ArrayList<>(mentions.size() + 1);
    all.add(phrase.get());
    all.addAll(mentions);
    return all;
  }

  private static List<Span> sources(Document doc, Span content, Collection<String> ids, Map<String, Entity> entities) {
    Span window = window(doc.sentences(), content);
    List<Span> all = new ArrayList<>();
    List<Span> near = new ArrayList<>();
    for (String id : ids) {
      Entity e = entities.get(id);
      if (e == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        all.add(m.span());
        if (window.contains(m.span())) {
          near.add(m.span());
        }
      }
    }
    return near.isEmpty() ? all : near;
  }

  /** From the start of the sentence before the content's first sentence to the end of its last. */
  private static Span window(List<Sentence> sentences, Span content) {
    int start = content.start();
    int end = content.end();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i).span();
      if (s.overlaps(content) || s.contains(content.start())) {
        start = Math.min(start, i > 0 ? sentences.get(i - 1).span().start() : s.start());
        end = Math.max(end, s.end());
      }
    }
    return new Span(start, end);
  }
}
