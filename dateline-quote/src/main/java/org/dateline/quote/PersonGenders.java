package org.dateline.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Token;
import org.dateline.quote.GenderWords.Gender;

/**
 * The gender of each person of an article, as the article itself tells it: a title or noun next to
 * a name ("Mr. Fry", "spokeswoman Jane Roe", "Roe, a spokeswoman,"), and the first pronoun after a
 * name in its sentence ("Freeland said she …") when no other person stands between, outside
 * quotation marks. Votes are summed per person; a tie tells nothing. When the article tells
 * nothing, the given name of a full name does, if one sex nearly always bears it ("Moyra Baxter").
 */
final class PersonGenders {

  /** How far before a name its noun may stand, past titles: "spokeswoman Sen. Jane Roe". */
  private static final int NOUN_BEFORE = 3;
  /** How far after a name an apposition's noun may stand: "Jane Roe, a party spokeswoman". */
  private static final int NOUN_AFTER = 5;

  private final Map<String, Gender> genders;

  private PersonGenders(Map<String, Gender> genders) {
    this.genders = Map.copyOf(genders);
  }

  static final PersonGenders NONE = new PersonGenders(Map.of());

  static PersonGenders of(Document doc, GenderWords words) {
    if (words.equals(GenderWords.NONE)) {
      return NONE;
    }
    Map<Mention, String> entityOf = new HashMap<>();
    List<Mention> persons = new ArrayList<>();
    for (Entity e : doc.entities()) {
      if (e.type() == EntityType.PERSON) {
        for (Mention m : e.mentions()) {
          if (m.form() != Mention.Form.PRONOUN) {
            persons.add(m);
            entityOf.put(m, e.id());
          }
        }
      }
    }
    persons.sort((a, b) -> a.span().compareTo(b.span()));
    Map<String, Integer> votes = new HashMap<>();
    for (List<Token> sentence : doc.tokensBySentence()) {
      for (int i = 0; i < sentence.size(); i++) {
        Token t = sentence.get(i);
        Optional<Mention> at = startingAt(persons, t.span().start());
        if (at.isEmpty()) {
          continue;
        }
        String id = entityOf.get(at.get());
        int last = lastTokenOf(sentence, i, at.get());
        vote(votes, id, nounNear(doc, words, sentence, i, last));
        vote(votes, id, pronounAfter(doc, words, persons, sentence, last));
      }
    }
    Map<String, Gender> genders = new HashMap<>();
    votes.forEach((id, v) -> {
      if (v != 0) {
        genders.put(id, v > 0 ? Gender.MASCULINE : Gender.FEMININE);
      }
    });
    for (Entity e : doc.entities()) {
      if (e.type() == EntityType.PERSON && !genders.containsKey(e.id())) {
        givenName(e.name()).flatMap(words::ofGivenName).ifPresent(g -> genders.put(e.id(), g));
      }
    }
    return new PersonGenders(genders);
  }

  /** The first word of a name of two words or more, lower case: a lone word may be a surname ("Major"). */
  private static Optional<String> givenName(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length < 2 ? Optional.empty() : Optional.of(words[0].toLowerCase(Locale.ROOT));
  }

  /** Whether a person may be referred to with a pronoun of this gender: unknown fits either. */
  boolean fits(String entityId, Optional<Gender> pronoun) {
    Gender known = genders.get(entityId);
    return known == null || pronoun.isEmpty() || known == pronoun.get();
  }

  Optional<Gender> of(String entityId) {
    return Optional.ofNullable(genders.get(entityId));
  }

  private static void vote(Map<String, Integer> votes, String id, Optional<Gender> gender) {
    gender.ifPresent(g -> votes.merge(id, g == Gender.MASCULINE ? 1 : -1, Integer::sum));
  }

  private static Optional<Mention> startingAt(List<Mention> persons, int offset) {
    return persons.stream().filter(m -> m.span().start() == offset).findFirst();
  }

  private static int lastTokenOf(List<Token> sentence, int first, Mention m) {
    int last = first;
    while (last + 1 < sentence.size() && sentence.get(last + 1).span().end() <= m.span().end()) {
      last++;
    }
    return last;
  }

  /** "Mr. Fry", "spokeswoman Jane Roe", "Jane Roe, a spokeswoman": a gendered word right beside the name. */
  private static Optional<Gender> nounNear(Document doc, GenderWords words, List<Token> sentence, int first, int last) {
    for (int k = first - 1; k >= Math.max(0, first - NOUN_BEFORE); k--) {
      Optional<Gender> g = words.ofNoun(lower(doc, sentence.get(k)));
      if (g.isPresent()) {
        return g;
      }
    }
    if (last + 2 < sentence.size() && lower(doc, sentence.get(last + 1)).equals(",")) {
      for (int k = last + 2; k < Math.min(sentence.size(), last + 2 + NOUN_AFTER); k++) {
        String w = lower(doc, sentence.get(k));
        if (w.equals(",")) {
          break;
        }
        Optional<Gender> g = words.ofNoun(w);
        if (g.isPresent()) {
          return g;
        }
      }
    }
    return Optional.empty();
  }

  /** "Freeland said she had …": the first pronoun after the name, unless another person comes first or it is quoted. */
  private static Optional<Gender> pronounAfter(Document doc, GenderWords words, List<Mention> persons,
      List<Token> sentence, int last) {
    int marks = 0;
    for (int k = 0; k <= last; k++) {
      marks += isMark(doc, sentence.get(k)) ? 1 : 0;
    }
    for (int k = last + 1; k < sentence.size(); k++) {
      Token t = sentence.get(k);
      if (isMark(doc, t)) {
        marks++;
        continue;
      }
      if (startingAt(persons, t.span().start()).isPresent()) {
        return Optional.empty();
      }
      Optional<Gender> g = words.ofPronoun(lower(doc, t));
      if (g.isPresent()) {
        return marks % 2 == 0 ? g : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isMark(Document doc, Token t) {
    String s = doc.text(t.span());
    return s.equals("\"") || s.equals("“") || s.equals("”");
  }

  private static String lower(Document doc, Token t) {
    return doc.text(t.span()).toLowerCase(Locale.ROOT);
  }
}
