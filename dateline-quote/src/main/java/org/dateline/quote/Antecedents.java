package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.dateline.quote.GenderWords.Gender;

/**
 * Which entity a mention is of, and whom "he" or "she" most likely is when a speaker is given by a
 * pronoun: the person named last before it whose gender, as far as the article tells it, fits the
 * pronoun ("Jane Roe met Mr. Fry. … she said" is Jane Roe).
 */
final class Antecedents {

  private Antecedents() {}

  static Optional<Mention> lastPersonBefore(Document document, int offset) {
    return lastFitting(document, offset, PersonGenders.NONE, Optional.empty());
  }

  /**
   * The person a pronoun of this gender at the offset most likely refers to: of the nearest sentence
   * before it (or its own) that names a person who fits, the first such person right before a cue
   * (the one who speaks there: "Asked what he would tell Mayor John Tory, Dennis Brooks says"), else
   * the first such person, the likeliest subject ("Roy Graf met Justin Trudeau. … he said" is Graf).
   *
   * @param cue whether a lower-case word reports speech
   * @param samePronoun whether a lower-case word is a pronoun of the same gender: a sentence it leads
   *     is passed over ("He met Peter Brandt. “…,” he said.")
   */
  static Optional<Mention> personBefore(Document document, int offset, PersonGenders genders, Optional<Gender> gender,
      Predicate<String> cue, Predicate<String> samePronoun) {
    Optional<Mention> last = lastFitting(document, offset, genders, gender);
    if (last.isEmpty() || genders == PersonGenders.NONE) {
      return last;
    }
    Span sentence = sentenceOf(document, last.get());
    // "He said the dairy, like his father's friend Martin Legere, … “…,” he said.": a sentence whose
    // subject is already the pronoun names someone else; its antecedent is further back
    for (int depth = 0; depth < PRONOUN_CHAIN && pronounFirst(document, sentence,
        firstFitting(document, sentence, last.get(), genders, gender, w -> false).orElse(last.get()), samePronoun); depth++) {
      Optional<Mention> earlier = lastFitting(document, sentence.start(), genders, gender);
      if (earlier.isEmpty()) {
        break;
      }
      last = earlier;
      sentence = sentenceOf(document, earlier.get());
    }
    return firstFitting(document, sentence, last.get(), genders, gender, cue);
  }

  /** How many sentences led by the pronoun itself are passed over: a paragraph about one person. */
  private static final int PRONOUN_CHAIN = 3;

  private static Span sentenceOf(Document document, Mention m) {
    return document.sentences().stream().map(s -> s.span())
        .filter(s -> s.start() <= m.span().start() && m.span().start() < s.end())
        .findFirst().orElse(m.span());
  }

  /** Whether a pronoun of the same gender stands in the sentence before the mention: the sentence's subject. */
  private static boolean pronounFirst(Document document, Span sentence, Mention mention, Predicate<String> samePronoun) {
    for (Token t : document.tokens(new Span(sentence.start(), mention.span().start()))) {
      String text = document.text(t.span());
      if (text.equals("\"") || text.equals("“")) {
        return false; // a quote's own "he" is someone else's word
      }
      if (samePronoun.test(text.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Mention> firstFitting(Document document, Span sentence, Mention lastMention,
      PersonGenders genders, Optional<Gender> gender, Predicate<String> cue) {
    Optional<Mention> last = Optional.of(lastMention);
    List<Mention> fitting = new ArrayList<>();
    for (Entity e : document.entities()) {
      if (e.type() == EntityType.PERSON && genders.fits(e.id(), gender)) {
        e.mentions().stream().filter(m -> m.type() == EntityType.PERSON && m.span().start() >= sentence.start()
            && m.span().end() <= last.get().span().end()).forEach(fitting::add);
      }
    }
    fitting.sort((a, b) -> a.span().compareTo(b.span()));
    return fitting.stream().filter(m -> beforeCue(document, m, sentence, cue)).findFirst()
        .or(() -> fitting.stream().findFirst());
  }

  private static boolean beforeCue(Document document, Mention m, Span sentence, Predicate<String> cue) {
    List<Token> next = document.tokens(new Span(m.span().end(), sentence.end()));
    return !next.isEmpty() && cue.test(document.text(next.get(0).span()).toLowerCase(Locale.ROOT));
  }

  private static Optional<Mention> lastFitting(Document document, int offset, PersonGenders genders,
      Optional<Gender> gender) {
    Mention best = null;
    for (Entity e : document.entities()) {
      if (e.type() != EntityType.PERSON || !genders.fits(e.id(), gender)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.type() == EntityType.PERSON && m.span().end() <= offset
            && (best == null || m.span().start() > best.span().start())) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  static Optional<String> entityOf(Document document, Mention mention) {
    for (Entity e : document.entities()) {
      if (e.mentions().contains(mention)) {
        return Optional.of(e.id());
      }
    }
    return Optional.empty();
  }
}
