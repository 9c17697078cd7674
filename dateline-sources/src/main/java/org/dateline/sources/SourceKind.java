package org.dateline.sources;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document is, from its first element, its media type or its name, in that order: a feed
 * served as {@code text/html} or saved as {@code .xml} is still a feed.
 */
enum SourceKind {
  TEXT, HTML, FEED, OPML, WARC;

  private static final int HEAD = 2048;

  static SourceKind of(String name, Optional<String> contentType, byte[] bytes) {
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (isWarcName(lowerName) || startsWith(bytes, "WARC/")) {
      return WARC;
    }
    Optional<SourceKind> byRoot = byRootElement(bytes);
    if (byRoot.isPresent()) {
      return byRoot.get();
    }
    if (contentType.isPresent()) {
      String type = contentType.get();
      if (MediaTypes.isHtml(type)) {
        return HTML;
      }
      if (MediaTypes.isXml(type)) {
        return FEED;
      }
      if (MediaTypes.isPlainText(type)) {
        return TEXT;
      }
    }
    return byName(lowerName).orElse(TEXT);
  }

  /** The kind a file's name promises, for choosing what to read in a directory; empty for other files. */
  static Optional<SourceKind> byName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (isWarcName(lower)) {
      return Optional.of(WARC);
    }
    int dot = lower.lastIndexOf('.');
    String extension = dot < 0 ? "" : lower.substring(dot + 1);
    return switch (extension) {
      case "txt", "text" -> Optional.of(TEXT);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "rss", "atom", "xml" -> Optional.of(FEED);
      case "opml" -> Optional.of(OPML);
      default -> Optional.empty();
    };
  }

  static boolean isWarcName(String lowerName) {
    return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
  }

  /** The first element's name after the XML declaration, comments and a doctype; ASCII-compatible encodings only. */
  private static Optional<SourceKind> byRootElement(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
    int at = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // UTF-8 byte-order mark, seen as Latin-1
    while (true) {
      at = skipSpace(head, at);
      if (at >= head.length() || head.charAt(at) != '<') {
        return Optional.empty();
      }
      if (head.startsWith("<?", at) || head.startsWith("<!--", at)) {
        int end = head.indexOf(head.startsWith("<?", at) ? "?>" : "-->", at);
        if (end < 0) {
          return Optional.empty();
        }
        at = end + 2;
        continue;
      }
      String tag = head.substring(at + 1, Math.min(head.length(), at + 40)).toLowerCase(Locale.ROOT);
      if (tag.startsWith("!doctype")) {
        // the doctype names the root: <!DOCTYPE rss [...]> (the feed reader then refuses the DTD and says so)
        return byElement(tag.substring("!doctype".length()).stripLeading());
      }
      return byElement(tag);
    }
  }

  private static Optional<SourceKind> byElement(String tag) {
    String name = tag.split("[\\s>/]", 2)[0];
    return switch (name) {
      case "rss", "feed", "rdf:rdf", "rdf" -> Optional.of(FEED);
      case "opml" -> Optional.of(OPML);
      case "html" -> Optional.of(HTML);
      default -> Optional.empty();
    };
  }

  private static int skipSpace(String text, int at) {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
