package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Quantity;
import org.dateline.core.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Quantities read by the whole French pipeline from one sentence, table-driven ({@code quantities.tsv}). */
class FrenchQuantityTest {

  private static French language;

  @BeforeAll
  static void load() throws IOException {
    language = French.load();
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "quantities.tsv", delimiter = '\t', numLinesToSkip = 1)
  void reads(String sentence, String expected) {
    Document doc = language.pipeline().apply(Document.of("test", sentence)
        .withStructure(List.of(new Block(new Span(0, sentence.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withLanguage(Language.given("fr")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE)));
    List<String> actual = doc.quantities().stream().map(q -> render(doc, q)).toList();
    assertThat(actual).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(" ; ")));
  }

  private static String render(Document doc, Quantity q) {
    return String.join("|", doc.text(q.span()), q.min().map(BigDecimal::toPlainString).orElse("-"),
        q.max().map(BigDecimal::toPlainString).orElse("-"), q.unit().orElse("-"), Boolean.toString(q.approximate()));
  }
}
