package org.dateline.kb;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
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
    // person mentions by start offset, and what quotations cover: looked up, not searched, per sentence
    TreeMap<Integer, Mention> persons = new TreeMap<>();
    Map<Mention, Integer> entityOf = new HashMap<>();
    for (int k = 0; k < entities.size(); k++) {
      if (entities.get(k).type() == EntityType.PERSON) {
        for (Mention m : entities.get(k).mentions()) {
          persons.putIfAbsent(m.span().start(), m);
          entityOf.putIfAbsent(m, k);
        }
      }
    }
    BitSet quoted = new BitSet();
    document.quotes().forEach(q -> quoted.set(q.span().start(), q.span().end()));
    List<List<Token>> sentences = document.tokensBySentence();
    for (int s = 1; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      if (tokens.size() < 2 || sentences.get(s - 1).isEmpty()) {
        continue;
      }
      Span first = tokens.get(0).span();
      if (!pronouns.contains(document.text(first).toLowerCase(Locale.ROOT)) || isQuoted(quoted, first)) {
        continue;
      }
      String rest = document.text(new Span(tokens.get(1).span().start(), tokens.get(tokens.size() - 1).span().end()))
          .toLowerCase(Locale.ROOT).replace('’', '\'');
      if (impersonal.matcher(rest).lookingAt()) {
        continue;
      }
      List<Token> previous = sentences.get(s - 1);
      Span before = new Span(previous.get(0).span().start(), previous.get(previous.size() - 1).span().end());
      Optional<Mention> antecedent = persons.subMap(before.start(), true, before.end(), false).values().stream()
          .filter(m -> before.contains(m.span()) && !isQuoted(quoted, m.span())).findFirst();
      if (antecedent.isPresent()) {
        int k = entityOf.get(antecedent.get());
        Mention pronoun = new Mention(first, EntityType.PERSON, Mention.Form.PRONOUN);
        entities.set(k, withMention(entities.get(k), pronoun));
        persons.putIfAbsent(first.start(), pronoun); // "Il …" may open the next sentence's antecedent in turn
        entityOf.put(pronoun, k);
      }
    }
    return document.withEntities(entities);
  }

  /** Whether a quotation holds a span: the speaker's words, not the article's. */
  private static boolean isQuoted(BitSet quoted, Span span) {
    return quoted.get(span.start()) && quoted.get(span.end() - 1);
  }

  private static Entity withMention(Entity e, Mention pronoun) {
    List<Mention> mentions = new ArrayList<>(e.mentions());
    mentions.add(pronoun);
    return new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), mentions);
  }
}
