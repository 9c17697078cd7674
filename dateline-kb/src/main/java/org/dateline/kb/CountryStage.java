package org.dateline.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Gives entities their country: a place that names a country, capital or city has it ("Pyongyang"
 * → PRK); a listed news agency, medium or seat of government has its own ("AFP", "Kremlin"); a
 * person or organisation takes the country of a demonym right around its mention ("le président
 * russe Vladimir Poutine" → RUS). Demonyms themselves ("nord-coréen") are kept as typed
 * annotations with their country, for later stages.
 */
public final class CountryStage implements Stage {

  /** How many tokens before a mention a demonym may stand: "président russe Vladimir …". */
  private static final int DEMONYM_BEFORE = 3;
  /** … and after: "Conseil de sécurité russe". */
  private static final int DEMONYM_AFTER = 1;

  /** How far a parenthesis explaining a place may run, in tokens. */
  private static final int PARENTHESIS = 20;

  /** What joins a writer to the medium he writes in: "dans", "pour", "in", "for", "of". */
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("dans", "pour", "du", "de", "in", "for", "of", "at");

  private static final Set<String> QUOTE_MARKS = Set.of("«", "»", "\"", "“", "”", "‘", "’", "'");

  private final CountryLexicon lexicon;

  public CountryStage(CountryLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public String name() {
    return "countries";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.DEMONYMS);
  }

  @Override
  public Document apply(Document document) {
    List<Token> tokens = document.tokens();
    List<org.dateline.core.Demonym> demonyms = new ArrayList<>();
    for (Token t : tokens) {
      lexicon.lookup(document.text(t.span())).filter(e -> e.kind() == CountryLexicon.Kind.DEMONYM)
          .ifPresent(e -> demonyms.add(new org.dateline.core.Demonym(t.span(), e.country())));
    }
    Around around = Around.of(document, tokens, demonyms);
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : document.entities()) {
      Optional<String> country = entity.country().or(() -> countryOf(document, around, entity, demonyms));
      entities.add(new Entity(entity.id(), entity.type(), entity.name(), country, entity.kbId(), entity.mentions()));
    }
    return document.withEntities(entities).withDemonyms(demonyms);
  }

  /**
   * Where things are, looked up once per document rather than searched for each mention: token
   * starts, the country of the demonym at each offset, the organisation named at each offset.
   */
  private record Around(int[] starts, java.util.Map<Integer, String> demonymAt,
      java.util.Map<Integer, Entity> organisationAt) {

    static Around of(Document document, List<Token> tokens, List<org.dateline.core.Demonym> demonyms) {
      java.util.Map<Integer, String> demonymAt = new java.util.HashMap<>();
      demonyms.forEach(d -> demonymAt.put(d.span().start(), d.country()));
      java.util.Map<Integer, Entity> organisationAt = new java.util.HashMap<>();
      for (Entity e : document.entities()) {
        if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.MISC) {
          e.mentions().forEach(m -> organisationAt.putIfAbsent(m.span().start(), e));
        }
      }
      return new Around(tokens.stream().mapToInt(t -> t.span().start()).toArray(), demonymAt, organisationAt);
    }
  }

  private Optional<String> countryOf(Document document, Around around, Entity entity,
      List<org.dateline.core.Demonym> demonyms) {
    if (entity.type() == EntityType.LOCATION) {
      return lexicon.lookup(entity.name()).filter(e -> e.kind() != CountryLexicon.Kind.DEMONYM).map(e -> e.country())
          .or(() -> explainedInParentheses(document, around, entity));
    }
    // a newspaper the tagger took for a product, or found in guillemets only, is the medium all the same
    if (entity.type() == EntityType.ORGANIZATION || entity.type() == EntityType.MISC) {
      Optional<String> listed = entity.mentions().stream()
          .flatMap(m -> lexicon.lookup(document.text(m.span())).stream())
          .filter(e -> e.kind() == CountryLexicon.Kind.AGENCY || e.kind() == CountryLexicon.Kind.MEDIA
              || e.kind() == CountryLexicon.Kind.SEAT)
          .map(CountryLexicon.Entry::country).findFirst();
      if (listed.isPresent()) {
        return listed;
      }
    }
    for (Mention m : entity.mentions()) {
      for (org.dateline.core.Demonym d : demonyms) {
        // an institution may hold its country in its name: "Conseil de sécurité russe", "Russian Foreign Ministry"
        boolean inName = entity.type() == EntityType.ORGANIZATION && m.span().contains(d.span());
        if (inName || near(document, around.starts(), d.span(), m.span())) {
          return Optional.of(d.country());
        }
      }
    }
    return entity.type() == EntityType.PERSON ? writesFor(document, around, entity) : Optional.empty();
  }

  /**
   * A place the article explains in parentheses with a demonym: "Kyushu (la plus méridionale des
   * îles de l'archipel japonais)" is in Japan.
   */
  private static Optional<String> explainedInParentheses(Document document, Around around, Entity entity) {
    List<Token> tokens = document.tokens();
    for (Mention m : entity.mentions()) {
      int after = tokenAfter(around.starts(), m.span().end());
      if (after >= tokens.size() || !document.text(tokens.get(after).span()).equals("(")) {
        continue;
      }
      for (int k = after + 1; k < Math.min(tokens.size(), after + PARENTHESIS); k++) {
        Span t = tokens.get(k).span();
        if (document.text(t).equals(")")) {
          break;
        }
        String country = around.demonymAt().get(t.start());
        if (country != null) {
          return Optional.of(country);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A writer takes the country of the medium named right after the name: "écrit Federico Giuliani
   * dans « Il Giornale »", "John Smith of Reuters" (the affiliation, as GDELT codes media people).
   */
  private Optional<String> writesFor(Document document, Around around, Entity person) {
    List<Token> tokens = document.tokens();
    for (Mention m : person.mentions()) {
      int k = tokenAfter(around.starts(), m.span().end());
      if (k >= tokens.size()
          || !MEDIUM_PREPOSITIONS.contains(document.text(tokens.get(k).span()).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int next = k + 1;
      while (next < tokens.size() && QUOTE_MARKS.contains(document.text(tokens.get(next).span()))) {
        next++;
      }
      if (next >= tokens.size()) {
        continue;
      }
      Optional<String> country = Optional.ofNullable(around.organisationAt().get(tokens.get(next).span().start()))
          .flatMap(e -> lexicon.lookup(e.name()))
          .filter(x -> x.kind() == CountryLexicon.Kind.MEDIA || x.kind() == CountryLexicon.Kind.AGENCY)
          .map(CountryLexicon.Entry::country);
      if (country.isPresent()) {
        return country;
      }
    }
    return Optional.empty();
  }

  private static int tokenAfter(int[] starts, int offset) {
    int at = java.util.Arrays.binarySearch(starts, offset);
    return at >= 0 ? at : -at - 1;
  }

  /** Whether a demonym stands within a few tokens before, or right after, a mention, in its sentence. */
  private static boolean near(Document document, int[] starts, Span demonym, Span mention) {
    int demonymAt = java.util.Arrays.binarySearch(starts, demonym.start());
    int first = java.util.Arrays.binarySearch(starts, mention.start());
    if (demonymAt < 0 || first < 0 || document.sentences().stream()
        .noneMatch(sentence -> sentence.span().contains(demonym) && sentence.span().contains(mention))) {
      return false;
    }
    int last = first;
    while (last + 1 < starts.length && starts[last + 1] < mention.end()) {
      last++;
    }
    return (demonymAt < first && first - demonymAt <= DEMONYM_BEFORE)
        || (demonymAt > last && demonymAt - last <= DEMONYM_AFTER);
  }
}
