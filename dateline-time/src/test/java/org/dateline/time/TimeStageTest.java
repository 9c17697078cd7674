package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeStageTest {

  @Test
  void findsTheFirstDayOfTheDateAValueNames() {
    assertThat(TimeStage.firstDay("1988")).contains(LocalDate.of(1988, 1, 1));
    assertThat(TimeStage.firstDay("1988-10")).contains(LocalDate.of(1988, 10, 1));
    assertThat(TimeStage.firstDay("1988-Q3")).contains(LocalDate.of(1988, 7, 1));
    assertThat(TimeStage.firstDay("1988-10-12T14:30")).contains(LocalDate.of(1988, 10, 12));
  }

  @Test
  void namesNoDayForOtherValuesOrImpossibleOnes() {
    assertThat(TimeStage.firstDay("P2Y")).isEmpty();
    assertThat(TimeStage.firstDay("PRESENT_REF")).isEmpty();
    assertThat(TimeStage.firstDay("1988-W32-WE")).isEmpty();
    assertThat(TimeStage.firstDay("1988-13")).isEmpty();
    assertThat(TimeStage.firstDay("1988-02-30")).isEmpty();
  }
}
