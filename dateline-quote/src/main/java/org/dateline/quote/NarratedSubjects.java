package org.dateline.quote;

import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Sentence;

/**
 * Feature writing's way to hand a quote to someone without a cue: a sentence of narration that opens
 * on a person, right before a quote that has no cue ("Durning did not need much coaxing. “I'm
 * thankful for the invitation.”"), makes that person its speaker, rather than whoever spoke before.
 */
final class NarratedSubjects {

  /** How much may stand between the narration and the quote's words: spaces, a line break, the opening mark. */
  private static final int GAP = 4;

  private NarratedSubjects() {}

  /**
   * The person whose name opens the sentence right before the quote at {@code quoteStart}, if that
   * sentence starts after {@code since} (the speech before) and holds no quotation mark.
   */
  static Optional<String> opening(Document doc, int since, int quoteStart) {
    Sentence last = null;
    for (Sentence s : doc.sentences()) {
      if (s.span().start() >= since && s.span().end() <= quoteStart) {
        last = s;
      }
    }
    if (last == null || quoteStart - last.span().end() > GAP) {
      return Optional.empty();
    }
    String text = doc.text(last.span());
    if (text.chars().anyMatch(c -> "\"“”«»".indexOf(c) >= 0)) {
      return Optional.empty();
    }
    int start = last.span().start();
    for (Entity e : doc.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        // "Silverman and Svensson have also won": a group, not one speaker
        if (m.type() == EntityType.PERSON && m.span().start() == start && !joined(doc, m)) {
          return Optional.of(e.id());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean joined(Document doc, Mention m) {
    String after = doc.text().substring(m.span().end(), Math.min(doc.text().length(), m.span().end() + 5));
    return after.startsWith(" and ") || after.startsWith(" & ");
  }
}
