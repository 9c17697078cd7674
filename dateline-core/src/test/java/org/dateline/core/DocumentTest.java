package org.dateline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static final String TEXT = "Titre\nPremier paragraphe. Deuxième phrase.";

  @Test
  void copiesInsteadOfChanging() {
    Document original = Document.of("a.txt", TEXT);
    Document withTokens = original.withTokens(List.of(new Token(new Span(0, 5), Token.Kind.WORD)));
    assertThat(original.tokens()).isEmpty();
    assertThat(withTokens.tokens()).hasSize(1);
    assertThat(withTokens.text()).isSameAs(original.text());
  }

  @Test
  void keepsLayersSortedAndUnmodifiable() {
    List<Token> tokens = new ArrayList<>(List.of(
        new Token(new Span(6, 13), Token.Kind.WORD), new Token(new Span(0, 5), Token.Kind.WORD)));
    Document doc = Document.of("a.txt", TEXT).withTokens(tokens);
    tokens.clear();
    assertThat(doc.tokens()).extracting(t -> t.span().start()).containsExactly(0, 6);
    assertThatThrownBy(() -> doc.tokens().add(new Token(new Span(0, 1), Token.Kind.WORD)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnnotationsPastTheTextNamingTheSource() {
    assertThatThrownBy(() -> Document.of("a.txt", "abc").withSentences(List.of(new Sentence(new Span(0, 9)))))
        .hasMessageContaining("a.txt").hasMessageContaining("length 3");
  }

  @Test
  void anchorsOnTheDatelineDateBeforeThePublicationDate() {
    Document doc = Document.of("a.txt", TEXT).withPublicationDate(Optional.of(LocalDate.of(2025, 3, 23)));
    assertThat(doc.anchorDate()).contains(LocalDate.of(2025, 3, 23));
    Dateline dateline = new Dateline(new Span(0, 5), List.of(), Optional.of(LocalDate.of(2025, 3, 22)), Optional.empty());
    assertThat(doc.withStructure(List.of(), Optional.of(dateline)).anchorDate()).contains(LocalDate.of(2025, 3, 22));
  }

  @Test
  void readsHeadlineAndSectionsFromBlocks() {
    Document doc = Document.of("a.txt", TEXT).withStructure(List.of(
        new Block(new Span(0, 5), Block.Kind.HEADLINE),
        new Block(new Span(6, TEXT.length()), Block.Kind.PARAGRAPH)), Optional.empty());
    assertThat(doc.headline()).contains("Titre");
    assertThat(doc.sections()).isEmpty();
  }

  @Test
  void keepsDiagnosticsInTheOrderTheyHappened() {
    Document doc = Document.of("a.txt", TEXT)
        .withDiagnostic(new Diagnostic(Diagnostic.Severity.WARNING, "B", new Span(10, 12), "second place"))
        .withDiagnostic(new Diagnostic(Diagnostic.Severity.INFO, "A", new Span(0, 1), "first place"));
    assertThat(doc.diagnostics()).extracting(Diagnostic::code).containsExactly("B", "A");
  }
}
