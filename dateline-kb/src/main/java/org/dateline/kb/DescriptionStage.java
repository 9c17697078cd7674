package org.dateline.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Demonym;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Makes descriptions mentions of the entities they denote. A role with a demonym ("le dirigeant
 * nord-coréen", "the Russian president", "Le secrétaire du Conseil de sécurité russe") denotes the
 * person named in apposition to it, else the person of that country named earlier, else the nearest
 * person named just before whose country is unknown, who then takes the demonym's country. A
 * description right before an acronym in parentheses ("L’agence de presse officielle nord-coréenne
 * (KCNA)") is a mention of the organisation the acronym names. Descriptions that denote no one
 * named in the text are left alone.
 */
public final class DescriptionStage implements Stage {

  /** How far a demonym may follow the role noun: "secrétaire du Conseil de sécurité russe". */
  private static final int ROLE_TO_DEMONYM = 5;
  /** How many words a description defining an acronym may have. */
  private static final int DEFINITION_WORDS = 8;
  /** How many sentences back a person of unknown country may be the antecedent. */
  private static final int ANTECEDENT_SENTENCES = 2;

  private final DescriptionLexicon lexicon;

  public DescriptionStage(DescriptionLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return "descriptions";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.DEMONYMS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of();
  }

  @Override
  public Document apply(Document document) {
    Map<Integer, String> demonymAt = new HashMap<>();
    for (Demonym d : document.demonyms()) {
      demonymAt.put(d.span().start(), d.country());
    }
    List<Entity> entities = new ArrayList<>(document.entities());
    List<List<Token>> sentences = document.tokensBySentence();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        if (lexicon.roles().contains(lower(document, tokens.get(i)))) {
          Optional<Described> described = roleWithDemonym(document, tokens, i, demonymAt);
          if (described.isEmpty()) {
            bareRole(document, entities, tokens, i).ifPresent(found -> entities.set(found.entity(),
                withMention(entities.get(found.entity()), found.span(), EntityType.PERSON, Optional.empty())));
            continue;
          }
          if (free(entities, described.get().span())) {
            Described d = described.get();
            int sentence = s;
            appositive(document, entities, tokens, d.span())
                .or(() -> earlierOfCountry(entities, d))
                .or(() -> nearestWithoutCountry(entities, sentences, sentence, d.span()))
                .ifPresent(k -> entities.set(k, withMention(entities.get(k), d.span(), EntityType.PERSON,
                    Optional.of(d.country()))));
          }
        }
      }
      definitions(document, entities, tokens, demonymAt);
    }
    return document.withEntities(entities);
  }

  private record Described(Span span, String country) {}

  private record Resolved(int entity, Span span) {}

  /**
   * "le dirigeant" once the article has described someone as "le dirigeant nord-coréen": the person
   * it last described with that role. A bare role nobody was described with denotes no one here.
   */
  private Optional<Resolved> bareRole(Document document, List<Entity> entities, List<Token> tokens, int role) {
    if (role == 0 || !lexicon.articles().contains(lower(document, tokens.get(role - 1)))) {
      return Optional.empty();
    }
    Span span = new Span(tokens.get(role - 1).span().start(), tokens.get(role).span().end());
    if (!free(entities, span)) {
      return Optional.empty();
    }
    String noun = lower(document, tokens.get(role));
    int best = -1;
    int bestStart = -1;
    for (int k = 0; k < entities.size(); k++) {
      for (Mention m : entities.get(k).mentions()) {
        boolean described = m.form() == Mention.Form.DESCRIPTION && m.span().end() <= span.start()
            && java.util.Arrays.asList(document.text(m.span()).toLowerCase(java.util.Locale.ROOT).split("[\\s’']+"))
                .contains(noun);
        if (described && m.span().start() > bestStart) {
          best = k;
          bestStart = m.span().start();
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new Resolved(best, span));
  }

  /** "le dirigeant nord-coréen" (role then demonym) or "the Russian prime minister" (demonym then role). */
  private Optional<Described> roleWithDemonym(Document document, List<Token> tokens, int role,
      Map<Integer, String> demonymAt) {
    int head = role;
    while (head > 0 && lexicon.modifiers().contains(lower(document, tokens.get(head - 1)))) {
      head--;
    }
    if (head > 0 && demonymAt.containsKey(tokens.get(head - 1).span().start())) {
      int start = withArticle(document, tokens, head - 1);
      return Optional.of(new Described(new Span(tokens.get(start).span().start(), tokens.get(role).span().end()),
          demonymAt.get(tokens.get(head - 1).span().start())));
    }
    for (int j = role + 1; j < Math.min(tokens.size(), role + 1 + ROLE_TO_DEMONYM); j++) {
      if (tokens.get(j).kind() != Token.Kind.WORD) {
        return Optional.empty();
      }
      String country = demonymAt.get(tokens.get(j).span().start());
      if (country != null) {
        int start = withArticle(document, tokens, head);
        return Optional.of(new Described(new Span(tokens.get(start).span().start(), tokens.get(j).span().end()),
            country));
      }
    }
    return Optional.empty();
  }

  /** The index of the article opening the description, when there is one ("le", "l’", "the"). */
  private int withArticle(Document document, List<Token> tokens, int first) {
    return first > 0 && lexicon.articles().contains(lower(document, tokens.get(first - 1))) ? first - 1 : first;
  }

  /** "président russe Vladimir Poutine", "Le secrétaire …, Sergueï Choïgou" or "Kim Jong-Un, le dirigeant …". */
  private static Optional<Integer> appositive(Document document, List<Entity> entities, List<Token> tokens,
      Span description) {
    int first = 0;
    while (tokens.get(first).span().start() < description.start()) {
      first++;
    }
    int last = first;
    while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= description.end()) {
      last++;
    }
    int next = last + 1 < tokens.size() && isComma(document, tokens.get(last + 1)) ? last + 2 : last + 1;
    int previous = first >= 2 && isComma(document, tokens.get(first - 1)) ? first - 2 : -1;
    for (int k = 0; k < entities.size(); k++) {
      if (entities.get(k).type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : entities.get(k).mentions()) {
        boolean follows = next < tokens.size() && m.span().start() == tokens.get(next).span().start();
        boolean precedes = previous >= 0 && m.span().end() == tokens.get(previous).span().end();
        if (follows || precedes) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isComma(Document document, Token token) {
    return ",".equals(document.text(token.span()));
  }

  /** The person of the demonym's country named last before the description. */
  private static Optional<Integer> earlierOfCountry(List<Entity> entities, Described d) {
    int best = -1;
    int bestAt = -1;
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.type() == EntityType.PERSON && e.country().equals(Optional.of(d.country()))) {
        for (Mention m : e.mentions()) {
          if (m.span().end() <= d.span().start() && m.span().start() > bestAt) {
            best = k;
            bestAt = m.span().start();
          }
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  /** The person of unknown country named last in this or the previous sentences. */
  private static Optional<Integer> nearestWithoutCountry(List<Entity> entities, List<List<Token>> sentences,
      int sentence, Span description) {
    List<Token> first = sentences.get(Math.max(0, sentence - ANTECEDENT_SENTENCES));
    int windowStart = first.isEmpty() ? 0 : first.get(0).span().start();
    int best = -1;
    int bestAt = -1;
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.type() != EntityType.PERSON || e.country().isPresent()) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.span().start() >= windowStart && m.span().end() <= description.start() && m.span().start() > bestAt) {
          best = k;
          bestAt = m.span().start();
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  /**
   * "L’agence de presse officielle nord-coréenne (KCNA)": the words before an organisation's acronym.
   * An acronym the tagger missed is an organisation all the same when a description defines it,
   * with the country of the description's demonym ("l'agence de presse officielle iranienne (IRNA)").
   */
  private void definitions(Document document, List<Entity> entities, List<Token> tokens, Map<Integer, String> demonymAt) {
    for (int p = 1; p + 2 < tokens.size(); p++) {
      if (!"(".equals(document.text(tokens.get(p).span())) || !")".equals(document.text(tokens.get(p + 2).span()))) {
        continue;
      }
      Span acronym = tokens.get(p + 1).span();
      Optional<Span> definition = definitionBefore(document, entities, tokens, p);
      int named = -1;
      for (int k = 0; k < entities.size() && named < 0; k++) {
        Entity e = entities.get(k);
        if (e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.span().equals(acronym))) {
          named = k;
        }
      }
      if (named < 0 && definition.isPresent() && ACRONYM.matcher(document.text(acronym)).matches()
          && free(entities, acronym)) {
        Optional<String> country = tokens.stream().filter(t -> definition.get().contains(t.span()))
            .map(t -> demonymAt.get(t.span().start())).filter(java.util.Objects::nonNull).findFirst();
        entities.add(new Entity(Entity.nextId(entities), EntityType.ORGANIZATION, document.text(acronym), country,
            Optional.empty(), List.of(new Mention(acronym, EntityType.ORGANIZATION))));
        named = entities.size() - 1;
      }
      if (named >= 0 && definition.isPresent()) {
        entities.set(named, withMention(entities.get(named), definition.get(), EntityType.ORGANIZATION, Optional.empty()));
      }
    }
  }

  /** "IRNA", "OTAN", "AIEA": two to eight capitals, digits allowed after the first. */
  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,7}");

  private Optional<Span> definitionBefore(Document document, List<Entity> entities, List<Token> tokens, int paren) {
    for (int k = paren - 1; k >= Math.max(0, paren - 1 - DEFINITION_WORDS); k--) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || !free(entities, t.span())) {
        return Optional.empty();
      }
      if (lexicon.articles().contains(lower(document, t))) {
        Span span = new Span(t.span().start(), tokens.get(paren - 1).span().end());
        return k < paren - 1 ? Optional.of(span) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether no mention crosses the span or contains it (mentions inside it are fine). */
  private static boolean free(List<Entity> entities, Span span) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.span().overlaps(span) && !span.contains(m.span())) {
          return false;
        }
      }
    }
    return true;
  }

  private static Entity withMention(Entity e, Span span, EntityType type, Optional<String> country) {
    List<Mention> mentions = new ArrayList<>(e.mentions());
    mentions.add(new Mention(span, type, Mention.Form.DESCRIPTION));
    return new Entity(e.id(), e.type(), e.name(), e.country().or(() -> country), e.kbId(), mentions);
  }

  private static String lower(Document document, Token token) {
    return document.text(token.span()).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
