package org.dateline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.dateline.quote.GenderWords.Gender;

/**
 * Who speaks through a document that stands as a source ("the report said", "her statement said",
 * "the white paper says"): the one whose document it is. A name inside the phrase ("the Civic Action
 * study", "a report by Statistics Canada") is the author, and so is the organisation whose name holds
 * the words before the noun ("the parole board decision"); "its" is the organisation named last, "his"
 * or "her" the person of that gender named last; "the report" is the document the article mentioned before with
 * that noun, its author the name nearest that mention in its sentence ("Acme said in a statement …
 * The statement also said"), else the organisation named last. All words lower case.
 */
final class DocumentAuthors {

  /** How far into the phrase its noun may stand: "the winter railroading report", "a two-page statement". */
  private static final int NOUN_REACH = 5;
  /** How many earlier mentions of the noun are looked at for an author. */
  private static final int LOOK_BACK = 3;
  private static final Set<String> ORGANISATION_POSSESSIVES = Set.of("its", "their");
  private static final Map<String, Gender> PERSON_POSSESSIVES = Map.of("his", Gender.MASCULINE, "her", Gender.FEMININE);

  private final Set<String> nouns;

  /** @param nouns nouns for documents that speak: "report", "statement", "lawsuit" */
  DocumentAuthors(Set<String> nouns) {
    this.nouns = Set.copyOf(nouns);
  }

  /**
   * The author of the document the phrase names, if the phrase names one.
   *
   * @param lastOrganisation the organisation named last before an offset
   * @param person the person a pronoun of a gender at an offset refers to
   */
  Optional<String> resolve(Document doc, Span phrase, IntFunction<Optional<String>> lastOrganisation,
      BiFunction<Integer, Gender, Optional<String>> person) {
    List<Token> words = doc.tokens(phrase).stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
    int noun = -1;
    for (int k = 1; k < Math.min(words.size(), NOUN_REACH + 1) && noun < 0; k++) {
      if (nouns.contains(lower(doc, words.get(k)))) {
        noun = k;
      }
    }
    if (noun < 0) {
      return Optional.empty();
    }
    List<Token> modifiers = words.subList(1, noun);
    Optional<String> named = nameWithin(doc, phrase).or(() -> organisationNamedBy(doc, modifiers));
    if (named.isPresent()) {
      return named;
    }
    String opening = lower(doc, words.get(0));
    if (ORGANISATION_POSSESSIVES.contains(opening)) {
      return lastOrganisation.apply(phrase.start());
    }
    if (PERSON_POSSESSIVES.containsKey(opening)) {
      return person.apply(phrase.start(), PERSON_POSSESSIVES.get(opening));
    }
    return mentionedBefore(doc, lower(doc, words.get(noun)), phrase.start()).or(() -> lastOrganisation.apply(phrase.start()));
  }

  /** The first person or organisation named inside the phrase. */
  private static Optional<String> nameWithin(Document doc, Span phrase) {
    Mention first = null;
    String id = null;
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (e.type() != EntityType.LOCATION && phrase.contains(m.span())
            && (first == null || m.span().start() < first.span().start())) {
          first = m;
          id = e.id();
        }
      }
    }
    return Optional.ofNullable(id);
  }

  /** "the parole board decision": the organisation whose name holds the modifiers ("Parole Board of Canada"). */
  private static Optional<String> organisationNamedBy(Document doc, List<Token> modifiers) {
    if (modifiers.isEmpty()) {
      return Optional.empty();
    }
    String words = " " + String.join(" ", modifiers.stream().map(t -> lower(doc, t)).toList()) + " ";
    return doc.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
        .filter(e -> (" " + e.name().toLowerCase(Locale.ROOT) + " ").contains(words)).map(Entity::id).findFirst();
  }

  /** The author of the document last mentioned with this noun before the offset: the name nearest the noun in its sentence. */
  private static Optional<String> mentionedBefore(Document doc, String noun, int before) {
    List<Token> tokens = doc.tokens(new Span(0, before));
    int seen = 0;
    for (int k = tokens.size() - 1; k >= 0 && seen < LOOK_BACK; k--) {
      if (!lower(doc, tokens.get(k)).equals(noun)) {
        continue;
      }
      seen++;
      Span at = tokens.get(k).span();
      Optional<Span> sentence = doc.sentences().stream().map(Sentence::span).filter(s -> s.contains(at)).findFirst();
      Optional<String> author = sentence.flatMap(s -> nearest(doc, s, at));
      if (author.isPresent()) {
        return author;
      }
    }
    return Optional.empty();
  }

  /** The person or organisation of the sentence named nearest the offset. */
  private static Optional<String> nearest(Document doc, Span sentence, Span at) {
    String id = null;
    int best = Integer.MAX_VALUE;
    for (Entity e : doc.entities()) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (sentence.contains(m.span())) {
          int distance = m.span().end() <= at.start() ? at.start() - m.span().end() : m.span().start() - at.end();
          if (distance >= 0 && distance < best) {
            best = distance;
            id = e.id();
          }
        }
      }
    }
    return Optional.ofNullable(id);
  }

  private static String lower(Document doc, Token t) {
    return doc.text(t.span()).toLowerCase(Locale.ROOT);
  }
}
