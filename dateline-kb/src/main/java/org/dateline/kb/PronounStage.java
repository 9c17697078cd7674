package org.dateline.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * A subject pronoun opening a sentence continues the subject of the one before: "Sergueï Choïgou a
 * rencontré Kim Jong-Un à Pyongyang. Il a volé de Moscou…" — "Il" becomes a mention (form PRONOUN)
 * of the first person the previous sentence names. Impersonal uses ("Il y a", "Il faut", "Il est
 * possible que") and pronouns inside quotations (the speaker's words) are left alone.
 */
public final class PronounStage implements Stage {

  private final Set<String> pronouns;
  private final Pattern impersonal;

  /**
   * @param pronouns personal subject pronouns, lower case: "il", "elle"; "he", "she"
   * @param impersonal what follows an impersonal pronoun, matched at the start of the rest of the
   *     sentence, lower case: "y |faut|semble|est (?:\\S+) (?:que|de)"
   */
  public PronounStage(Set<String> pronouns, Pattern impersonal) {
    this.pronouns = Set.copyOf(Objects.requireNonNull(pronouns, "pronouns"));
    this.impersonal = Objects.requireNonNull(impersonal, "impersonal");
  }

  @Override
  public String name() {
    return "pronouns";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = new ArrayList<>(document.entities());
    List<List<Token>> sentences = document.tokensBySentence();
    for (int s = 1; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      if (tokens.size() < 2 || sentences.get(s - 1).isEmpty()) {
        continue;
      }
      Span first = tokens.get(0).span();
      if (!pronouns.contains(document.text(first).toLowerCase(Locale.ROOT)) || quoted(document, first)) {
        continue;
      }
      String rest = document.text(new Span(tokens.get(1).span().start(), tokens.get(tokens.size() - 1).span().end()))
          .toLowerCase(Locale.ROOT).replace('’', '\'');
      if (impersonal.matcher(rest).lookingAt()) {
        continue;
      }
      List<Token> previous = sentences.get(s - 1);
      Span before = new Span(previous.get(0).span().start(), previous.get(previous.size() - 1).span().end());
      firstPersonIn(document, entities, before).ifPresent(k -> entities.set(k, withPronoun(entities.get(k), first)));
    }
    return document.withEntities(entities);
  }

  /** The entity of the first person mention of a sentence that no quotation holds. */
  private static Optional<Integer> firstPersonIn(Document document, List<Entity> entities, Span sentence) {
    int best = -1;
    int bestStart = Integer.MAX_VALUE;
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (sentence.contains(m.span()) && m.span().start() < bestStart && !quoted(document, m.span())) {
          best = k;
          bestStart = m.span().start();
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  private static boolean quoted(Document document, Span span) {
    for (Quote q : document.quotes()) {
      if (q.span().contains(span)) {
        return true;
      }
    }
    return false;
  }

  private static Entity withPronoun(Entity e, Span pronoun) {
    List<Mention> mentions = new ArrayList<>(e.mentions());
    mentions.add(new Mention(pronoun, EntityType.PERSON, Mention.Form.PRONOUN));
    return new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), mentions);
  }
}
