package org.dateline.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Completes the names of institutions that French writes with lower-case complements and a
 * demonym: a model finds "Conseil", the name is "Conseil de sécurité russe", and the demonym gives
 * the country (RUS). An organisation whose name is an institution noun followed by "de"/"du"/"des"
 * and at most three lower-case words ending on a demonym takes that whole phrase.
 */
public final class InstitutionNameStage implements Stage {

  /** Lower-case words between the preposition and the demonym: "de sécurité", "des affaires étrangères". */
  private static final int MAX_COMPLEMENT = 3;

  private final Set<String> heads;
  private final Set<String> prepositions;

  /**
   * @param heads institution nouns, lower case: "conseil", "ministère", "comité"
   * @param prepositions what joins the head to its complement: "de", "du", "des", "d'"
   */
  public InstitutionNameStage(Set<String> heads, Set<String> prepositions) {
    this.heads = Set.copyOf(Objects.requireNonNull(heads, "heads"));
    this.prepositions = Set.copyOf(Objects.requireNonNull(prepositions, "prepositions"));
  }

  @Override
  public String name() {
    return "institution names";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITIES, Layer.DEMONYMS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Token> tokens = document.tokens();
    List<Entity> entities = new ArrayList<>();
    for (Entity e : document.entities()) {
      if (e.type() != EntityType.ORGANIZATION || e.country().isPresent()) {
        entities.add(e);
        continue;
      }
      List<Mention> mentions = new ArrayList<>();
      Optional<String> country = Optional.empty();
      String name = e.name();
      for (Mention m : e.mentions()) {
        Optional<Completed> completed = complete(document, tokens, m);
        mentions.add(completed.map(Completed::mention).orElse(m));
        if (completed.isPresent() && country.isEmpty()) {
          country = Optional.of(completed.get().country());
          name = document.text(completed.get().mention().span());
        }
      }
      entities.add(new Entity(e.id(), e.type(), name, country, e.kbId(), mentions));
    }
    return document.withEntities(entities);
  }

  private record Completed(Mention mention, String country) {}

  private Optional<Completed> complete(Document doc, List<Token> tokens, Mention m) {
    if (!heads.contains(doc.text(m.span()).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int last = lastToken(tokens, m.span());
    if (last < 0) {
      return Optional.empty();
    }
    int k = last + 1;
    if (k >= tokens.size() || !prepositions.contains(word(doc, tokens.get(k)))) {
      return Optional.empty();
    }
    for (int n = 1; n <= MAX_COMPLEMENT + 1 && k + n < tokens.size(); n++) {
      Token t = tokens.get(k + n);
      Optional<Demonym> demonym = doc.demonyms().stream().filter(d -> d.span().equals(t.span())).findFirst();
      if (demonym.isPresent() && n > 1) {
        Span span = new Span(m.span().start(), t.span().end());
        return Optional.of(new Completed(new Mention(span, m.type(), m.form()), demonym.get().country()));
      }
      String w = doc.text(t.span());
      if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String word(Document doc, Token t) {
    return doc.text(t.span()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static int lastToken(List<Token> tokens, Span span) {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).span().end() == span.end()) {
        return k;
      }
    }
    return -1;
  }
}
