package org.dateline.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Prunes the chosen container, innermost boxes first, as Readability's "clean conditionally"
 * does: a list, table, form or box goes when its class says boilerplate, or when it has few
 * commas and reads as links, images, form fields or list items rather than prose.
 */
final class ConditionalCleaner {

  private static final String BOXES = "form, fieldset, table, ul, div, section";

  private ConditionalCleaner() {}

  static void clean(List<Element> content, boolean weighClasses) {
    for (Element root : content) {
      // a paragraph or heading that is one link is a teaser for another page ("related stories")
      for (Element teaser : root.select("p, h2, h3, h4, h5, h6")) {
        if (teaser != root && !teaser.text().isEmpty() && TextMeasure.linkDensity(teaser) >= 0.9) {
          teaser.remove();
        }
      }
      Elements boxes = root.select(BOXES);
      for (int i = boxes.size() - 1; i >= 0; i--) {
        Element box = boxes.get(i);
        if (box != root && box.parent() != null && mustGo(box, weighClasses)) {
          box.remove();
        }
      }
    }
  }

  private static boolean mustGo(Element box, boolean weighClasses) {
    if (isDataTable(box) || box.closest("table") != null && box.closest("table") != box && isDataTable(box.closest("table"))
        || box.closest("pre, code") != null) {
      return false;
    }
    String text = box.text();
    boolean isList = box.normalName().equals("ul") || box.normalName().equals("ol");
    if (!isList && !text.isEmpty()) {
      int listChars = box.select("ul, ol").stream().mapToInt(l -> l.text().length()).sum();
      isList = listChars > 0.9 * text.length();
    }
    int weight = weighClasses ? Hints.weight(box) : 0;
    if (weight < 0) {
      return true;
    }
    if (TextMeasure.commas(text) >= 10) {
      return false;
    }
    int p = box.getElementsByTag("p").size();
    int img = box.getElementsByTag("img").size();
    int li = box.getElementsByTag("li").size() - 100;
    int input = box.getElementsByTag("input").size();
    double linkDensity = TextMeasure.linkDensity(box);
    int length = text.length();
    int headingChars = box.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(h -> h.text().length()).sum();
    double headingDensity = length == 0 ? 0 : (double) headingChars / length;
    boolean inFigure = box.closest("figure") != null;
    boolean remove = img > 1 && (double) p / img < 0.5 && !inFigure
        || !isList && li > p
        || input > p / 3
        || !isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure
        || !isList && weight < 25 && linkDensity > 0.2
        || weight >= 25 && linkDensity > 0.5;
    if (isList && remove) {
      // a plain list of images stays
      for (Element child : box.children()) {
        if (child.childrenSize() > 1) {
          return true;
        }
      }
      return img != box.getElementsByTag("li").size();
    }
    return remove;
  }

  /** A table of data rather than layout: a caption, a header row, or many rows and columns. */
  private static boolean isDataTable(Element e) {
    if (!e.normalName().equals("table") || "presentation".equals(e.attr("role"))) {
      return false;
    }
    if (e.hasAttr("summary") || e.selectFirst("caption, th, thead") != null) {
      return true;
    }
    if (e.selectFirst("table table") != null) {
      return false;
    }
    int rows = e.select("tr").size();
    int columns = e.selectFirst("tr") == null ? 0 : e.selectFirst("tr").childrenSize();
    return rows >= 10 || columns > 4 || rows * columns > 10;
  }
}
