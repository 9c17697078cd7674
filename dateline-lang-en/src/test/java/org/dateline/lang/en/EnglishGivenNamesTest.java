package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.dateline.quote.GenderWords.Gender;
import org.junit.jupiter.api.Test;

/** The shipped list of given names: the sex that bears each, and which are common. */
class EnglishGivenNamesTest {

  @Test
  void readsTheSexOfNamesOneSexBearsAndLeavesOutNamesOfBoth() throws IOException {
    EnglishGivenNames names = EnglishGivenNames.load();
    assertThat(names.genders()).containsEntry("lucille", Gender.FEMININE).containsEntry("peter", Gender.MASCULINE)
        .doesNotContainKeys("jordan", "kim", "robin");
    // a name of both sexes still makes a person, with no gender
    assertThat(names.common()).contains("Lucille", "Peter", "Jody");
    // a rare name tells a gender but is no common name
    assertThat(names.genders()).containsEntry("eulalie", Gender.FEMININE);
    assertThat(names.common()).doesNotContain("Eulalie");
  }

  @Test
  void writesTheNamesOfEnoughChildrenWithTheSexThatBearsThemNearlyAlways() throws IOException {
    StringWriter out = new StringWriter();
    int written = EnglishGivenNames.write(Map.of("ada", 950L, "sam", 300L, "zoe", 99L),
        Map.of("ada", 50L, "sam", 700L, "abel", 400L), out);
    assertThat(written).isEqualTo(3);
    assertThat(out.toString().lines().filter(l -> !l.startsWith("#")))
        .containsExactly("abel\tM\t400", "ada\tF\t1000", "sam\t-\t1000");
  }
}
