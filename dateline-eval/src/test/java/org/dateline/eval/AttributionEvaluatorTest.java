package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

class AttributionEvaluatorTest {

  private static final String TEXT = "He said “We will win.” Later, officials said taxes rise. “Nothing,” she added.";

  private static Span span(String s) {
    int start = TEXT.indexOf(s);
    return new Span(start, start + s.length());
  }

  @Test
  void scoresContentAndSourceOverAllAndOverDirectQuotes() {
    List<GoldAttribution> gold = List.of(
        new GoldAttribution(span("“We will win.”"), Optional.of(span("He")), Optional.of(span("said"))),
        new GoldAttribution(span("taxes rise"), Optional.of(span("officials")), Optional.empty()),
        new GoldAttribution(span("“Nothing,”"), Optional.empty(), Optional.of(span("added"))));
    List<SystemAttribution> system = List.of(
        new SystemAttribution(span("We will win."), List.of(span("He"))), // right
        new SystemAttribution(span("taxes rise"), List.of()), // no source where gold has one
        new SystemAttribution(span("Nothing"), List.of(span("she"))), // a source where gold has none
        new SystemAttribution(span("Later"), List.of())); // not an attribution
    AttributionEvaluator scores = new AttributionEvaluator();
    scores.add(TEXT, gold, system);

    // all: content 3 of 3 gold, 3 of 4 system; attribution 1: P 1/4, R 1/3, F1 2/7
    assertThat(scores.report()).isEqualTo("""
        content, all: gold 3, system 4, correct 3; precision 0.750, recall 1.000, F1 0.857
        attribution, all: gold 3, system 4, correct 1; precision 0.250, recall 0.333, F1 0.286
        content, direct quotes: gold 2, system 2, correct 2; precision 1.000, recall 1.000, F1 1.000
        attribution, direct quotes: gold 2, system 2, correct 1; precision 0.500, recall 0.500, F1 0.500
        overall F1 = 0.286
        """);
  }

  @Test
  void contentMatchesOnHalfTheShorterSpanOneToOne() {
    Span gold = new Span(0, 100);
    assertThat(AttributionEvaluator.contentMatches(gold, new Span(40, 60))).isTrue();
    assertThat(AttributionEvaluator.contentMatches(gold, new Span(90, 110))).isTrue();
    assertThat(AttributionEvaluator.contentMatches(gold, new Span(95, 110))).isFalse();
    assertThat(AttributionEvaluator.contentMatches(gold, new Span(100, 110))).isFalse();

    AttributionEvaluator scores = new AttributionEvaluator();
    scores.add("x".repeat(100), List.of(new GoldAttribution(gold, Optional.empty(), Optional.empty())),
        List.of(new SystemAttribution(new Span(0, 50), List.of()), new SystemAttribution(new Span(50, 100), List.of())));
    assertThat(scores.content().correct()).isEqualTo(1);
    assertThat(scores.content().system()).isEqualTo(2);
  }

  @Test
  void directQuotesAreMarkedOrMostlyInsideMarks() {
    String text = "“A whole quote.” He called it a “hoax” and moved on. \"Straight,\" she said.\n“An open paragraph\nNext.";
    QuotationMarks marks = new QuotationMarks(text);
    assertThat(marks.isDirect(new Span(0, 16))).isTrue();
    assertThat(marks.isDirect(new Span(1, 15))).isTrue(); // without its marks, still all inside them
    int hoax = text.indexOf("He called");
    assertThat(marks.isDirect(new Span(hoax, text.indexOf(" and moved")))).isFalse();
    int straight = text.indexOf('"');
    assertThat(marks.isDirect(new Span(straight, straight + 11))).isTrue();
    int open = text.indexOf("An open");
    assertThat(marks.isDirect(new Span(open, open + 14))).isTrue();
    assertThat(marks.isDirect(new Span(text.indexOf("Next"), text.length()))).isFalse();
  }
}
