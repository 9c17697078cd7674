package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The French pipeline (tokens, then sentences from the OpenNLP French model) on French prose. */
class FrenchPipelineTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  /** One paragraph block per line, as the structure stage would give for plain prose. */
  private static Document paragraphs(String text) {
    List<Block> blocks = new java.util.ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        blocks.add(new Block(new Span(start, start + line.length()), Block.Kind.PARAGRAPH));
      }
      start += line.length() + 1;
    }
    return Document.of("test", text).withStructure(blocks, Optional.empty())
        .withLanguage(Language.given("fr")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE));
  }

  private static List<String> sentences(String text) {
    Document doc = french.pipeline().apply(paragraphs(text));
    return doc.sentences().stream().map(s -> doc.text(s.span())).toList();
  }

  @Test
  void splitsFrenchProse() {
    assertThat(sentences("Le Pakistan a accusé l'Inde. Le Kremlin a démenti hier. Rien n'est réglé."))
        .containsExactly("Le Pakistan a accusé l'Inde.", "Le Kremlin a démenti hier.", "Rien n'est réglé.");
  }

  @Test
  void doesNotSplitAfterTitles() {
    assertThat(sentences("Ces derniers jours, M. Eltsine a montré des signes de faiblesse. Mme Dupont l'a vu."))
        .containsExactly("Ces derniers jours, M. Eltsine a montré des signes de faiblesse.", "Mme Dupont l'a vu.");
  }

  @Test
  void keepsClosingGuillemetsAndNumbersInTheirSentence() {
    assertThat(sentences("Il a dit : « Nous gagnerons. » Quelque 10.000 soldats sont partis. Le 1er mars, tout change."))
        .containsExactly("Il a dit : « Nous gagnerons. »", "Quelque 10.000 soldats sont partis.",
            "Le 1er mars, tout change.");
  }

  @Test
  void neverCrossesAParagraph() {
    assertThat(sentences("Premier paragraphe sans point\nSecond paragraphe.")).containsExactly(
        "Premier paragraphe sans point", "Second paragraphe.");
  }

  @Test
  void handlesAnEmptyDocument() {
    Document doc = french.pipeline().apply(paragraphs(""));
    assertThat(doc.tokens()).isEmpty();
    assertThat(doc.sentences()).isEmpty();
    assertThat(doc.layers()).contains(Layer.TOKENS, Layer.SENTENCES);
  }

  @Test
  void everyTokenIsInASentence() {
    Document doc = french.pipeline().apply(paragraphs(
        "Selon l'AFP, le président russe a-t-il parlé à 14h30 ? Oui. « Jamais », a répondu M. Peskov.\nFin"));
    assertThat(doc.tokens()).allSatisfy(t ->
        assertThat(doc.sentences()).anyMatch(s -> s.span().contains(t.span())));
  }
}
