package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
}
