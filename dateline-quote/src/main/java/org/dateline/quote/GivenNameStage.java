package org.dateline.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * People named anywhere, for a language without a named-entity model: a given name followed by
 * capitalised words ("Roy Graf protested…", "For Megda Belkacemi, …") is a person, and once a
 * person is named in full, the surname alone elsewhere is that person ("Graf says"), so that a
 * pronoun finds them as the person named last; so is a name an apposition describes as a person
 * ({@link AppositiveNames}). A given name the article also writes in lower case
 * ("will", "grant") is left alone, and so is a photo's credit ("Jane Roe/CBC"); names an earlier
 * stage found are left as they are.
 */
public final class GivenNameStage implements Stage {


  /** The longest name taken, in words: "Jake Thomas Patterson". */
  private static final int LONGEST = 4;

  private final Set<String> givenNames;
  private final Set<String> placeNames;
  private final NameWords words;
  private final AppositiveNames appositives;

  /**
   * @param givenNames given names as written: "John", "Chrystia"
   * @param titles words before a name that are no part of it, lower case: "sen.", "president"
   * @param notNames capitalised words that are no name, lower case: "the", "monday"
   */
  public GivenNameStage(Set<String> givenNames, Set<String> titles, Set<String> notNames) {
    this(givenNames, titles, notNames, Set.of());
  }

  /** @param personNouns nouns for what a person is ("president", "resident"): a name they describe in apposition is a person */
  public GivenNameStage(Set<String> givenNames, Set<String> titles, Set<String> notNames, Set<String> personNouns) {
    this(givenNames, titles, notNames, personNouns, Set.of());
  }

  /**
   * @param placeNames given names that name a place too ("Jordan"), taken only for a name set off by
   *     commas ("The captain, Jordan Stewart, said")
   */
  public GivenNameStage(Set<String> givenNames, Set<String> titles, Set<String> notNames, Set<String> personNouns,
      Set<String> placeNames) {
    this.placeNames = Set.copyOf(placeNames);
    this.givenNames = Set.copyOf(Objects.requireNonNull(givenNames, "givenNames"));
    this.words = new NameWords(titles, notNames);
    this.appositives = new AppositiveNames(personNouns, words);
  }

