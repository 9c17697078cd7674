package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Quote;
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
    boolean dialogue = false;
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k) + dashLength(text, starts.get(k), block.span().end());
      int to = closingMark(text, from, k + 1 < starts.size() ? starts.get(k + 1) : block.span().end());
      while (from < to && isSpace(text.charAt(from))) {
        from++;
      }
      if (from < to && "«“\"".indexOf(text.charAt(from)) < 0) {
        Narration.Opening opening = opening(text, starts.get(k), block.span().start(), dialogue);
        List<QuoteFinder.Found> turn = cutIncises(text, from, to, block.span(), opening);
        parts.addAll(turn);
        dialogue = !turn.isEmpty();
      }
    }
    return parts;
  }

  /**
   * How sure a dash is to open speech: at a paragraph's start or after a colon it is; after another
   * turn, unless its sentence narrates; after the narrator's sentence, only if its sentence sounds
   * spoken ("… de notre présence. — Nous entrâmes ;" is the narrator's pause).
   */
  private static Narration.Opening opening(String text, int dash, int blockStart, boolean dialogue) {
    int p = dash - 1;
    boolean newLine = false;
    while (p >= blockStart && isSpace(text.charAt(p))) {
      newLine |= text.charAt(p) == '\n';
      p--;
    }
    // a line's start opens a paragraph, though the reader may have joined the lines into one block
    if (p < blockStart || newLine || text.charAt(p) == ':') {
      return Narration.Opening.SURE;
    }
    return dialogue ? Narration.Opening.IN_DIALOGUE : Narration.Opening.IN_NARRATION;
  }

  /** "« Ça y est ? — Oui. » Par convenance…": a turn inside guillemets ends where they close. */
  private static int closingMark(String text, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '«') {
        depth++;
      } else if (c == '»' && depth-- == 0) {
        return i;
      }
    }
    return to;
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
    // "SCOTTSDALE, Ariz. – Phil Mickelson is set …": the dash after a news dateline opens no speech
    if (p >= blockStart && DATELINE.matcher(text.substring(blockStart, p + 1)).matches()) {
      return false;
    }
    return p < blockStart || ".!?…:»".indexOf(text.charAt(p)) >= 0;
  }

  /** A news dateline: a place in capitals, and its region: "TROUT BROOK, N.B.", "LAKE BUENA VISTA, Fla.". */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "\\s*\\p{Lu}[\\p{Lu} .'-]*\\p{Lu}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?");

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

  private List<QuoteFinder.Found> cutIncises(String text, int from, int to, Span block, Narration.Opening opening) {
    return Narration.speechOf(text, incises.cut(text, from, to), opening).stream()
        .map(part -> new QuoteFinder.Found(part, block, true)).toList();
  }

  /**
   * "— Eh bien ! ils diront : « Il n'est pas malheureux ! »": marks inside a turn of dialogue are part
   * of its speech; marks around turns ("« — Comment va-t-il ? — Mais bien, avait-elle répondu… »")
   * leave the speech to the turns, which know their incises.
   */
  static List<Quote> outside(List<Quote> marked, List<Quote> turns) {
    return marked.stream().filter(q -> turns.stream().noneMatch(t -> t.span().overlaps(q.span()))).toList();
  }
}
