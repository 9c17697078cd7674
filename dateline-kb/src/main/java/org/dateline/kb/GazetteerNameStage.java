package org.dateline.kb;

import java.util.ArrayList;
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
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Names the knowledge base knows, found without a statistical model: countries, capitals, cities,
 * news agencies, media and seats of government from the country lexicon, and people named in full
 * from the people index. The entity layer of a language that has no trained NER model (English,
 * whose CoNLL-2003 data may not be shipped in a model): it finds fewer names than a model, but
 * those it finds are the actors events need. A capitalised word that opens a sentence is taken for
 * a city only when the lexicon calls it something else too ("Police said …" names no city).
 */
public final class GazetteerNameStage implements Stage {

  /** The longest name tried, in tokens: "Bosnia and Herzegovina", "Central African Republic". */
  private static final int LONGEST = 4;

  private final CountryLexicon countries;
  private final PeopleIndex people;

  public GazetteerNameStage(CountryLexicon countries, PeopleIndex people) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.people = Objects.requireNonNull(people, "people");
  }

  @Override
  public String name() {
    return "gazetteer names";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    java.util.BitSet times = new java.util.BitSet();
    document.times().forEach(t -> times.set(t.span().start(), t.span().end()));
    for (List<Token> sentence : document.tokensBySentence()) {
      for (int i = 0; i < sentence.size(); i++) {
        int taken = 0;
        for (int n = Math.min(LONGEST, sentence.size() - i); n >= 1 && taken == 0; n--) {
          Span span = new Span(sentence.get(i).span().start(), sentence.get(i + n - 1).span().end());
          String text = document.text(span);
          if (!capitalised(text) || !capitalised(document.text(sentence.get(i + n - 1).span()))
              || inTime(times, span)) {
            continue; // "March 3, 2025" names no town called March
          }
          boolean inLongerName = (i > 0 && capitalised(document.text(sentence.get(i - 1).span())))
              || (i + n < sentence.size() && capitalised(document.text(sentence.get(i + n).span())));
          Optional<Name> name = nameOf(text, n, i == 0, inLongerName);
          if (name.isPresent()) {
            byName.computeIfAbsent(name.get().canonical(), k -> new ArrayList<>()).add(new Mention(span, name.get().type()));
            types.putIfAbsent(name.get().canonical(), name.get().type());
            taken = n;
          }
        }
        i += Math.max(taken, 1) - 1;
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> name : byName.entrySet()) {
      entities.add(new Entity("E" + (entities.size() + 1), types.get(name.getKey()), name.getKey(), Optional.empty(),
          Optional.empty(), name.getValue()));
    }
    return document.withEntities(entities);
  }

  /** What a phrase names, and the name its entity takes: a surname alone takes the full name it stands for. */
  private record Name(EntityType type, String canonical) {}

  /**
   * @param inLongerName whether a capitalised word stands right before or after: "Union" in
   *     "European Union" names no city, "Rice" in "Condoleezza Rice Center" no person
   */
  private Optional<Name> nameOf(String text, int words, boolean opensSentence, boolean inLongerName) {
    Optional<CountryLexicon.Entry> entry = countries.lookup(text);
    if (entry.isPresent()) {
      Optional<EntityType> type = switch (entry.get().kind()) {
        case COUNTRY, CAPITAL -> Optional.of(EntityType.LOCATION);
        case CITY -> (opensSentence || inLongerName) && words == 1 ? Optional.empty() : Optional.of(EntityType.LOCATION);
        case AGENCY, MEDIA, SEAT -> Optional.of(EntityType.ORGANIZATION);
        case DEMONYM -> Optional.empty();
      };
      return type.map(t -> new Name(t, text));
    }
    if (words >= 2 && people.lookup(text).stream().anyMatch(p -> spelledAlike(text, p.name()))) {
      return Optional.of(new Name(EntityType.PERSON, text));
    }
    return words == 1 && !inLongerName && !opensSentence ? knownSurname(text).map(full -> new Name(EntityType.PERSON, full))
        : Optional.empty();
  }

  /**
   * A surname alone ("Obama", "Putin") names a person when the people it may be all come from one
   * country: "Kim" (both Koreas) or "King" (everywhere) stays unnamed. The full name of the first
   * of them, so that the person can be linked. Not at a sentence's start, where "Some" and "During"
   * are words.
   */
  private Optional<String> knownSurname(String word) {
    if (word.length() < 4) {
      return Optional.empty();
    }
    // a surname alone must be spelled exactly: "Brooks" is not "Broks", "Trump" not "Tromp"
    List<Person> found = people.lookup(word).stream()
        .filter(p -> NameKey.letters(word).equals(NameKey.letters(NameKey.lastWord(p.name())))).toList();
    boolean oneCountry = found.stream().map(Person::country).distinct().count() == 1;
    return oneCountry ? Optional.of(found.get(0).name()) : Optional.empty();
  }

  /**
   * A name the index finds by its transliteration key must also be spelled nearly alike: the key
   * forgives "Choïgou" for "Shoigu" in a model's names, but a gazetteer sees every capitalised
   * phrase, and "The US" shares a key with someone.
   */
  private static boolean spelledAlike(String text, String name) {
    String a = NameKey.letters(text);
    String b = NameKey.letters(name);
    return PeopleIndex.editDistance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 5);
  }

  /** Whether a time expression holds part of a span; the times are a set of covered characters. */
  private static boolean inTime(java.util.BitSet times, Span span) {
    int next = times.nextSetBit(span.start());
    return next >= 0 && next < span.end();
  }

  private static boolean capitalised(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
