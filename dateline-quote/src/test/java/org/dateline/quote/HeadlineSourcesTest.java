package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

/** A headline's label is its source; kickers, capitals and long paragraphs are not labelled headlines. */
class HeadlineSourcesTest {

  private static final HeadlineSources HEADLINES = new HeadlineSources(Set.of("the", "breaking", "read"),
      Set.of("read", "watch"));

  private static Optional<String> read(String text) {
    return HEADLINES.read(text, new Span(0, text.length()))
        .map(h -> text.substring(h.label().start(), h.label().end()) + " | "
            + text.substring(h.content().start(), h.content().end()));
  }

  @Test
  void aShortLabelBeforeAColonIsTheSource() {
    assertThat(read("Lindsey Graham: Trump’s Rhetoric Destroying GOP’s Chance to Win.")).contains(
        "Lindsey Graham | Trump’s Rhetoric Destroying GOP’s Chance to Win");
    assertThat(read("Poll: Clinton leads in Ohio by four points")).contains("Poll | Clinton leads in Ohio by four points");
  }

  @Test
  void aKickerCapitalsOrASentenceAreNoLabel() {
    assertThat(read("The Latest: Cruz to give away engraved shotgun.")).isEmpty();
    assertThat(read("Breaking: Senate passes the bill.")).isEmpty();
    assertThat(read("WALLACE: Let me ask you about taxes.")).isEmpty();
    assertThat(read("Graham: Yes.")).isEmpty();
    assertThat(read("The pattern is clear: the administration is not forthcoming.")).isEmpty();
    assertThat(HeadlineSources.NONE.read("Graham: Trump is wrong on this.", new Span(0, 31))).isEmpty();
  }

  @Test
  void aLinksLabelOpensAnotherStorysHeadline() {
    String link = "READ MORE: Mayor says the new rink will open in May";
    assertThat(HEADLINES.link(link, new Span(0, link.length()))).isTrue();
    assertThat(read(link)).isEmpty();
    String watch = "Watch: Premier says the budget will balance";
    assertThat(HEADLINES.link(watch, new Span(0, watch.length()))).isTrue();
    // a source's label, or a sentence with a colon in it, is no link
    String poll = "Poll: Clinton leads in Ohio by four points";
    assertThat(HEADLINES.link(poll, new Span(0, poll.length()))).isFalse();
    String sentence = "The mayor read the report and said: the rink will open.";
    assertThat(HEADLINES.link(sentence, new Span(0, sentence.length()))).isFalse();
  }
}
