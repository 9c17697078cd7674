package org.dateline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonLinkStageTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "2012|none|2025-03-22|true", "2012|2018|2025-03-22|false", "2003-01-01|none|2002-12-31|false",
      "none|none|1990-01-01|true", "1994-01-01|2012-05-11|2012-05-11|true", "2025|2025|2025-03-22|true"})
  void aRoleHoldsTheDatesOfItsPeriodInclusive(String from, String to, String date, boolean held) {
    Person p = new Person("Q1", "Someone", "RUS", "role", from == null ? "" : from, to == null ? "" : to);
    assertThat(PersonLinkStage.inOffice(p, LocalDate.parse(date))).isEqualTo(held);
  }
}
