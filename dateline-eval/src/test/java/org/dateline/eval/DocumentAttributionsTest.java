package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

/** A quote's or a claim's source phrase is one of its sources, beside its entity's mentions. */
class DocumentAttributionsTest {

  private static final String TEXT = "Jane Roe spoke. “We will win,” she said. Officials said the vote was fair.";

  private static Span span(String part) {
    int at = TEXT.indexOf(part);
    return new Span(at, at + part.length());
  }

  private static Document document() {
    Entity roe = new Entity("E1", EntityType.PERSON, "Jane Roe", Optional.empty(), Optional.empty(),
        List.of(new Mention(span("Jane Roe"), EntityType.PERSON)));
    return Document.of("test", TEXT).withEntities(List.of(roe))
        .withQuotes(List.of(new Quote(span("We will win,"), Quote.Kind.DIRECT, Optional.of("E1"), Optional.of("said"),
            Optional.empty(), Optional.of(span("she")))))
        .withClaims(List.of(new Claim(span("the vote was fair."), List.of(), "said", Optional.of(span("Officials")))));
  }

  @Test
  void thePronounStandsBesideTheEntitysMentions() {
    List<SystemAttribution> found = DocumentAttributions.of(document());
    assertThat(found.get(0).sources()).containsExactly(span("she"), span("Jane Roe"));
  }

  @Test
  void aClaimWithAPhraseAndNoEntityHasThePhraseAsItsSource() {
    List<SystemAttribution> found = DocumentAttributions.of(document());
    assertThat(found.get(1).sources()).containsExactly(span("Officials"));
  }

  @Test
  void theGgtScorerGetsThePhraseAsTheLastName() {
    List<GgtQuoteEvaluator.SystemQuote> found = DocumentSpeakers.of(document());
    assertThat(found.get(0).speakerNames()).containsExactly("Jane Roe", "Jane Roe", "she");
    assertThat(found.get(1).speakerNames()).containsExactly("Officials");
  }

  @Test
  void aStanceIsScoredAsAnAttributionButIsNoQuoteForTheGgt() {
    Document doc = document().withClaims(List.of(new Claim(span("the vote was fair."), List.of(), "said",
        Optional.of(span("Officials")), Claim.Kind.STANCE)));
    assertThat(DocumentAttributions.of(doc)).hasSize(2);
    assertThat(DocumentSpeakers.of(doc)).hasSize(1);
  }

  @Test
  void forTheGgtAClaimHoldingOneShortPartialQuoteIsOneQuoteWithTheQuotesSpeaker() {
    String text = "Jane Roe spoke. The men shot at them “like snipers,” she said, adding that police fired back.";
    Span claim = new Span(text.indexOf("The men"), text.indexOf(" she said") - 1);
    Span quote = new Span(text.indexOf("like"), text.indexOf("snipers,") + "snipers,".length());
    Entity roe = new Entity("E1", EntityType.PERSON, "Jane Roe", Optional.empty(), Optional.empty(),
        List.of(new Mention(new Span(0, 8), EntityType.PERSON)));
    Document doc = Document.of("test", text).withEntities(List.of(roe))
        .withQuotes(List.of(new Quote(quote, Quote.Kind.PARTIAL, Optional.of("E1"), Optional.of("said"),
            Optional.empty())))
        .withClaims(List.of(new Claim(claim, List.of(), "said", Optional.empty())));
    assertThat(DocumentSpeakers.of(doc)).singleElement().satisfies(q -> {
      assertThat(q.span()).isEqualTo(claim);
      assertThat(q.speakerNames()).contains("Jane Roe");
    });
  }
}
