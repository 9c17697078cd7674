package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

class GgtQuoteEvaluatorTest {

  private static GgtCorpus.GoldQuote gold(int start, int end, String speaker) {
    return new GgtCorpus.GoldQuote(new Span(start, end), speaker, "said");
  }

  private static GgtQuoteEvaluator.SystemQuote system(int start, int end, String... names) {
    return new GgtQuoteEvaluator.SystemQuote(new Span(start, end), List.of(names));
  }

  @Test
  void countsQuotesAndSpeakersAtBothThresholds() {
    // gold A [0,100) Justin Trudeau: system [0,50) covers 0.5 of it, Trudeau right
    // gold B [200,300) Ann Lee: system [200,290) covers 0.9, but no speaker
    // gold C [400,410) Bob: system [400,403) covers 0.3, not above 0.3; system [500,510) matches nothing
    List<GgtCorpus.GoldQuote> gold = List.of(gold(0, 100, "Justin Trudeau"), gold(200, 300, "Ann Lee"),
        gold(400, 410, "Bob"));
    List<GgtQuoteEvaluator.SystemQuote> system = List.of(system(0, 50, "Trudeau"), system(200, 290),
        system(400, 403, "Bob"), system(500, 510, "Bob"));
    GgtQuoteEvaluator loose = new GgtQuoteEvaluator(0.3);
    GgtQuoteEvaluator strict = new GgtQuoteEvaluator(0.8);
    loose.add(gold, system);
    strict.add(gold, system);

    // 0.3: matched A and B of 3 gold, 4 system: P 2/4, R 2/3, F1 4/7; speakers right 1: P 1/4, R 1/3, F1 2/7
    assertThat(loose.quotes().correct()).isEqualTo(2);
    assertThat(loose.quotes().f1()).isCloseTo(4.0 / 7, within(1e-9));
    assertThat(loose.speakers().correct()).isEqualTo(1);
    assertThat(loose.speakerAccuracy()).isEqualTo(0.5);
    assertThat(loose.speakers().precision()).isEqualTo(0.25);
    assertThat(loose.speakers().recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(loose.speakers().f1()).isCloseTo(2.0 / 7, within(1e-9));
    // 0.8: only B: P 1/4, R 1/3; its speaker is missing
    assertThat(strict.quotes().correct()).isEqualTo(1);
    assertThat(strict.speakers().correct()).isZero();
    assertThat(strict.speakerAccuracy()).isZero();
    assertThat(loose.report()).isEqualTo("""
        quotes, overlap > 0.3: gold 3, system 4, matched 2; precision 0.500, recall 0.667, F1 0.571
        speakers, overlap > 0.3: right 1 of 2 matched (accuracy 0.500); precision 0.250, recall 0.333, F1 0.286
        """);
  }

  @Test
  void eachSystemQuoteIsUsedOnceAndTheBestCoverWins() {
    // both gold quotes are best covered by the long quote; the first takes it, the second the short one (wrong speaker)
    GgtQuoteEvaluator scores = new GgtQuoteEvaluator(0.3);
    scores.add(List.of(gold(0, 10, "A"), gold(5, 15, "B")), List.of(system(6, 10, "C"), system(0, 15, "A")));
    assertThat(scores.quotes().correct()).isEqualTo(2);
    assertThat(scores.speakers().correct()).isEqualTo(1);
  }

  @Test
  void speakersMatchByNameMentionOrLastWord() {
    assertThat(GgtQuoteEvaluator.sameSpeaker("François Legault", List.of("FRANCOIS  LEGAULT"))).isTrue();
    assertThat(GgtQuoteEvaluator.sameSpeaker("Ann Lee", List.of("Annie Lee-Smith", "Ann Lee"))).isTrue();
    assertThat(GgtQuoteEvaluator.sameSpeaker("Justin Trudeau", List.of("Pierre Trudeau"))).isTrue();
    // the last word is compared with the entity's name, and the phrase's when it ends on a name: not "the minister"
    assertThat(GgtQuoteEvaluator.sameSpeaker("Jane Minister", List.of("Bob Smith", "the minister"))).isFalse();
    assertThat(GgtQuoteEvaluator.sameSpeaker("Andrew Wilkinson", List.of("Greens", "Mr. Wilkinson"))).isTrue();
    // a phrase that says more holds the gold name as whole words, as the GGT's span overlap would see it
    assertThat(GgtQuoteEvaluator.sameSpeaker("Ernie LeBlanc", List.of("His father, Ernie LeBlanc,"))).isTrue();
    assertThat(GgtQuoteEvaluator.sameSpeaker("a citizen", List.of("a citizen, whose name is redacted,"))).isTrue();
    assertThat(GgtQuoteEvaluator.sameSpeaker("Lee", List.of("Ann Leeds, a spokeswoman"))).isFalse();
    assertThat(GgtQuoteEvaluator.sameSpeaker("Bob", List.of())).isFalse();
    assertThat(GgtQuoteEvaluator.sameSpeaker("", List.of(""))).isFalse();
  }

  @Test
  void aThresholdOutsideTheUnitIntervalIsRefused() {
    assertThatThrownBy(() -> new GgtQuoteEvaluator(1.0)).hasMessage("threshold must be in [0, 1): 1.0");
  }

  @Test
  void eachGoldQuoteHasItsOutcomeForListings() {
    GgtQuoteEvaluator scores = new GgtQuoteEvaluator(0.3);
    List<GgtQuoteEvaluator.Outcome> outcomes = scores.add(List.of(gold(0, 10, "A"), gold(20, 30, "B"),
        gold(40, 50, "C")), List.of(system(0, 10, "A"), system(20, 30, "Z")));
    assertThat(outcomes).extracting(GgtQuoteEvaluator.Outcome::rightSpeaker).containsExactly(true, false, false);
    assertThat(outcomes).extracting(o -> o.match().isPresent()).containsExactly(true, true, false);
  }
}
