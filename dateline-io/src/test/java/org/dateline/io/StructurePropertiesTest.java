package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.core.Block;
import org.dateline.core.Dateline;
import org.dateline.core.Document;
import org.dateline.core.Place;
import org.dateline.core.Span;

/** Lucene's checkRandomData in spirit: whatever the text, the structure is a clean set of spans. */
class StructurePropertiesTest {

  private static final List<String> NEWS_FRAGMENTS = List.of(
      "PARIS", "Paris", "LE CAIRE", "NEW YORK", "ISTANBUL", "İZMİR", "(Rome, Paris, ", "(AFP)", "(Reuters)", " (AFP) -",
      "22 mars", "22 MARS", "2025", "1er", "décembre", "March 22", "Dec. 31", "14h30", "31 février", "le 45 mars",
      "JUİN", "juın", "ſeptembre", "maı", "3 juın", "PARIS, 22 JUİN 2025 (AFP) - ", "1 ſept. 2024 . – ", ", ", ".", " . –", "-", "–", "—", ":", "(", ")", "le ", "Le président a parlé.",
      "Kim Jong-Un a testé un missile, selon Séoul.", "«", "»", "Titre : sujet", "Un calendrier serré",
      "La rencontre entre Choïgou et Kim", "\n", "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u00a0", "\u200b", "\ufeff",
      "\u2028", "é", "😀", "\ud83d", "\u0000", "\u0301", "?", "!", "…", "1", "45");

  @Provide
  Arbitrary<String> arbitraryText() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> lineHeavy = Arbitraries.strings()
        .withChars("\n\n\n\n\r\t \u00a0\u2028\u200b\ufeff\u0000\u0007.,;:!?…«»()-–—'’\"")
        .withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9')
        .withChars("éÉçÇİıſ😀")
        .ofMaxLength(300);
    return Arbitraries.oneOf(any, lineHeavy, newsLike());
  }

  @Provide
  Arbitrary<String> newsLike() {
    return Arbitraries.of(NEWS_FRAGMENTS).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<Optional<LocalDate>> publication() {
    return Arbitraries.longs().between(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2200, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay).optional();
  }

  @Property(tries = 1000)
  void structureIsAlwaysCleanSpans(@ForAll("arbitraryText") String text,
      @ForAll("publication") Optional<LocalDate> publication) {
    StructureParser.Structure structure = new StructureParser().parse(text, publication);
    checkStructure(text, structure);
  }

  @Property(tries = 500)
  void newsLikeTextGivesCleanSpans(@ForAll("newsLike") String text,
      @ForAll("publication") Optional<LocalDate> publication) {
    checkStructure(text, new StructureParser().parse(text, publication));
  }

  @Property(tries = 300)
  void stageNeverThrowsAndMakesAValidDocument(@ForAll("arbitraryText") String text,
      @ForAll("publication") Optional<LocalDate> publication) {
    Document doc = new StructureStage().apply(Document.of("random", text).withPublicationDate(publication));

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.headline().map(String::isBlank)).isNotEqualTo(Optional.of(true));
    assertThat(doc.sections()).noneMatch(String::isBlank);
  }

  private static void checkStructure(String text, StructureParser.Structure structure) {
    List<Block> blocks = structure.blocks();
    int previousEnd = 0;
    for (Block block : blocks) {
      Span span = block.span();
      assertThat(span.start()).as("%s starts before the previous block ends", block).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).as("%s within the text", block).isLessThanOrEqualTo(text.length());
      assertThat(span.isEmpty()).as("%s is empty", block).isFalse();
      assertThat(isSpace(text.charAt(span.start()))).as("%s starts with white space", block).isFalse();
      assertThat(isSpace(text.charAt(span.end() - 1))).as("%s ends with white space", block).isFalse();
      previousEnd = span.end();
    }
    assertThat(blocks).filteredOn(b -> b.kind() == Block.Kind.HEADLINE).hasSizeLessThanOrEqualTo(1);
    assertThat(blocks).filteredOn(b -> b.kind() == Block.Kind.DATELINE).hasSizeLessThanOrEqualTo(1);
    if (structure.dateline().isPresent()) {
      Dateline dateline = structure.dateline().get();
      assertThat(blocks).filteredOn(b -> b.kind() == Block.Kind.DATELINE)
          .singleElement().extracting(Block::span).isEqualTo(dateline.span());
      for (Place place : dateline.places()) {
        assertThat(dateline.span().contains(place.span())).as("%s inside %s", place, dateline).isTrue();
        assertThat(place.name()).isNotBlank();
      }
    } else {
      assertThat(blocks).noneMatch(b -> b.kind() == Block.Kind.DATELINE);
      assertThat(structure.problems()).isEmpty();
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  @Property(tries = 1000)
  void datelineParserNeverThrowsOnALine(@ForAll("arbitraryText") String line,
      @ForAll("publication") Optional<LocalDate> publication) {
    String text = "Avant\n" + line + "\nAprès";
    Span span = new Span(6, 6 + line.length());

    Optional<DatelineParser.Result> result = new DatelineParser().parse(text, span, publication);

    result.ifPresent(r -> {
      assertThat(r.dateline().span().start()).isEqualTo(span.start());
      assertThat(span.contains(r.dateline().span())).isTrue();
      assertThat(r.dateline().span().isEmpty()).isFalse();
    });
  }

  @Provide
  Arbitrary<byte[]> someBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<Charset> charsets = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);
    Arbitrary<byte[]> encoded = Combinators.combine(arbitraryText(), charsets, random)
        .as((text, charset, tail) -> {
          byte[] head = text.getBytes(charset);
          byte[] out = new byte[head.length + Math.min(tail.length, 8)];
          System.arraycopy(head, 0, out, 0, head.length);
          System.arraycopy(tail, 0, out, head.length, out.length - head.length);
          return out;
        });
    return Arbitraries.oneOf(random, encoded);
  }

  @Property(tries = 1000)
  void decoderReturnsTextOrRefusesTheInput(@ForAll("someBytes") byte[] bytes) {
    DecodedText decoded;
    try {
      decoded = new TextDecoder().decode("random.bin", bytes);
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("random.bin: ").doesNotContain("\n");
      return;
    }
    assertThat(decoded.text()).isNotBlank().doesNotContain("\r");
    assertThat(decoded.charset()).isNotNull();
  }
}
