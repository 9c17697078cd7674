package org.dateline.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.html.HtmlArticle.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the chosen elements as blocks of text in document order: every block-level element or
 * line break ends a block, white space is collapsed, headings are marked.
 */
final class BlockCollector implements NodeVisitor {

  private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul",
      "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "br", "hr",
      "h1", "h2", "h3", "h4", "h5", "h6", "address", "details", "summary", "caption");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int headingDepth;

  private BlockCollector() {}

  static List<Block> collect(List<Element> content) {
    BlockCollector collector = new BlockCollector();
    for (Element e : content) {
      NodeTraversor.traverse(collector, e);
      collector.flush();
    }
    return List.copyOf(collector.blocks);
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
    } else if (node instanceof Element e && BREAKS.contains(e.normalName())) {
      flush();
      if (HEADINGS.contains(e.normalName())) {
        headingDepth++;
      }
    } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
      append(" ");
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e && BREAKS.contains(e.normalName())) {
      flush();
      if (HEADINGS.contains(e.normalName())) {
        headingDepth--;
      }
    }
  }

  private void append(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
      if (space) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
  }

  private void flush() {
    String text = current.toString().strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(new Block(headingDepth > 0 ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, text));
    }
  }
}
