package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSupportTest {

  @ParameterizedTest(name = "{0} and a half = {1}")
  @CsvSource({"P2Y, P2Y6M", "P3D, P3DT12H", "P2M, P2.5M", "P1W, P1.5W", "PT5H, PT5H30M", "PT1M, PT1M30S",
      "PT4S, PT4.5S", "PXY, PXY", "P2.5Y, P2.5Y", "PRESENT_REF, PRESENT_REF"})
  void addsAHalfInTheNextSmallerUnit(String duration, String withHalf) {
    assertThat(RuleSupport.withHalf(duration)).isEqualTo(withHalf);
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource({"à\\s+présent, À présent", "été, Été", "[ée]t[ée], ÉTÉ", "[^é]t, Ét"})
  void matchesAnAccentedCapitalAsItsSmallLetter(String regex, String text) {
    boolean negated = regex.startsWith("[^");
    assertThat(RuleSupport.words(regex).matcher(text).matches()).isEqualTo(!negated);
  }
}
