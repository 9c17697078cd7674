package org.dateline.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dateline.core.Span;

/**
 * Finds quoted passages in a paragraph: « … », “ … ”, „ … “, ‹ … ›, straight " … " quotes, and
 * '' … '' (two apostrophes, how some plain-text news archives write a double quote), nested or not, with or without inner (narrow) no-break spaces. One pass, a bounded stack: linear
 * in the text, whatever the marks (10,000 nested or alternating marks included). A quote that never
 * closes ends with its paragraph and is reported as unclosed.
 */
public final class QuoteFinder {

  /** Deeper nesting than this is not quotation but noise; further openers are ignored. */
  static final int MAX_DEPTH = 8;

  /** A quoted passage: its content without the marks, and whether its closing mark was found. */
  public record Found(Span content, Span withMarks, boolean closed) {}

  private record Open(char closer, int at) {}

  /** The closer of '' … '': two apostrophes stand for one mark, which no single character is. */
  private static final char TWO_APOSTROPHES = '\uE000';

  public List<Found> find(CharSequence text, Span paragraph) {
    List<Found> found = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      boolean two = c == '\'' && i + 1 < paragraph.end() && text.charAt(i + 1) == '\'';
      if (two && !open.isEmpty() && open.peek().closer() == TWO_APOSTROPHES) {
        Open o = open.pop();
        add(found, text, o.at(), i + 2, true);
        i++;
      } else if (two) {
        if (opensHere(text, i, paragraph, 2) && open.size() < MAX_DEPTH) {
          open.push(new Open(TWO_APOSTROPHES, i));
        }
        i++;
      } else if (!open.isEmpty() && c == open.peek().closer()) {
        Open o = open.pop();
        add(found, text, o.at(), i + 1, true);
      } else if (!open.isEmpty() && open.peek().closer() == '”' && mixedCloser(text, i, paragraph) > 0) {
        // "“I think so," she said", "“… creators,’’ says": typed with another key, the closer still closes
        int length = mixedCloser(text, i, paragraph);
        Open o = open.pop();
        add(found, text, o.at(), i + length, true, length);
        i += length - 1;
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
      case '"' -> opensHere(text, i, paragraph, 1) ? '"' : 0;
      default -> 0;
    };
  }

  /**
   * A straight quote ({@code length} characters) opens when what precedes it is a space, an opening
   * bracket or the paragraph start, and a word follows it.
   */
  private static boolean opensHere(CharSequence text, int i, Span paragraph, int length) {
    boolean before = i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1))
        || "([{—–-:".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + length < paragraph.end() && !Character.isWhitespace(text.charAt(i + length));
    return before && after;
  }

  /**
   * The length of a closing mark other than ” that closes a “: a straight " that cannot open a quote
   * (a letter or a punctuation mark before it, none after), or ’’; 0 when there is none at i.
   */
  private static int mixedCloser(CharSequence text, int i, Span paragraph) {
    char c = text.charAt(i);
    boolean endsWord = i > paragraph.start() && !Character.isWhitespace(text.charAt(i - 1));
    if (c == '"' && endsWord && !opensHere(text, i, paragraph, 1)) {
      return 1;
    }
    boolean two = c == '’' && i + 1 < paragraph.end() && text.charAt(i + 1) == '’';
    return two && endsWord ? 2 : 0;
  }

  private static void add(List<Found> found, CharSequence text, int open, int end, boolean closed) {
    int mark = text.charAt(open) == '\'' ? 2 : 1;
    add(found, text, open, end, closed, mark);
  }

  private static void add(List<Found> found, CharSequence text, int open, int end, boolean closed, int closing) {
    int mark = text.charAt(open) == '\'' ? 2 : 1;
    int s = open + mark;
    int e = closed ? end - closing : end;
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
