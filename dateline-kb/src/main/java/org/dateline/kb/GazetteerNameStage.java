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
 * news agencies, media and seats of government from the country lexicon, international
 * organisations and armed groups from the group lexicon (with the country their CAMEO code names:
 * "Hamas" → PSE), and people named in full from the people index. The entity layer of a language that has no trained NER model (English,
 * whose CoNLL-2003 data may not be shipped in a model): it finds fewer names than a model, but
 * those it finds are the actors events need. A capitalised word that opens a sentence is taken for
 * a city only when the lexicon calls it something else too ("Police said …" names no city).
 */
public final class GazetteerNameStage implements Stage {

  /** The longest name tried, in tokens: "Bosnia and Herzegovina", "Islamic State of Iraq and Syria". */
  private static final int LONGEST = 7;

  /** A one-word group name this short is an acronym, and must be written in capitals: "UN", "EU", "NATO". */
  private static final int ACRONYM = 4;

  /** How long a role the Phoenix dictionaries leave open is taken to last (see {@link #inOffice}). */
  private static final String PHOENIX_OPEN_UNTIL = "2016-12-31";

  private final CountryLexicon countries;
  private final GroupLexicon groups;
  private final PeopleIndex people;
  private final Set<String> titles;

  public GazetteerNameStage(CountryLexicon countries, PeopleIndex people) {
    this(countries, GroupLexicon.EMPTY, people, Set.of());
  }

