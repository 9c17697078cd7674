package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.time.Tense;
import org.dateline.time.TimeNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The pure normalizer, table-driven: surface, anchor date and tense in, TimeML type, TIMEX3 value
 * and modifier out. The table is {@code time-normalization.tsv} beside this class; "-" means none
 * (no value: an impossible date; no type: not a time expression at all).
 */
class EnglishTimeNormalizerTest {

  private static final TimeNormalizer NORMALIZER = new TimeNormalizer(EnglishTimeGrammar.create());

  @ParameterizedTest(name = "{0} @ {1} {2} -> {3} {4} {5}")
  @CsvFileSource(resources = "time-normalization.tsv", delimiter = '\t', numLinesToSkip = 1)
  void normalizes(String surface, String anchor, String tense, String type, String value, String mod) {
    Optional<TimeNormalizer.Normalized> n =
        NORMALIZER.normalize(surface, Optional.of(LocalDate.parse(anchor)), Tense.valueOf(tense));
    if (type.equals("-")) {
      assertThat(n).as("not a time expression").isEmpty();
      return;
    }
    assertThat(n).as("a time expression").isPresent();
    assertThat(n.get().type().name()).isEqualTo(type);
    assertThat(n.get().value().orElse("-")).isEqualTo(value);
    assertThat(n.get().modifier().map(Enum::name).orElse("-")).isEqualTo(mod);
    if (value.equals("-")) {
      assertThat(n.get().problem()).as("the reason there is no value").isPresent();
    }
  }
}
