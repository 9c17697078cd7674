package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteLexiconTest {

  private static final List<String> STEMS = List.of("said", "say", "déclar", "affirm", "a", "ab", "ac", "told",
      "tell", "according to", "dit", "di");

  /** The sorted search must answer as reading every stem would, for any word. */
  @Test
  void findsACueStemAsAScanOfEveryStemWould() {
    QuoteLexicon lexicon = new QuoteLexicon(STEMS, Set.of("selon"), Set.of(), Set.of());
    Random random = new Random(42);
    String letters = "abcdeilorstyé ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder word = new StringBuilder();
      int length = 3 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      String w = word.toString();
      boolean scan = STEMS.stream().anyMatch(w::startsWith);
      assertThat(lexicon.isCue(w)).as(w).isEqualTo(scan);
    }
    assertThat(lexicon.isCue("adds")).isTrue(); // "a" is a stem, "ab" and "ac" sort between it and the word
    assertThat(lexicon.isCue("selon")).isTrue();
    assertThat(lexicon.isCue("di")).isFalse(); // too short to be read
  }

  @Test
  void refusesAnEmptyStem() {
    assertThatThrownBy(() -> new QuoteLexicon(List.of("said", ""), Set.of(), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
