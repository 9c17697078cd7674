package org.dateline.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Stage;

/**
 * Links people named in full ("Sergueï Choïgou") to the knowledge base when exactly one person
 * there fits: same name under the transliteration-aware key, a compatible country, and, when
 * several do, the only one in office at the article's date or the only one spelled exactly so.
 * A linked entity takes the knowledge base's id and name, and its country when it had none.
 */
public final class PersonLinkStage implements Stage {

  private final PeopleIndex people;

  public PersonLinkStage(PeopleIndex people) {
    this.people = Objects.requireNonNull(people, "people");
  }

  @Override
  public String name() {
    return "person-links";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of();
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = new ArrayList<>();
    for (Entity e : document.entities()) {
      Optional<Person> person = e.type() == EntityType.PERSON && e.kbId().isEmpty() && e.name().contains(" ")
          ? link(e, document.anchorDate()) : Optional.empty();
      entities.add(person.map(p -> new Entity(e.id(), e.type(), p.name(), e.country().or(() -> Optional.of(p.country())),
          Optional.of(p.id()), e.mentions())).orElse(e));
    }
    return document.withEntities(entities);
  }

  private Optional<Person> link(Entity e, Optional<LocalDate> date) {
    if (!keepsEveryWord(e.name())) {
      return Optional.empty();
    }
    // one person may be listed by several sources under the same spelling: one candidate each
    Map<String, List<Person>> bySpelling = new LinkedHashMap<>();
    for (Person p : people.lookup(e.name())) {
      if ((e.country().isEmpty() || e.country().get().equals(p.country())) && spelledClose(e.name(), p.name())) {
        bySpelling.computeIfAbsent(NameKey.letters(p.name()) + "|" + p.country(), k -> new ArrayList<>()).add(p);
      }
    }
    List<List<Person>> candidates = new ArrayList<>(bySpelling.values());
    if (candidates.size() > 1 && date.isPresent()) {
      List<List<Person>> inOffice = candidates.stream()
          .filter(c -> c.stream().anyMatch(p -> inOffice(p, date.get()))).toList();
      if (!inOffice.isEmpty()) {
        candidates = inOffice;
      }
    }
    if (candidates.size() > 1) {
      String spelled = NameKey.letters(e.name());
      candidates = candidates.stream().filter(c -> NameKey.letters(c.get(0).name()).equals(spelled)).toList();
    }
    return candidates.size() == 1 ? Optional.of(preferred(candidates.get(0))) : Optional.empty();
  }

  /**
   * Whether every word of a name leaves something in its key: a word of vowels and glides alone
   * ("Joe", "Ai") leaves nothing, and "Joe Nienaber" would be looked up as the surname "Nienaber"
   * alone, which the key makes meet "Enkhbayar". A full name is linked by all its words or not at all.
   */
  static boolean keepsEveryWord(String name) {
    String key = NameKey.of(name);
    String letters = NameKey.letters(name);
    return !key.isEmpty() && key.split(" ").length == letters.split(" ").length;
  }

  /**
   * Whether two spellings of one key are near enough to be one name written two ways: at most half
   * the shorter spelling differs. Transliterations stay well inside it ("Sergueï Choïgou" and "Sergey
   * Shoygu" differ by 5 letters of 13); two names that only share consonants do not ("Lu Kang" and
   * "Li Keqiang", 4 of 7).
   */
  static boolean spelledClose(String name, String candidate) {
    String a = NameKey.letters(name);
    String b = NameKey.letters(candidate);
    return 2 * PeopleIndex.editDistance(a, b) <= Math.min(a.length(), b.length());
  }

  /** A Wikidata entry (Q…) before another source's: it is the id the rest of the world uses. */
  private static Person preferred(List<Person> sameOne) {
    return sameOne.stream().min(Comparator.comparing((Person p) -> !p.id().matches("Q\\d+"))).orElseThrow();
  }

  /** Whether a role's period, in ISO dates or years, open at either end, holds the date. */
  static boolean inOffice(Person p, LocalDate date) {
    String day = date.toString();
    boolean started = p.from().isEmpty() || p.from().compareTo(day.substring(0, Math.min(day.length(), p.from().length()))) <= 0;
    boolean notEnded = p.to().isEmpty() || p.to().compareTo(day.substring(0, Math.min(day.length(), p.to().length()))) >= 0;
    return started && notEnded;
  }
}
