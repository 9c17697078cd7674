package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.Span;

/**
 * Which attributions count as direct quotes, for gold and system alike: content that, trimmed of
 * spaces and final punctuation, starts with an opening mark (“ « ") and ends with a closing one
 * (” » "), or whose non-space characters lie for more than half inside quotation marks. Quoted
 * regions run from an opening mark to its closing mark, or to the end of the line when the writer
 * leaves a paragraph open (as English news does for a quote that goes on in the next paragraph).
 */
public final class QuotationMarks {

  private final String text;
  private final List<Span> regions;

  public QuotationMarks(String text) {
    this.text = text;
    this.regions = regions(text);
  }

  /** The quoted regions of the text, marks included, in text order. */
  public List<Span> regions() {
    return regions;
  }

  public boolean isDirect(Span content) {
    String s = content.of(text).strip().replaceAll("[.,;:!?…]+$", "");
    if (s.length() >= 2 && "“«\"".indexOf(s.charAt(0)) >= 0 && "”»\"".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return true;
    }
    int letters = 0;
    int quoted = 0;
    for (int i = content.start(); i < content.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        letters++;
        if (inside(i)) {
          quoted++;
        }
      }
    }
    return quoted * 2 > letters;
  }

  private boolean inside(int offset) {
    for (Span r : regions) {
      if (r.contains(offset)) {
        return true;
      }
      if (r.start() > offset) {
        return false;
      }
    }
    return false;
  }

  private static List<Span> regions(String text) {
    List<Span> found = new ArrayList<>();
    int start = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (start >= 0) {
          found.add(new Span(start, i));
        }
        start = -1;
      } else if (start < 0) {
        closer = switch (c) {
          case '“' -> '”';
          case '«' -> '»';
          case '"' -> '"';
          default -> 0;
        };
        start = closer == 0 ? -1 : i;
      } else if (c == closer) {
        found.add(new Span(start, i + 1));
        start = -1;
      }
    }
    if (start >= 0) {
      found.add(new Span(start, text.length()));
    }
    return List.copyOf(found);
  }
}
