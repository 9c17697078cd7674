package org.dateline.sources;

import java.util.Locale;

/** Reads the little that matters of a media type: its base type, and whether it is HTML, text or XML. */
final class MediaTypes {

  static final String HTML = "text/html";
  static final String HTML_UTF8 = "text/html; charset=UTF-8";
  static final String TEXT = "text/plain";
  static final String TEXT_UTF8 = "text/plain; charset=UTF-8";

  private MediaTypes() {}

  /** The type without parameters, lower-cased: {@code text/html} for {@code Text/HTML; charset=utf-8}. */
  static String base(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  static boolean isHtml(String mediaType) {
    String base = base(mediaType);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  static boolean isPlainText(String mediaType) {
    return base(mediaType).equals("text/plain");
  }

  /** RSS, Atom, OPML and other XML are served under many names; all of them end in xml. */
  static boolean isXml(String mediaType) {
    String base = base(mediaType);
    return base.endsWith("/xml") || base.endsWith("+xml") && !base.equals("application/xhtml+xml");
  }
}
