package org.dateline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** A stage made of its spec and a function, enough to test the pipeline's checks. */
  private record FakeStage(String name, Set<Layer> requires, Set<Layer> produces, UnaryOperator<Document> f)
      implements Stage {
    @Override
    public Document apply(Document document) {
      return f.apply(document);
    }
  }

  private static final Stage TOKENS = new FakeStage("tokens", Set.of(Layer.STRUCTURE), Set.of(Layer.TOKENS),
      d -> d.withTokens(List.of(new Token(new Span(0, 2), Token.Kind.WORD))));
  private static final Stage STRUCTURE = new FakeStage("structure", Set.of(), Set.of(Layer.STRUCTURE), d -> d);

  @Test
  void refusesAStageWhoseInputNoEarlierStageProduces() {
    assertThatThrownBy(() -> Pipeline.builder().add(TOKENS).build())
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("'tokens'")
        .hasMessageContaining("STRUCTURE")
        .hasMessageContaining("StructureStage");
  }

  @Test
  void acceptsRequirementsDeclaredAsGiven() {
    Pipeline pipeline = Pipeline.builder().given(Layer.STRUCTURE).add(TOKENS).build();
    assertThat(pipeline.produces()).containsExactlyInAnyOrder(Layer.STRUCTURE, Layer.TOKENS);
    assertThatThrownBy(() -> pipeline.apply(Document.of("x", "ab cd")))
        .hasMessageContaining("lacks the input layers [STRUCTURE]");
  }

  @Test
  void runsStagesInOrderAndRecordsTheirLayers() {
    Document out = Pipeline.builder().add(STRUCTURE).add(TOKENS).build().apply(Document.of("x", "ab cd"));
    assertThat(out.layers()).containsExactlyInAnyOrder(Layer.STRUCTURE, Layer.TOKENS);
    assertThat(out.tokens()).hasSize(1);
  }

  @Test
  void analyzerNotesAnUnsupportedLanguageAndKeepsWhatItHas() {
    Stage german = new FakeStage("language", Set.of(Layer.STRUCTURE), Set.of(Layer.LANGUAGE),
        d -> d.withLanguage(new Language("de", 0.99, false)));
    LanguagePack french = new LanguagePack() {
      @Override
      public String code() {
        return "fr";
      }

      @Override
      public Pipeline pipeline() {
        return Pipeline.builder().given(Layer.STRUCTURE, Layer.LANGUAGE).add(TOKENS).build();
      }
    };
    Analyzer analyzer = new Analyzer(Pipeline.builder().add(STRUCTURE).add(german).build(), List.of(french));
    Document out = analyzer.analyze(Document.of("x", "Guten Tag"));
    assertThat(out.language()).map(Language::code).contains("de");
    assertThat(out.tokens()).isEmpty();
    assertThat(out.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("UNSUPPORTED_LANGUAGE");
      assertThat(d.message()).contains("'de'").contains("fr");
    });
  }

  @Test
  void analyzerNeedsAPreparationThatFindsTheLanguage() {
    assertThatThrownBy(() -> new Analyzer(Pipeline.builder().add(STRUCTURE).build(), List.of()))
        .isInstanceOf(PipelineConfigurationException.class).hasMessageContaining("LANGUAGE");
  }
}
