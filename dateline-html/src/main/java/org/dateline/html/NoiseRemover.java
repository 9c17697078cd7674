package org.dateline.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Removes from a page what is never article text, before any scoring: scripts and styles, forms
 * controls, navigation, asides, page headers and footers, hidden elements, comments, and elements
 * whose class, id or role says boilerplate ({@link Hints#unlikely}).
 */
final class NoiseRemover {

  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
      "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea", "label", "nav", "aside",
      "footer", "link", "meta", "dialog", "menu", "video", "audio", "picture", "source", "map", "head", "figcaption");

  private NoiseRemover() {}

  static void clean(Element root, boolean stripUnlikely) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        boolean noise = node instanceof Comment || node instanceof Element e && node != root && isNoise(e, stripUnlikely);
        return noise ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }
    }, root);
  }

  private static boolean isNoise(Element e, boolean stripUnlikely) {
    String tag = e.normalName();
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    if (tag.equals("header") || tag.equals("form")) {
      // some pages wrap the whole page in a form or put the article in a header; keep those
      return e.select("p").stream().mapToInt(p -> p.text().length()).sum() < 400;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    return Hints.comments(e) || stripUnlikely && Hints.unlikely(e);
  }
}
