package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.dateline.io.BadInputs.refused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.core.Block;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final String ARTICLE =
      "Le gouvernement présente son budget\nLe Premier ministre a détaillé mardi les grandes lignes du texte.\n";

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void readsAUtf8FileIntoADocumentNamedByItsPath() throws Exception {
    Path file = write("budget.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

    Document doc = reader.read(file);

    assertThat(doc.source()).isEqualTo(file.toString());
    assertThat(doc.text()).isEqualTo(ARTICLE);
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.blocks()).isEmpty();
  }

  @Test
  void offsetsIndexTheNormalizedText() throws Exception {
    Path file = write("crlf.txt",
        "Le gouvernement présente son budget\r\nLe Premier ministre a parlé.\rLes députés débattront.\r\n"
            .getBytes(StandardCharsets.UTF_8));

    Document doc = new StructureStage().apply(reader.read(file));

    assertThat(doc.text()).doesNotContain("\r");
    assertThat(doc.headline()).contains("Le gouvernement présente son budget");
    assertThat(doc.blocks())
        .filteredOn(b -> b.kind() == Block.Kind.PARAGRAPH)
        .extracting(b -> doc.text(b.span()))
        .containsExactly("Le Premier ministre a parlé.", "Les députés débattront.");
    Block last = doc.blocks().get(doc.blocks().size() - 1);
    assertThat(last.span().start()).isEqualTo(doc.text().indexOf("Les députés"));
  }

  @Test
  void windows1252FileIsDecodedAndTheGuessNoted() throws Exception {
    String text = "L’œuvre a été exposée à Besançon : « un succès », déclare le maître des lieux. "
        + "Le public s’est pressé à l’entrée pendant trois jours, malgré la pluie et le froid de février.";
    Path file = write("cp1252.txt", text.getBytes(Charset.forName("windows-1252")));

    Document doc = reader.read(file);

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.diagnostics()).extracting(Diagnostic::code).containsExactly("ENCODING_DETECTED");
  }

  @Test
  void repairedMojibakeIsNotedOnTheDocument() throws Exception {
    String original = "Été comme hiver, les élèves étudient à l’école de Besançon.";
    String mojibake = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

    Document doc = reader.read("-", new ByteArrayInputStream(mojibake.getBytes(StandardCharsets.UTF_8)));

    assertThat(doc.source()).isEqualTo("-");
    assertThat(doc.text()).isEqualTo(original);
    assertThat(doc.diagnostics()).extracting(Diagnostic::code).containsExactly("MOJIBAKE_REPAIRED");
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    Path file = write("empty.txt", new byte[0]);
    refused(BadInputException.Reason.EMPTY, file.toString(), () -> reader.read(file));
  }

  @Test
  void whiteSpaceOnlyFileIsRefused() throws Exception {
    Path file = write("blank.txt", "  \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8));
    refused(BadInputException.Reason.EMPTY, file.toString(), () -> reader.read(file));
  }

  @Test
  void binaryFileIsRefused() throws Exception {
    Path file = write("report.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    BadInputException e = refused(BadInputException.Reason.BINARY, file.toString(), () -> reader.read(file));
    assertThat(e.getMessage()).contains("PDF");
  }

  @Test
  void fileOverTheLimitIsRefusedWithTheLimitInTheMessage() throws Exception {
    ArticleReader small = new ArticleReader(100);
    Path file = write("long.txt", "a".repeat(250).getBytes(StandardCharsets.UTF_8));

    BadInputException e = refused(BadInputException.Reason.TOO_LARGE, file.toString(), () -> small.read(file));

    assertThat(e.getMessage()).contains("250 bytes").contains("100 bytes limit");
  }

  @Test
  void fileJustAtTheLimitIsRead() throws Exception {
    ArticleReader small = new ArticleReader(100);
    Path file = write("exact.txt", "b".repeat(100).getBytes(StandardCharsets.UTF_8));

    assertThat(small.read(file).text()).hasSize(100);
  }

  @Test
  void limitsAreShownInUnitsAPersonReads() {
    assertThat(ArticleReader.readableSize(100)).isEqualTo("100 bytes");
    assertThat(ArticleReader.readableSize(500 * 1024)).isEqualTo("500.0 KB");
    assertThat(ArticleReader.readableSize(ArticleReader.DEFAULT_MAX_BYTES)).isEqualTo("10.0 MB");
  }

  @Test
  void defaultLimitMessageIsInMegabytes() throws Exception {
    BadInputException e = refused(BadInputException.Reason.TOO_LARGE, "-",
        () -> reader.read("-", new EndlessStream()));
    assertThat(e.getMessage()).contains("more than 10.0 MB").contains("10.0 MB limit");
  }

  @Test
  void missingFileIsNotFound() {
    Path file = dir.resolve("absent.txt");
    BadInputException e = refused(BadInputException.Reason.NOT_FOUND, file.toString(), () -> reader.read(file));
    assertThat(e.getMessage()).contains("no such file");
  }

  @Test
  void directoryIsNotAFile() {
    BadInputException e = refused(BadInputException.Reason.NOT_A_FILE, dir.toString(), () -> reader.read(dir));
    assertThat(e.getMessage()).contains("a directory, not a file");
  }

  @Test
  void failingStreamIsUnreadableWithAOneLineMessage() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error\n\tat the disk controller");
      }
    };

    BadInputException e = refused(BadInputException.Reason.UNREADABLE, "feed", () -> reader.read("feed", broken));

    assertThat(e.getMessage()).isEqualTo("feed: cannot read (Input/output error)");
  }

  @Test
  void failingStreamWithoutMessageNamesTheException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new java.io.EOFException();
      }
    };

    BadInputException e = refused(BadInputException.Reason.UNREADABLE, "feed", () -> reader.read("feed", broken));

    assertThat(e.getMessage()).isEqualTo("feed: cannot read (EOFException)");
  }

  @Test
  void endlessStreamIsRefusedWithoutReadingItAll() {
    EndlessStream endless = new EndlessStream();
    ArticleReader small = new ArticleReader(100);

    BadInputException e = refused(BadInputException.Reason.TOO_LARGE, "-", () -> small.read("-", endless));

    assertThat(e.getMessage()).contains("100 bytes limit");
    assertThat(endless.served).isGreaterThan(100).isLessThanOrEqualTo(100 + 8192);
  }

  @Test
  void streamIsNotClosed() throws Exception {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    reader.read("-", in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void sizeLimitMustBePositive() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ArticleReader(0)).withMessageContaining("0");
    assertThatIllegalArgumentException().isThrownBy(() -> new ArticleReader(-5)).withMessageContaining("-5");
  }

  /** Letters for ever; counts what it served. */
  private static final class EndlessStream extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      served += len;
      return len;
    }
  }
}
