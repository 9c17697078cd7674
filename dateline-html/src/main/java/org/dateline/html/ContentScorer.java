package org.dateline.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold an article's text, as Readability does: every paragraph of 25
 * characters or more gives points (one, plus its commas, plus one per 100 characters up to three)
 * to its parent, half to its grandparent and less to the ancestors above; each ancestor starts
 * from what its tag and class names suggest. The best ancestor, its score discounted by its link
 * density, is the article's container; its siblings that score well or read as prose join it.
 * One instance serves one page.
 */
final class ContentScorer {

  private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
  /** Children that keep a div from counting as a paragraph of its own. */
  private static final Set<String> BLOCKS = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table",
      "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "main");
  private static final int TOP_CANDIDATES = 5;

  private final boolean weighClasses;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  ContentScorer(boolean weighClasses) {
    this.weighClasses = weighClasses;
  }

  /** The article's container and its siblings that belong with it, in document order; empty when the page has no prose. */
  List<Element> select(Element body) {
    List<Element> candidates = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (!isParagraph(e)) {
        continue;
      }
      // a box mixing blocks and bare text is the parent of that text, as if it were wrapped in a <p>
      boolean mixed = isMixedBox(e);
      String text = mixed ? ownProse(e) : e.text();
      if (text.length() < 25) {
        continue;
      }
      double points = 1 + 1 + TextMeasure.commas(text) + Math.min(text.length() / 100, 3);
      Element ancestor = mixed ? e : e.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (ancestor.parent() == null || ancestor.normalName().equals("html")) {
          break;
        }
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, points / divider, Double::sum);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    for (Element c : candidates) {
      scores.put(c, scores.get(c) * (1 - TextMeasure.linkDensity(c)));
    }
    candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    Element top = promote(candidates, body);
    return withSiblings(top);
  }

  double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  /** A paragraph to score: a scored tag, or a div whose children are all inline. */
  boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (SCORED.contains(tag)) {
      return true;
    }
    if (!tag.equals("div")) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.normalName())) {
        return hasOwnProse(e);
      }
    }
    return true;
  }

  /** A div with blocks inside may still hold a paragraph of bare text between them. */
  private static boolean hasOwnProse(Element e) {
    return ownProse(e).length() >= 100;
  }

  private boolean isMixedBox(Element e) {
    return e.normalName().equals("div") && e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()));
  }

  /** The text of a box's own text nodes and inline children, blocks left out. */
  private static String ownProse(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.text());
      } else if (n instanceof Element c && !BLOCKS.contains(c.normalName()) && !c.normalName().equals("br")) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return weighClasses ? s + Hints.weight(e) : s;
  }

  /**
   * When several strong candidates share an ancestor, the ancestor is the container (the text is
   * split in several boxes); then climbs while the parent scores higher, and over wrappers with one child.
   */
  private Element promote(List<Element> ranked, Element body) {
    Element top = ranked.get(0);
    double topScore = scores.get(top);
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), TOP_CANDIDATES); i++) {
      if (scores.get(ranked.get(i)) / topScore >= 0.75) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() >= 3) {
      for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (alt.parents().contains(parent)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          scores.putIfAbsent(top, initialScore(top));
          break;
        }
      }
    }
    double last = scores.get(top);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      Double s = scores.get(parent);
      if (s == null) {
        continue;
      }
      if (s < threshold) {
        break;
      }
      if (s > last) {
        top = parent;
        break;
      }
      last = s;
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        kept.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
        kept.add(sibling);
      } else if (sibling.normalName().equals("p") || isParagraph(sibling) && sibling.normalName().equals("div")) {
        String text = sibling.text();
        double links = TextMeasure.linkDensity(sibling);
        if (text.length() > 80 && links < 0.25
            || !text.isEmpty() && text.length() < 80 && links == 0 && text.matches("(?s).*\\.( |$).*")) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }
}
