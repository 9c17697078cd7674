package org.dateline.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Demonym;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.kb.CountryLexicon;

/**
 * Who a claim's source words name: the entities mentioned in them, a pronoun's or a description's
 * antecedent, and for a people named by a demonym ("des responsables américains") the article's
 * entity for that country.
 */
final class ClaimSources {

  private final CountryLexicon countries;

  ClaimSources(CountryLexicon countries) {
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  /** The entities named in a span, and the countries of the peoples named there, as entity ids. */
  List<String> named(Document doc, Span within) {
    Set<String> ids = new LinkedHashSet<>();
    if (within == null) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (within.contains(m.span()) && m.type() != EntityType.MISC) {
          found.add(m);
        }
      }
    }
    found.sort((a, b) -> a.span().compareTo(b.span()));
    for (Mention m : found) {
      Antecedents.entityOf(doc, m).ifPresent(ids::add);
    }
    for (Demonym d : doc.demonyms()) {
      if (within.contains(d.span())) {
        countryEntityOf(doc, d.country()).ifPresent(ids::add);
      }
    }
    return List.copyOf(ids);
  }

  /** Whether the span holds mentions and all are pronouns an earlier stage linked ("Il a volé…"). */
  static boolean pronounsOnly(Document doc, Span within) {
    if (within == null) {
      return false;
    }
    List<Mention> inside = doc.entities().stream().flatMap(e -> e.mentions().stream())
        .filter(m -> within.contains(m.span())).toList();
    return !inside.isEmpty() && inside.stream().allMatch(m -> m.form() == Mention.Form.PRONOUN);
  }

  /** The article's entity for a country: a place of that country that the country lexicon calls a country. */
  private Optional<String> countryEntityOf(Document doc, String country) {
    return doc.entities().stream().filter(e -> e.type() == EntityType.LOCATION
        && e.country().equals(Optional.of(country))
        && countries.lookup(e.name()).filter(c -> c.kind() == CountryLexicon.Kind.COUNTRY).isPresent())
        .map(Entity::id).findFirst();
  }

  /** People and organisations named in a span. */
  static List<String> speakers(Document doc, Span within) {
    if (within == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (Entity e : doc.entities()) {
      boolean speaker = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      if (speaker && e.mentions().stream().anyMatch(m -> within.contains(m.span()))) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  static boolean isPerson(Document doc, String id) {
    return doc.entities().stream().anyMatch(e -> e.id().equals(id) && e.type() == EntityType.PERSON);
  }

  /**
   * "U.S. Secretary of State Mike Pompeo said": a person named in the subject speaks rather than the
   * country or organisation before them; the order is otherwise kept.
   */
  static List<String> personsFirst(Document doc, List<String> ids) {
    List<String> persons = ids.stream().filter(id -> isPerson(doc, id)).toList();
    List<String> ordered = new ArrayList<>(persons);
    ids.stream().filter(id -> !persons.contains(id)).forEach(ordered::add);
    return ordered;
  }
}
