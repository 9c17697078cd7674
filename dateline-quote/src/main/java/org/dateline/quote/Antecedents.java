package org.dateline.quote;

import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;

/**
 * Which entity a mention is of, and whom "he" or "she" most likely is when a speaker is given by a
 * pronoun: the person named last before it.
 */
final class Antecedents {

  private Antecedents() {}

  static Optional<Mention> lastPersonBefore(Document document, int offset) {
    Mention best = null;
    for (Entity e : document.entities()) {
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