  /**
   * @param titles the lower-case words that stand before a name and are no part of it ("president",
   *     "mr."): "President Obama" is a surname alone after its title
   */
  public GazetteerNameStage(CountryLexicon countries, GroupLexicon groups, PeopleIndex people, Set<String> titles) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.groups = Objects.requireNonNull(groups, "groups");
    this.people = Objects.requireNonNull(people, "people");
    this.titles = Set.copyOf(titles);
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
    Map<String, Name> names = new LinkedHashMap<>();
    Map<String, String> surnames = new java.util.HashMap<>(); // the people named in full so far, by surname
    Optional<String> date = document.anchorDate().map(Object::toString);
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
          String previous = i > 0 ? document.text(sentence.get(i - 1).span()) : "";
          boolean inLongerName = (capitalised(previous) && !titles.contains(previous.toLowerCase(java.util.Locale.ROOT)))
              || (i + n < sentence.size() && capitalised(document.text(sentence.get(i + n).span())));
          boolean afterPossessive = POSSESSIVES.contains(previous.toLowerCase(java.util.Locale.ROOT));
          Optional<Name> name = nameOf(text, n, i == 0, inLongerName, afterPossessive, surnames, date);
          if (name.isPresent()) {
            byName.computeIfAbsent(name.get().canonical(), k -> new ArrayList<>()).add(new Mention(span, name.get().type()));
            names.putIfAbsent(name.get().canonical(), name.get());
            if (name.get().type() == EntityType.PERSON && n >= 2) {
              surnames.putIfAbsent(NameKey.letters(NameKey.lastWord(text)), name.get().canonical());
            }
            taken = n;
          }
        }
        i += Math.max(taken, 1) - 1;
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> name : byName.entrySet()) {
      Name known = names.get(name.getKey());
      entities.add(new Entity("E" + (entities.size() + 1), known.type(), name.getKey(), known.country(),
          Optional.empty(), name.getValue()));
    }
    return document.withEntities(entities);
  }

  /** What a phrase names, and the name its entity takes: a surname alone takes the full name it stands for. */
  private record Name(EntityType type, String canonical, Optional<String> country) {
    Name(EntityType type, String canonical) {
      this(type, canonical, Optional.empty());
    }
  }

  /**
   * A country, capital, agency, medium or seat first; then a group; then a person's surname that
   * the article or the date makes clear, before a town of that name ("Obama" in Japan); then a
   * town; then a person named in full, or a surname the index gives to one country.
   *
   * @param inLongerName whether a capitalised word stands right before or after: "Union" in
   *     "European Union" names no city, "Rice" in "Condoleezza Rice Center" no person
   * @param afterPossessive whether "his", "her" or another possessive stands right before: "her
   *     English" names no Bill English
   * @param surnames the people the article named in full so far, by surname
   * @param date the article's date (ISO), if known
   */
  private Optional<Name> nameOf(String text, int words, boolean opensSentence, boolean inLongerName,
      boolean afterPossessive, Map<String, String> surnames, Optional<String> date) {
    Optional<CountryLexicon.Entry> entry = countries.lookup(text);
    if (entry.isPresent() && entry.get().kind() != CountryLexicon.Kind.CITY) {
      Optional<EntityType> type = switch (entry.get().kind()) {
        case COUNTRY, CAPITAL -> Optional.of(EntityType.LOCATION);
        case AGENCY, MEDIA, SEAT -> Optional.of(EntityType.ORGANIZATION);
        default -> Optional.empty();
      };
      return type.map(t -> new Name(t, text));
    }
    Optional<String> group = groups.lookup(text)
        .filter(code -> words > 1 || text.length() > ACRONYM || text.equals(text.toUpperCase(java.util.Locale.ROOT)));
    if (group.isPresent()) {
      String kind = group.get().substring(0, 3);
      return Optional.of(new Name(EntityType.ORGANIZATION, text,
          countries.knowsCode(kind) ? Optional.of(kind) : Optional.empty()));
    }
    if (words == 1 && !inLongerName && !afterPossessive) {
      Optional<String> person = Optional.ofNullable(surnames.get(NameKey.letters(text)))
          .or(() -> date.flatMap(d -> inOffice(text, d)));
      if (person.isPresent()) {
        return person.map(full -> new Name(EntityType.PERSON, full));
      }
    }
    if (entry.isPresent()) {
      return (opensSentence || inLongerName) && words == 1 ? Optional.empty() : Optional.of(new Name(EntityType.LOCATION, text));
    }
    Optional<Person> known = words >= 2 ? people.lookup(text).stream().filter(p -> spelledAlike(text, p.name())).findFirst()
        : Optional.empty();
    if (known.isPresent()) {
      // "White House", "National Security Council": the actors of the index are not all people
      return Optional.of(new Name(institution(known.get().name()) ? EntityType.ORGANIZATION : EntityType.PERSON, text));
    }
    return words == 1 && !inLongerName && !opensSentence && !afterPossessive ? knownSurname(text).map(full -> new Name(EntityType.PERSON, full))
        : Optional.empty();
  }

  /**
   * A surname alone names the official who held office under it at the article's date, when those
   * who did all come from one country: "Obama" in 2015, even opening a sentence. An office is a
   * government role of the index with its start date ("GOV" from 2009-01-20) or a leader's office of
   * Wikidata ("President of Russia" from 2012), not yet ended at the date. The Phoenix dictionaries'
   * last dated change is of 2014: a role they leave open is taken to end with {@link #PHOENIX_OPEN_UNTIL},
   * so that "Obama" in 2025 names nobody.
   */
  private Optional<String> inOffice(String word, String date) {
    if (word.length() < 4) {
      return Optional.empty();
    }
    List<Person> found = people.withSurname(word).stream()
        .filter(p -> !institution(p.name()))
        .filter(p -> !p.role().matches("[A-Z]{3,}") || p.role().equals("GOV"))
        .filter(p -> !p.from().isEmpty() && p.from().compareTo(date) <= 0
            && date.substring(0, to(p).length()).compareTo(to(p)) <= 0)
        .toList();
    boolean oneCountry = !found.isEmpty() && found.stream().map(Person::country).distinct().count() == 1;
    return oneCountry ? Optional.of(found.get(0).name()) : Optional.empty();
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
    List<Person> found = people.withSurname(word).stream()
        .filter(p -> !institution(p.name())).toList();
    boolean oneCountry = found.stream().map(Person::country).distinct().count() == 1;
    return oneCountry ? Optional.of(found.get(0).name()) : Optional.empty();
  }

  /** Possessives, after which a capitalised word is no surname alone: "her English", "their French". */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "my", "their", "our", "your", "its");

  /** Words that make an actor of the index an institution, not a person: "White House", "National Security Council". */
  private static final Set<String> INSTITUTION_WORDS = Set.of("house", "department", "council", "agency", "court",
      "committee", "commission", "ministry", "office", "party", "bank", "service", "services", "army", "navy",
      "police", "force", "forces", "government", "administration", "board", "assembly", "parliament", "congress",
      "senate");

  /** Whether an actor of the people index is an institution or an office: a word of its name says so. */
  static boolean institution(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(" general")) {
      return true; // an office: "Us Attorney General", not "General Secretary Gorbachev"
    }
    for (String word : lower.split("\\s+")) {
      if (INSTITUTION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String to(Person p) {
    return !p.to().isEmpty() ? p.to() : p.id().startsWith("phoenix:") ? PHOENIX_OPEN_UNTIL : "9999";
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

  /** Capitalised, or opening with the Arabic article before a capital: "al-Shabab", "al-Qaeda". */
  private static boolean capitalised(String text) {
    if ((text.startsWith("al-") || text.startsWith("el-")) && text.length() > 3) {
      return Character.isUpperCase(text.codePointAt(3));
    }
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
