package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDatesTest {

  @Test
  void filesAnEventUnderTheFirstDayOfItsPeriod() {
    assertThat(EventDates.firstDay("2025-03-22")).contains("2025-03-22");
    assertThat(EventDates.firstDay("2025-03-22T14:30")).contains("2025-03-22");
    assertThat(EventDates.firstDay("2024-06")).contains("2024-06-01");
    assertThat(EventDates.firstDay("2024")).contains("2024-01-01");
    assertThat(EventDates.firstDay("2024-FA")).contains("2024-09-22");
    assertThat(EventDates.firstDay("2025-W11")).contains("2025-03-10");
    assertThat(EventDates.firstDay("2025-Q2")).contains("2025-04-01");
    assertThat(EventDates.firstDay("PRESENT_REF")).isEmpty();
  }

  @Test
  void anEventWithoutAPeriodTakesTheArticlesDate() {
    assertThat(EventDates.firstDay(Optional.of("PAST_REF"), Optional.of("2025-03-22"))).contains("2025-03-22");
    assertThat(EventDates.firstDay(Optional.empty(), Optional.of("2025-03-22"))).contains("2025-03-22");
    assertThat(EventDates.firstDay(Optional.of("2024-06"), Optional.of("2025-03-22"))).contains("2024-06-01");
  }
}
