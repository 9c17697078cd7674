package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Span;

/** Speech a dash opens rather than quotation marks: turns of dialogue and the incises cut out of them. */
final class DialogueTurns {

  private final Incises incises;

  DialogueTurns(QuoteLexicon lexicon) {
    this.incises = new Incises(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * Turns of dialogue: a dash ("—", "–", or "--" in plain-text editions) that opens a paragraph, or
   * that follows the end of a sentence or a colon, starts a turn running to the next turn or the
   * end of the paragraph ("— Eh ! la mère, avançons !"). A quotation mark right after the dash
   * leaves the speech to the marks. An incise ("— Tiens, dit-il, nous avons…") is the narrator's,
   * so the turn is cut around it.
   */
  List<QuoteFinder.Found> find(Document document, Block block) {
    String text = document.text();
    List<Integer> starts = new ArrayList<>();
    for (int i = block.span().start(); i < block.span().end(); i++) {
      int dash = dashLength(text, i, block.span().end());
      if (dash > 0 && opensTurn(text, i, block.span().start())) {
        starts.add(i);
        i += dash - 1;
      }
    }
    List<QuoteFinder.Found> parts = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k) + dashLength(text, starts.get(k), block.span().end());
      int to = k + 1 < starts.size() ? starts.get(k + 1) : block.span().end();
      while (from < to && isSpace(text.charAt(from))) {
        from++;
      }
      // a dash inside a paragraph may set off the narrator's sentence: "… de notre présence. — Nous entrâmes ;"
      boolean opensParagraph = starts.get(k) == block.span().start();
      if (from < to && "«“\"".indexOf(text.charAt(from)) < 0) {
        parts.addAll(cutIncises(text, from, to, block.span(), opensParagraph));
      }
    }
    return parts;
  }

  private static int dashLength(String text, int i, int end) {
    char c = text.charAt(i);
    if (c == '—' || c == '–') {
      return 1;
    }
    return c == '-' && i + 1 < end && text.charAt(i + 1) == '-' ? 2 : 0;
  }

  /** A dash opens a turn at the start of a paragraph, or after a sentence's end or a colon. */
  private static boolean opensTurn(String text, int i, int blockStart) {
    int p = i - 1;
    while (p >= blockStart && isSpace(text.charAt(p))) {
      p--;
    }
    return p < blockStart || ".!?…:»".indexOf(text.charAt(p)) >= 0;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }

  /**
   * A quote in marks without the incises inside it: "« Allons, dit-elle en me montrant la porte ;
   * partons. »" is two pieces of speech; a quote with none is itself.
   */
  List<QuoteFinder.Found> withoutIncises(String text, QuoteFinder.Found quote) {
    List<Span> parts = incises.cut(text, quote.content().start(), quote.content().end());
    if (parts.size() <= 1) {
      return List.of(quote);
    }
    return parts.stream().map(part -> new QuoteFinder.Found(part, quote.withMarks(), quote.closed())).toList();
  }

  private List<QuoteFinder.Found> cutIncises(String text, int from, int to, Span block, boolean opensParagraph) {
    return Narration.speechOf(text, incises.cut(text, from, to), opensParagraph).stream()
        .map(part -> new QuoteFinder.Found(part, block, true)).toList();
  }

}
