package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Quote;
import org.dateline.core.Span;

/**
 * Speech a dash opens rather than quotation marks: turns of dialogue, with the incises and the
 * narration that the language's grammar tells apart cut out of them.
 */
final class DialogueTurns {

  /** What comes before a turn's dash, and so how its first sentence is read. */
  private enum Opening {
    /** a paragraph's start or a colon: the first sentence is speech whatever it says */
    SURE,
    /** another turn: the first sentence is speech unless it narrates */
    IN_DIALOGUE,
    /** the narrator's sentence: the first sentence is speech unless it goes on narrating */
    IN_NARRATION
  }

  private final DialogueGrammar grammar;

  DialogueTurns(DialogueGrammar grammar) {
    this.grammar = Objects.requireNonNull(grammar, "grammar");
  }

  /**
   * Turns of dialogue: a dash ("—", "–", or "--" in plain-text editions) that opens a paragraph, or
   * that follows the end of a sentence or a colon, starts a turn running to the next turn or the
   * end of the paragraph ("— Eh ! la mère, avançons !"). A quotation mark right after the dash
   * leaves the speech to the marks. An incise ("— Tiens, dit-il, nous avons…") is the narrator's,
   * so the turn is cut around it.
   */
  List<QuoteFinder.Found> find(Document document, Block block) {
    if (!grammar.dashesOpenTurns()) {
      return List.of();
    }
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
        Opening opening = opening(text, starts.get(k), block.span().start(), dialogue);
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
  private static Opening opening(String text, int dash, int blockStart, boolean dialogue) {
    int p = dash - 1;
    boolean newLine = false;
    while (p >= blockStart && isSpace(text.charAt(p))) {
      newLine |= text.charAt(p) == '\n';
      p--;
    }
    // a line's start opens a paragraph, though the reader may have joined the lines into one block
    if (p < blockStart || newLine || text.charAt(p) == ':') {
      return Opening.SURE;
    }
    return dialogue ? Opening.IN_DIALOGUE : Opening.IN_NARRATION;
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
    List<Span> parts = pieces(text, quote.content().start(), quote.content().end());
    if (parts.size() <= 1) {
      return List.of(quote);
    }
    return parts.stream().map(part -> new QuoteFinder.Found(part, quote.withMarks(), quote.closed())).toList();
  }

  private List<QuoteFinder.Found> cutIncises(String text, int from, int to, Span block, Opening opening) {
    return speechOf(text, pieces(text, from, to), opening).stream()
        .map(part -> new QuoteFinder.Found(part, block, true)).toList();
  }

  /** The grammar's pieces of speech, trimmed of spaces and commas; none that holds no word ("." left by a note). */
  private List<Span> pieces(String text, int from, int to) {
    List<Span> pieces = new ArrayList<>();
    for (Span piece : grammar.speechPieces(text, from, to)) {
      int s = piece.start();
      int e = piece.end();
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && (isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
        e--;
      }
      if (text.substring(s, e).codePoints().anyMatch(Character::isLetterOrDigit)) {
        pieces.add(new Span(s, e));
      }
    }
    return pieces;
  }

  /**
   * The speech in a turn's pieces, up to the first sentence the narrator tells, unless the rest of
   * the turn still sounds spoken (a speaker telling a tale: "Il l'envoya en France. Nous le revîmes…");
   * the first sentence is read as its opening says. An incise cut out of the turn says someone spoke,
   * so its first sentence is speech ("— Un gendre sans fortune, reprit Crevel, …").
   */
  private List<Span> speechOf(String text, List<Span> pieces, Opening opening) {
    List<Span> speech = new ArrayList<>();
    boolean first = true;
    Span last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    for (Span piece : pieces) {
      int end = piece.start();
      for (Span sentence : grammar.sentences(text, piece)) {
        String said = sentence.of(text);
        boolean narrator = first ? switch (pieces.size() > 1 ? Opening.SURE : opening) {
          case SURE -> false;
          case IN_DIALOGUE -> grammar.narrates(said);
          case IN_NARRATION -> grammar.goesOnNarrating(said);
        } : grammar.narrates(said) && !grammar.soundsSpoken(text.substring(sentence.start(), last.end()));
        if (narrator) {
          addNonEmpty(speech, piece.start(), end);
          return speech;
        }
        end = sentence.end();
        first = false;
      }
      addNonEmpty(speech, piece.start(), end);
    }
    return speech;
  }

  private static void addNonEmpty(List<Span> speech, int start, int end) {
    if (start < end) {
      speech.add(new Span(start, end));
    }
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
