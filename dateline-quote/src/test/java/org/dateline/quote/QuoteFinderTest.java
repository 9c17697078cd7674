package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private List<String> quotes(String text) {
    return finder.find(text, new Span(0, text.length())).stream().map(f -> f.content().of(text)).toList();
  }

  @Test
  void findsEveryKindOfMarkWithOrWithoutInnerSpaces() {
    assertThat(quotes("Il a dit «défense réciproque» puis « Il Giornale » et «\u202fsoutien\u202f».")).containsExactly(
        "défense réciproque", "Il Giornale", "soutien");
    assertThat(quotes("He said “we will win” and \"never\" and „so“ and ‹non›.")).containsExactly(
        "we will win", "never", "so", "non");
  }

  @Test
  void readsTwoApostrophesAsOneMarkButNotAnApostropheAlone() {
    assertThat(quotes("''It isn't reform,'' he said, and ''it's tinkering.''")).containsExactly(
        "It isn't reform,", "it's tinkering.");
    assertThat(quotes("The candidates' plans and the voters' views")).isEmpty();
  }

  @Test
  void closesACurlyQuoteWithAStraightMarkOrTwoRightApostrophesTypedInstead() {
    assertThat(quotes("“The ferry will run all winter,\" the captain said. “Bring a coat.”")).containsExactly(
        "The ferry will run all winter,", "Bring a coat.");
    assertThat(quotes("“We print every book ourselves,’’ says the owner. “Even the bad ones.”")).containsExactly(
        "We print every book ourselves,", "Even the bad ones.");
    // a straight mark that opens a quote inside the curly one does not close it
    assertThat(quotes("“He called it \"a joke\" on air,” she said.")).containsExactly(
        "He called it \"a joke\" on air,", "a joke");
  }

  @Test
  void keepsNestedQuotesAndTheirOuterQuote() {
    assertThat(quotes("«Il a parlé de “trahison” hier», dit-il.")).containsExactly("Il a parlé de “trahison” hier", "trahison");
  }

  @Test
  void endsAnUnclosedQuoteWithItsParagraphAndSaysSo() {
    String text = "Il a déclaré : «nous ne céderons pas";
    List<QuoteFinder.Found> found = finder.find(text, new Span(0, text.length()));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.closed()).isFalse();
      assertThat(f.content().of(text)).isEqualTo("nous ne céderons pas");
    });
  }

  @Test
  void doesNotTakeApostrophesOrInchMarksForQuotes() {
    assertThat(quotes("L’agence d’État a dit qu’il viendrait, un écran de 15\" seulement.")).isEmpty();
  }

  @Test
  void finishesInLinearTimeOnHostileMarks() {
    String nested = "«".repeat(10_000) + "x" + "»".repeat(10_000);
    String alternating = "«»“”\"„“‹›".repeat(10_000);
    String unbalanced = "« “ \" ".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String text : List.of(nested, alternating, unbalanced)) {
        finder.find(text, new Span(0, text.length()));
      }
    });
  }

  @Property(tries = 300)
  void quotesLieInsideTheParagraphAndInsideTheirMarks(@ForAll String text) {
    for (QuoteFinder.Found f : finder.find(text, new Span(0, text.length()))) {
      assertThat(f.withMarks().contains(f.content())).isTrue();
      assertThat(f.withMarks().end()).isLessThanOrEqualTo(text.length());
      assertThat(f.content().isEmpty()).isFalse();
    }
  }
}
