package org.dateline.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dateline.core.Span;

/**
 * Finds quoted passages in a paragraph: « … », “ … ”, „ … “, ‹ … ›, and straight " … " quotes,
 * nested or not, with or without inner (narrow) no-break spaces. One pass, a bounded stack: linear
 * in the text, whatever the marks (10,000 nested or alternating marks included). A quote that never
 * closes ends with its paragraph and is reported as unclosed.
 */
public final class QuoteFinder {

  /** Deeper nesting than this is not quotation but noise; further openers are ignored. */
  static final int MAX_DEPTH = 8;

  /** A quoted passage: its content without the marks, and whether its closing mark was found. */
  public record Found(Span content, Span withMarks, boolean closed) {}

  private record Open(char closer, int at) {}

  public List<Found> find(CharSequence text, Span paragraph) {
    List<Found> found = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if (!open.isEmpty() && c == open.peek().closer()) {
        Open o = open.pop();
        add(found, text, o.at(), i + 1, true);
      } else {
        char closer = closerOf(c, text, i, paragraph);
        if (closer != 0 && open.size() < MAX_DEPTH) {
          open.push(new Open(closer, i));
        }
      }
    }
    if (!open.isEmpty()) {
      // the outermost unclosed quote runs to the end of the paragraph; those inside it are lost
      add(found, text, open.peekLast().at(), paragraph.end(), false);
    }
    found.sort((a, b) -> a.withMarks().compareTo(b.withMarks()));
    return found;
  }

  private static char closerOf(char c, CharSequence text, int i, Span paragraph) {
    return switch (c) {
      case '«' -> '»';
      case '“' -> '”';
      case '„' -> '“';
      case '‹' -> '›';
      case '"' -> opensHere(text, i, paragraph) ? '"' : 0;
      default -> 0;
    };
  }

  /** A straight quote opens when what precedes it is a space, an opening bracket or the paragraph start. */
  private static boolean opensHere(CharSequence text, int i, Span paragraph) {
    boolean before = i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1))
        || "([{—–-:".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static void add(List<Found> found, CharSequence text, int open, int end, boolean closed) {
    int s = open + 1;
    int e = closed ? end - 1 : end;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      found.add(new Found(new Span(s, e), new Span(open, end), closed));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
  }
}
