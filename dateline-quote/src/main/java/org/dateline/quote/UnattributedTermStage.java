package org.dateline.quote;

import java.util.List;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Quote;
import org.dateline.core.Stage;

/**
 * Words in quotes inside the writer's own sentence that no one is said to say, once every stage has
 * looked for a speaker, are the writer's term, not speech: "the fans' “wall of sound”", "a plan to
 * “bring them to justice”". Such a partial quote of a few words, with no speaker, no source phrase and
 * no cue, is dropped; a longer one, or a whole utterance, stays a quote whose speaker is unknown.
 */
public final class UnattributedTermStage implements Stage {

  private final int maxWords;

  /** @param maxWords the longest unattributed partial quote taken for a term, in words */
  public UnattributedTermStage(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be positive: " + maxWords);
    }
    this.maxWords = maxWords;
  }

  @Override
  public String name() {
    return "unattributed terms";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document document) {
    List<Quote> kept = document.quotes().stream().filter(q -> !term(document, q)).toList();
    return kept.size() == document.quotes().size() ? document : document.withQuotes(kept);
  }

  private boolean term(Document document, Quote q) {
    return q.kind() == Quote.Kind.PARTIAL && q.speaker().isEmpty() && q.sourcePhrase().isEmpty()
        && q.cue().isEmpty() && q.via().isEmpty() && words(document.text(q.span())) <= maxWords;
  }

  private static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
