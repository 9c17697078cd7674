package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The benchmark's shingle metric on texts small enough to count by hand. */
class ShingleScorerTest {

  private final ShingleScorer scorer = new ShingleScorer();

  @Test
  void tokensAreWordCharactersAsPythonReadsThem() {
    assertThat(ShingleScorer.tokens("L'été, co-op_x: 3.5 km—ok ½"))
        .containsExactly("L", "été", "co", "op_x", "3", "5", "km", "ok", "½");
  }

  @Test
  void countsSharedAndMissingFourWordShingles() {
    // truth: "a b c d", "b c d e"; extracted: "a b c d", "b c d x"
    assertThat(scorer.score("a b c d e", "a b c d x")).isEqualTo(new ShingleScorer.Counts(1, 1, 1));
  }

  @Test
  void countsShinglesWithMultiplicityAndKeepsCase() {
    // truth: abcd twice, bcda, cdab, dabc; extracted: abcd once
    assertThat(scorer.score("a b c d a b c d", "a b c d")).isEqualTo(new ShingleScorer.Counts(1, 0, 4));
    assertThat(scorer.score("A b c d", "a b c d")).isEqualTo(new ShingleScorer.Counts(0, 1, 1));
  }

  @Test
  void aShortTextIsOneShorterShingleAndAnEmptyOneIsNone() {
    assertThat(scorer.score("Hello, world!", "hello world")).isEqualTo(new ShingleScorer.Counts(0, 1, 1));
    assertThat(scorer.score("Hello, world!", "Hello world")).isEqualTo(new ShingleScorer.Counts(1, 0, 0));
    assertThat(scorer.score("a b c d e", "")).isEqualTo(new ShingleScorer.Counts(0, 0, 2));
  }

  @Test
  void averagesPagesAsTheBenchmarkDoesAndSumsThemForMicroFigures() {
    ExtractionEvaluator e = new ExtractionEvaluator();
    e.add("a b c d e", "a b c d x");      // tp 1 fp 1 fn 1: P 1/2, R 1/2
    e.add("a b c d e f", "a b c d");      // tp 1 fp 0 fn 2: P 1, R 1/3
    e.add("x y", "");                     // tp 0 fp 0 fn 1: no precision, R 0
    assertThat(e.pages()).isEqualTo(3);
    assertThat(e.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(e.recall()).isCloseTo((0.5 + 1.0 / 3) / 3, within(1e-9));
    assertThat(e.f1()).isCloseTo(2 * 0.75 * (2.5 / 9) / (0.75 + 2.5 / 9), within(1e-9));
    assertThat(e.microPrecision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(e.microRecall()).isCloseTo(2.0 / 6, within(1e-9));
  }

  @Test
  void aPerfectPageScoresOne() {
    ShingleScorer.Counts c = scorer.score("The same words, in the same order.", "The same words in the same order");
    assertThat(ExtractionEvaluator.precision(c)).isEqualTo(1.0);
    assertThat(ExtractionEvaluator.recall(c)).isEqualTo(1.0);
  }
}
