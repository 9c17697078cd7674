package org.dateline.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Diagnostic;

/**
 * Turns the bytes of a text file into the text Dateline reads. A byte-order mark decides; else
 * strict UTF-8 when the bytes are valid UTF-8; else ICU's charset detector, ISO-8859-1 being read as
 * its superset Windows-1252, as browsers do. UTF-8 that was once decoded as Windows-1252 and saved
 * again ("Ã©" for "é") is repaired. Line ends become "\n". Binary files are refused, by their magic
 * numbers or their control characters.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;
  /** Known binary formats by their first bytes. */
  private static final List<Magic> MAGICS = List.of(
      new Magic("a PDF document", "%PDF"),
      new Magic("a ZIP archive (or an Office document)", "PK\u0003\u0004"),
      new Magic("a gzip archive", "\u001f\u008b"),
      new Magic("a PNG image", "\u0089PNG"),
      new Magic("a GIF image", "GIF8"),
      new Magic("a JPEG image", "\u00ff\u00d8\u00ff"),
      new Magic("an executable", "\u007fELF"),
      new Magic("a bzip2 archive", "BZh"),
      new Magic("an xz archive", "\u00fd7zXZ"),
      new Magic("a 7-zip archive", "7z\u00bc\u00af"),
      new Magic("a RIFF media file", "RIFF"),
      new Magic("an Ogg media file", "OggS"),
      new Magic("an MP3 file", "ID3"));
  /** Two-character sequences that UTF-8 French, English or punctuation turns into when misread. */
  private static final Pattern MOJIBAKE = Pattern.compile("Ã[\u0080-\u00bf©¨ª«®´¹»¼½¾§¢£¤¥¦°±²³µ¶·¸]|â€[\u0090-\u00bf™œ˜“”‘’•–—]|Â[\u00a0-\u00bf]");

  private record Magic(String what, String prefix) {
    boolean matches(byte[] bytes) {
      if (bytes.length < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if ((bytes[i] & 0xff) != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Decodes a whole file's bytes.
   *
   * @param source the input's name, for messages
   * @throws BadInputException when the bytes are empty, binary or hold no text
   */
  public DecodedText decode(String source, byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(BadInputException.Reason.EMPTY, source, source + ": empty file");
    }
    List<Diagnostic> notes = new ArrayList<>();
    Charset charset = byBom(bytes);
    int skip = charset == null ? 0 : bomLength(charset);
    if (charset == null) {
      refuseBinary(source, bytes);
      charset = sniffUtf16(bytes);
    }
    String text;
    if (charset != null) {
      text = lenient(bytes, skip, charset);
    } else if (isUtf8(bytes)) {
      charset = StandardCharsets.UTF_8;
      text = lenient(bytes, 0, charset);
    } else {
      charset = detect(bytes);
      text = lenient(bytes, 0, charset);
      notes.add(Diagnostic.ofDocument(Diagnostic.Severity.INFO, "ENCODING_DETECTED",
          "not UTF-8; decoded as " + charset.name()));
    }
    String repaired = repairMojibake(text);
    if (!repaired.equals(text)) {
      notes.add(Diagnostic.ofDocument(Diagnostic.Severity.WARNING, "MOJIBAKE_REPAIRED",
          "the text held UTF-8 misread as Windows-1252 (\"Ã©\" for \"é\"); repaired"));
      text = repaired;
    }
    text = normalizeLineEnds(text);
    if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new BadInputException(BadInputException.Reason.EMPTY, source, source + ": no text, only white space");
    }
    return new DecodedText(text, charset, notes);
  }

  /** The charset a byte-order mark at the start of the bytes announces, if there is one. */
  public static java.util.Optional<Charset> bomCharset(byte[] bytes) {
    return java.util.Optional.ofNullable(byBom(bytes));
  }

  private static Charset byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return 3;
    }
    return charset.name().startsWith("UTF-32") ? 4 : 2;
  }

  /** UTF-16 without a byte-order mark: ASCII text has a zero in every other byte. */
  private static Charset sniffUtf16(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Refuses bytes that are not text: known binary formats by their magic numbers, NUL bytes
   * outside UTF-16; shared with the HTML reader.
   */
  public static void refuseBinary(String source, byte[] bytes) throws BadInputException {
    for (Magic magic : MAGICS) {
      if (magic.matches(bytes)) {
        throw new BadInputException(BadInputException.Reason.BINARY, source,
            source + ": binary file (" + magic.what() + "), not text");
      }
    }
    if (sniffUtf16(bytes) != null) {
      return;
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new BadInputException(BadInputException.Reason.BINARY, source,
            source + ": binary file (NUL byte at offset " + i + "), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        controls++;
      }
    }
    if (controls > Math.max(4, n / 50)) {
      throw new BadInputException(BadInputException.Reason.BINARY, source,
          source + ": binary file (" + controls + " control bytes in the first " + n + "), not text");
    }
  }

  /** Whether the bytes are valid UTF-8 throughout. */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** ICU's best guess among single-byte and CJK charsets, ISO-8859-1 read as Windows-1252. */
  public static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < 10 || !Charset.isSupported(match.getName())) {
      return WINDOWS_1252;
    }
    String name = match.getName().toUpperCase(Locale.ROOT);
    if (name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.startsWith("UTF-")) {
      return WINDOWS_1252; // a superset; UTF-* was ruled out above
    }
    return Charset.forName(match.getName());
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  /**
   * Reverses one round of UTF-8 misread as Windows-1252, when that round trip is exact and leaves
   * fewer telltale sequences than before.
   */
  static String repairMojibake(String text) {
    Matcher m = MOJIBAKE.matcher(text);
    int before = 0;
    while (m.find() && before < 3) {
      before++;
    }
    if (before < 2) {
      return text;
    }
    byte[] original = text.getBytes(WINDOWS_1252);
    if (!new String(original, WINDOWS_1252).equals(text) || !isUtf8(original)) {
      return text;
    }
    String repaired = new String(original, StandardCharsets.UTF_8);
    return MOJIBAKE.matcher(repaired).find() ? text : repaired;
  }

  private static String normalizeLineEnds(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.indexOf('\r') < 0) {
      return t;
    }
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }
}
