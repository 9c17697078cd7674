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
   */
  static Optional<Mention> personBefore(Document document, int offset, PersonGenders genders, Optional<Gender> gender,
      Predicate<String> cue) {
    Optional<Mention> last = lastFitting(document, offset, genders, gender);
    if (last.isEmpty() || genders == PersonGenders.NONE) {
      return last;
    }
    Span sentence = document.sentences().stream().map(s -> s.span())
        .filter(s -> s.start() <= last.get().span().start() && last.get().span().start() < s.end())
        .findFirst().orElse(last.get().span());
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
