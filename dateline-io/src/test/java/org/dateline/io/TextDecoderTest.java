package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.io.BadInputs.refused;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dateline.core.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset ISO_8859_1 = StandardCharsets.ISO_8859_1;

  /** French with every letter the single-byte charsets must get right, and Windows-1252's ’ and œ. */
  private static final String FRENCH_1252 =
      "L’été dernier, à Besançon, les élèves ont reçu « un cœur gros comme ça » : c’était très émouvant. "
          + "Où sont-ils allés après la fête ? Ils ont marché jusqu’à la forêt, près du château, "
          + "où l’œuvre était exposée depuis la Noël. Le maître a dû reconnaître que la soirée fut réussie.";
  /** French that Latin-1 can hold: no ’ and no œ. */
  private static final String FRENCH_LATIN1 =
      "L'été dernier, à Besançon, les élèves ont reçu « un grand prix » : c'était très émouvant. "
          + "Où sont-ils allés après la fête ? Ils ont marché jusqu'à la forêt, près du château, "
          + "où l'exposition était ouverte depuis Noël. Le maître a dû reconnaître que la soirée fut réussie.";
  private static final String FRENCH_UNICODE = "Sergueï Choïgou s’est rendu à Pyongyang — «défense réciproque» 😀.";

  private final TextDecoder decoder = new TextDecoder();

  private DecodedText decode(byte[] bytes) throws BadInputException {
    return decoder.decode("article.txt", bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void utf8WithoutBom() throws BadInputException {
    DecodedText decoded = decode(FRENCH_UNICODE.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo(FRENCH_UNICODE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.diagnostics()).isEmpty();
  }

  @Test
  void utf8WithBomLosesTheBom() throws BadInputException {
    DecodedText decoded = decode(concat(bytes(0xEF, 0xBB, 0xBF), FRENCH_UNICODE.getBytes(StandardCharsets.UTF_8)));

    assertThat(decoded.text()).isEqualTo(FRENCH_UNICODE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void crlfAndLoneCrBecomeNewlines() throws BadInputException {
    DecodedText decoded = decode("Titre\r\nPremier paragraphe.\rSecond paragraphe.\r\n\r\nFin.\n".getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo("Titre\nPremier paragraphe.\nSecond paragraphe.\n\nFin.\n");
  }

  @Test
  void windows1252IsDecodedExactly() throws BadInputException {
    byte[] bytes = FRENCH_1252.getBytes(WINDOWS_1252);
    assertThat(bytes).as("’ is 0x92 in Windows-1252").contains((byte) 0x92);

    DecodedText decoded = decode(bytes);

    assertThat(decoded.text()).isEqualTo(FRENCH_1252);
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.diagnostics()).extracting(Diagnostic::code).containsExactly("ENCODING_DETECTED");
  }

  @Test
  void iso88591IsDecodedExactly() throws BadInputException {
    DecodedText decoded = decode(FRENCH_LATIN1.getBytes(ISO_8859_1));

    assertThat(decoded.text()).isEqualTo(FRENCH_LATIN1);
  }

  @Test
  void shortLatin1LineIsDecodedExactly() throws BadInputException {
    String text = "Le président a été élu à Besançon.";
    assertThat(decode(text.getBytes(ISO_8859_1)).text()).isEqualTo(text);
  }

  @Test
  void utf16LittleEndianWithBom() throws BadInputException {
    DecodedText decoded = decode(concat(bytes(0xFF, 0xFE), FRENCH_UNICODE.getBytes(StandardCharsets.UTF_16LE)));

    assertThat(decoded.text()).isEqualTo(FRENCH_UNICODE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void utf16BigEndianWithBom() throws BadInputException {
    DecodedText decoded = decode(concat(bytes(0xFE, 0xFF), FRENCH_UNICODE.getBytes(StandardCharsets.UTF_16BE)));

    assertThat(decoded.text()).isEqualTo(FRENCH_UNICODE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void utf16LittleEndianWithoutBomIsRecognizedNotRefusedForItsZeros() throws BadInputException {
    String text = "Le président a reçu son homologue à l’Élysée.\r\nLa rencontre a duré deux heures.";
    DecodedText decoded = decode(text.getBytes(StandardCharsets.UTF_16LE));

    assertThat(decoded.text()).isEqualTo("Le président a reçu son homologue à l’Élysée.\nLa rencontre a duré deux heures.");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void utf8MisreadAsWindows1252AndSavedAgainIsRepaired() throws BadInputException {
    String original = "L’été à Paris : où est la fête ? Ça coûte très cher… « Déjà vu », dit-il.";
    String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
    assertThat(mojibake).contains("Ã©tÃ©").contains("â€™");

    DecodedText decoded = decode(mojibake.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo(original);
    assertThat(decoded.diagnostics()).extracting(Diagnostic::code).containsExactly("MOJIBAKE_REPAIRED");
    assertThat(decoded.diagnostics().get(0).severity()).isEqualTo(Diagnostic.Severity.WARNING);
  }

  @Test
  void correctTextIsNotRepaired() throws BadInputException {
    String text = "São Paulo, Ãrvore et Â : des lettres rares mais légitimes.";
    DecodedText decoded = decode(text.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.diagnostics()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "PDF,   25 50 44 46 2D 31 2E 34 0A 25 E2 E3 CF D3",
      "ZIP,   50 4B 03 04 14 00 06 00 08 00",
      "PNG,   89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52",
      "gzip,  1F 8B 08 00 00 00 00 00 00 03"})
  void knownBinaryFormatsAreRefusedByName(String format, String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }

    BadInputException e = refused(BadInputException.Reason.BINARY, "article.txt", () -> decode(bytes));

    assertThat(e.getMessage()).contains("binary file").contains(format);
  }

  @Test
  void randomBytesWithNulsAreRefused() {
    byte[] bytes = new byte[4096];
    new Random(20250322L).nextBytes(bytes);
    bytes[0] = 'a';
    bytes[1] = 'b';
    bytes[2] = 'c';
    bytes[100] = 0;

    BadInputException e = refused(BadInputException.Reason.BINARY, "article.txt", () -> decode(bytes));

    assertThat(e.getMessage()).contains("NUL byte");
  }

  @Test
  void manyControlBytesWithoutNulsAreRefused() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
    }

    BadInputException e = refused(BadInputException.Reason.BINARY, "article.txt", () -> decode(bytes));

    assertThat(e.getMessage()).contains("control bytes");
  }

  @Test
  void aFewControlCharactersInTextAreAccepted() throws BadInputException {
    String text = "Titre\f\nUn paragraphe\u0007 avec une tabulation\t et un échappement \u001b.";
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
  }

  @Test
  void emptyBytesAreRefused() {
    BadInputException e = refused(BadInputException.Reason.EMPTY, "article.txt", () -> decode(new byte[0]));
    assertThat(e.getMessage()).contains("empty");
  }

  @Test
  void whiteSpaceOnlyIsRefused() {
    refused(BadInputException.Reason.EMPTY, "article.txt",
        () -> decode(" \t\r\n \n\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void unicodeSpacesOnlyAreEmptyToo() {
    // no-break and ideographic spaces, as a word processor's export leaves them
    refused(BadInputException.Reason.EMPTY, "article.txt",
        () -> decode(" \u00a0\n\u3000\u202f\r\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBomAloneIsEmpty() {
    refused(BadInputException.Reason.EMPTY, "article.txt", () -> decode(bytes(0xEF, 0xBB, 0xBF)));
  }

  @Test
  void repairMojibakeNeedsMoreThanOneTelltale() {
    assertThat(TextDecoder.repairMojibake("Un seul Ã© ici.")).isEqualTo("Un seul Ã© ici.");
    assertThat(TextDecoder.repairMojibake("Ã©tÃ© et hiver")).isEqualTo("été et hiver");
  }
}
