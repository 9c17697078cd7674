package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The object of a verb of stance and the clause of a verb of appearance, in token indices. */
class StanceSpansTest {

  private static final StanceSpans SPANS = new StanceSpans(
      new ObjectCues(List.of("criticized", "called for"), Set.of("was", "the")),
      new ObjectCues(List.of("seemed", "is expected"), Set.of()));

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  @Test
  void theObjectRunsToTheClausesEnd() {
    assertThat(SPANS.object(words("she called for a ban , he said"), 1)).contains(new StanceSpans.Range(3, 5));
    assertThat(SPANS.object(words("he criticized the accord ."), 1)).contains(new StanceSpans.Range(2, 4));
  }

  @Test
  void aPassiveOrAPrepositionOpensNoObject() {
    assertThat(SPANS.object(words("it was criticized by many"), 2)).isEmpty();
    assertThat(SPANS.object(words("he criticized in private"), 1)).isEmpty();
  }

  @Test
  void anAppearanceTakesItsWholeClauseBeforeTo() {
    assertThat(SPANS.appearance(words("the bill is expected to pass ."), 2, 0)).contains(new StanceSpans.Range(0, 6));
    assertThat(SPANS.appearance(words("he seemed tired ."), 1, 0)).isEmpty();
    assertThat(SPANS.appearance(words("seemed to win"), 0, 0)).isEmpty();
  }

  @Test
  void quotedWordsAreTheQuotesToJudge() {
    assertThat(StanceSpans.mostlyInMarks("it “an absolute disgrace”")).isTrue();
    assertThat(StanceSpans.mostlyInMarks("the plan to “reform” the tax code")).isFalse();
  }
}
