package org.dateline.html;

import org.jsoup.nodes.Element;

/** Lengths of text under an element, as the scoring rules read them. */
final class TextMeasure {

  private TextMeasure() {}

  /** The length of an element's text, white space collapsed. */
  static int length(Element e) {
    return e.text().length();
  }

  /**
   * The share of an element's text inside links; in-page links ({@code href="#…"}) weigh 0.3,
   * since they are usually footnotes or a table of contents rather than navigation.
   */
  static double linkDensity(Element e) {
    int length = length(e);
    if (length == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : e.getElementsByTag("a")) {
      double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
      links += a.text().length() * coefficient;
    }
    return links / length;
  }

  /** Commas, ASCII and full-width or ideographic, which mark sentences of real prose. */
  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }
}