  @Override
  public String name() {
    return "given names";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = new ArrayList<>(document.entities());
    BitSet named = NameWords.named(entities);
    Set<String> lowerCase = NameWords.lowerCaseWords(document);
    List<Token> tokens = document.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String word = document.text(tokens.get(i).span());
      boolean place = !givenNames.contains(word) && placeNames.contains(word);
      if (!givenNames.contains(word) && !place || lowerCase.contains(word.toLowerCase(Locale.ROOT)) || !isNameWord(document, tokens.get(i))) {
        continue;
      }
      // "the Diamond Resorts", "the Nova Scotia judge": a name after an article is a thing's or a place's
      if (insideLongerName(document, tokens, i) || i > 0 && NameWords.ARTICLES.contains(document.text(tokens.get(i - 1).span()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && end - i < LONGEST && isNameWord(document, tokens.get(end))
          && NameWords.sameLine(document, tokens.get(end - 1), tokens.get(end))) {
        end++;
      }
      if (end == i + 1 && monthSurname(document, tokens, end)) {
        end++; // "Elizabeth May said": a month after a given name, with no day after it, is a family name
      }
      if (place && !setOff(document, tokens, i, end)) {
        i = end - 1;
        continue;
      }
      if (end > i + 1 && !institution(document, tokens.subList(i, end)) && !credit(document, tokens, end)) {
        Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
        Span surname = new Span(tokens.get(i + 1).span().start(), span.end());
        // "Jordan Stewart", "Ben Myers": a given name the gazetteer took for a place, a surname after it
        if (NameWords.free(named, span)
            || (NameWords.free(named, surname) && dropPlace(entities, tokens.get(i).span()))) {
          add(document, entities, span);
          named.set(span.start(), span.end());
        }
      }
      i = end - 1;
    }
    for (Span span : appositives.find(document, named)) {
      if (!institution(document, document.tokens(span))) {
        add(document, entities, span);
        named.set(span.start(), span.end());
      }
    }
    surnames(document, entities, named);
    return document.withEntities(entities);
  }

  /** Whether commas set the name [i, end) off: "The captain of the team, Jordan Stewart, and his mother". */
  private static boolean setOff(Document doc, List<Token> tokens, int i, int end) {
    return i > 0 && end < tokens.size() && doc.text(tokens.get(i - 1).span()).equals(",")
        && doc.text(tokens.get(end).span()).equals(",");
  }

  /** Months that are family names too ("Theresa May", "Jean-Louis April"), as written. */
  private static final Set<String> MONTH_SURNAMES = Set.of("May", "June", "April", "August");

  /** Whether the token at k is such a month on the given name's line, with no number after it ("May 5"). */
  private static boolean monthSurname(Document doc, List<Token> tokens, int k) {
    if (k >= tokens.size() || !MONTH_SURNAMES.contains(doc.text(tokens.get(k).span()))
        || !NameWords.sameLine(doc, tokens.get(k - 1), tokens.get(k))) {
      return false;
    }
    return k + 1 >= tokens.size() || !Character.isDigit(doc.text(tokens.get(k + 1).span()).codePointAt(0));
  }

  /** Removes the one-word place mention at the span, and its place when it had no other mention; false when there is none. */
  private static boolean dropPlace(List<Entity> entities, Span word) {
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      List<Mention> rest = e.mentions().stream().filter(m -> !m.span().equals(word)).toList();
      if (e.type() == EntityType.LOCATION && rest.size() < e.mentions().size()) {
        if (rest.isEmpty()) {
          entities.remove(k);
        } else {
          entities.set(k, new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), rest));
        }
        return true;
      }
    }
    return false;
  }

  /**
   * "Graf says" after "Roy Graf": the surname alone, not inside a longer name, is the one person of
   * that surname the article names in full; a person the knowledge base guessed from the surname
   * alone ("Greenspan" taken for Alan Greenspan after "Dorie Greenspan") gives way.
   */
  private void surnames(Document document, List<Entity> entities, BitSet named) {
    Map<String, Integer> bySurname = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      int space = e.name().lastIndexOf(' ');
      if (e.type() == EntityType.PERSON && space > 0 && namedInFull(document, e)) {
        String surname = e.name().substring(space + 1);
        if (bySurname.containsKey(surname) && bySurname.get(surname) != k) {
          shared.add(surname);
        }
        bySurname.put(surname, k);
      }
    }
    List<Token> tokens = document.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Span span = tokens.get(i).span();
      Integer k = bySurname.get(document.text(span));
      boolean alone = !insideLongerName(document, tokens, i)
          && (i + 1 == tokens.size() || !isNameWord(document, tokens.get(i + 1)));
      if (k == null || shared.contains(document.text(span)) || !alone) {
        continue;
      }
      if (!NameWords.free(named, span)) {
        k = takeFromGuess(document, entities, span, k);
      }
      if (k >= 0) {
        NameWords.addMention(entities, k, span);
        named.set(span.start(), span.end());
      }
    }
    entities.removeIf(e -> e.mentions().isEmpty());
  }

  /** Whether the article writes the person's name in two words or more somewhere. */
  private static boolean namedInFull(Document doc, Entity e) {
    return e.mentions().stream().anyMatch(m -> doc.text(m.span()).trim().indexOf(' ') > 0);
  }

  /**
   * Removes the one-word mention at the span from a person the article never names in full and
   * returns {@code k}; -1 when another kind of mention holds the span.
   */
  private static int takeFromGuess(Document doc, List<Entity> entities, Span span, int k) {
    for (int j = 0; j < entities.size(); j++) {
      Entity e = entities.get(j);
      boolean holds = e.mentions().stream().anyMatch(m -> m.span().equals(span));
      if (!holds) {
        continue;
      }
      if (j == k || e.type() != EntityType.PERSON || namedInFull(doc, e)) {
        return -1;
      }
      // left without mentions, the guess is removed once all surnames are read: the indices stay
      List<Mention> rest = e.mentions().stream().filter(m -> !m.span().equals(span)).toList();
      entities.set(j, new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), rest));
      return k;
    }
    return -1;
  }

  /** Whether the name ending before token {@code end} credits a photo: "(Jane Roe/CBC)", which a pronoun never refers to. */
  private static boolean credit(Document doc, List<Token> tokens, int end) {
    return end < tokens.size() && doc.text(tokens.get(end).span()).equals("/");
  }

  private static boolean institution(Document doc, List<Token> name) {
    return name.stream().anyMatch(t -> NameWords.INSTITUTION_WORDS.contains(doc.text(t.span()).toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the word at i continues a capitalised name ("St. Charles County", "Kenton Clark"); a word
   * opening the sentence ("Later Graf …") or naming an institution ("Secretary of State Mike Pompeo") does not count.
   */
  private boolean insideLongerName(Document doc, List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token previous = tokens.get(i - 1);
    return isNameWord(doc, previous) && NameWords.sameLine(doc, previous, tokens.get(i)) && !opensSentence(doc, previous)
        && !NameWords.INSTITUTION_WORDS.contains(doc.text(previous.span()).toLowerCase(Locale.ROOT));
  }

  private static boolean opensSentence(Document doc, Token t) {
    return doc.sentences().stream().anyMatch(s -> s.span().start() == t.span().start());
  }

  private boolean isNameWord(Document doc, Token t) {
    return words.isNameWord(doc, t);
  }

  private static void add(Document doc, List<Entity> entities, Span span) {
    String name = doc.text(span);
    for (int k = 0; k < entities.size(); k++) {
      if (entities.get(k).type() == EntityType.PERSON && entities.get(k).name().equals(name)) {
        NameWords.addMention(entities, k, span);
        return;
      }
    }
    NameWords.addPerson(entities, name, span);
  }
}
