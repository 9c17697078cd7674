package org.dateline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeAndBackwardSpansNamingTheValues() {
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("[-1, 3)");
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("[5, 4)");
  }

  @Test
  void coversHalfOpenRanges() {
    Span span = new Span(2, 5);
    assertThat(span.of("abcdefg")).isEqualTo("cde");
    assertThat(span.contains(2)).isTrue();
    assertThat(span.contains(5)).isFalse();
    assertThat(span.overlaps(new Span(5, 6))).isFalse();
    assertThat(span.overlaps(new Span(4, 6))).isTrue();
    assertThat(new Span(3, 3).isEmpty()).isTrue();
  }

  @Test
  void refusesToCutPastTheText() {
    assertThatThrownBy(() -> new Span(2, 10).of("abc")).hasMessageContaining("length 3");
  }

  @Property
  void ordersByStartThenLongestFirst(@ForAll @IntRange(max = 50) int a, @ForAll @IntRange(max = 50) int len1,
      @ForAll @IntRange(max = 50) int len2) {
    Span shorter = new Span(a, a + Math.min(len1, len2));
    Span longer = new Span(a, a + Math.max(len1, len2));
    assertThat(longer.compareTo(shorter)).isLessThanOrEqualTo(0);
    assertThat(new Span(a, a + len1).compareTo(new Span(a + 1, a + 1 + len2))).isNegative();
  }
}
