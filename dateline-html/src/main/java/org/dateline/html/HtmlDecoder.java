package org.dateline.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.io.BadInputException;
import org.dateline.io.TextDecoder;

/**
 * Turns the bytes of a web page into its markup, choosing the charset in the order of the HTML
 * standard: a byte-order mark, then the charset of the HTTP {@code Content-Type}, then a
 * {@code <meta charset>} or {@code <meta http-equiv>} in the first bytes, then valid UTF-8, then
 * ICU's detector. Empty and binary inputs are refused.
 */
final class HtmlDecoder {

  /** The standard's prescan looks at the first 1024 bytes; pages with long heads need more. */
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** The markup and the charset it was decoded with. */
  record Decoded(String html, Charset charset) {}

  private HtmlDecoder() {}

  /**
   * @param source the input's name, for messages
   * @param contentType the HTTP {@code Content-Type} header, or null
   */
  static Decoded decode(String source, byte[] bytes, String contentType) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(BadInputException.Reason.EMPTY, source, source + ": empty page");
    }
    Optional<Charset> bom = TextDecoder.bomCharset(bytes);
    Charset charset = bom.orElse(null);
    if (charset == null) {
      TextDecoder.refuseBinary(source, bytes);
      charset = fromHeader(contentType).or(() -> fromMeta(bytes)).orElseGet(
          () -> TextDecoder.isUtf8(bytes) ? StandardCharsets.UTF_8 : TextDecoder.detect(bytes));
    }
    String html = new String(bytes, charset);
    if (!html.isEmpty() && html.charAt(0) == '\uFEFF') {
      html = html.substring(1);
    }
    if (html.isBlank()) {
      throw new BadInputException(BadInputException.Reason.EMPTY, source, source + ": no markup, only white space");
    }
    return new Decoded(html, charset);
  }

  static Optional<Charset> fromHeader(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? named(m.group(1), false) : Optional.empty();
  }

  private static Optional<Charset> fromMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? named(m.group(1), true) : Optional.empty();
  }

  /**
   * A declared charset as browsers read it: Latin-1 and ASCII as their superset Windows-1252, and
   * UTF-16 in a meta tag as UTF-8 (bytes that reach the prescan are not UTF-16). Unknown names are ignored.
   */
  private static Optional<Charset> named(String name, boolean inMarkup) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return Optional.of(Charset.forName("windows-1252"));
    }
    if (inMarkup && n.startsWith("utf-16") || n.equals("utf8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }
}
