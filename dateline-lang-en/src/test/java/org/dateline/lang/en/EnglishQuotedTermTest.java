package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.core.Document;
import org.dateline.core.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which passages in quotation marks are speech, through the whole English pipeline. */
class EnglishQuotedTermTest {

  private static English english;

  @BeforeAll
  static void load() throws IOException {
    english = English.load();
  }

  private static List<String> quotes(String text) {
    Document doc = EnglishParagraphs.analyze(english, text, LocalDate.of(2019, 1, 15));
    return doc.quotes().stream().map(Quote::span).map(doc::text).toList();
  }

  @Test
  void wordsInQuotesThatNoOneIsSaidToSayAreTheWritersTermNotSpeech() {
    assertThat(quotes("The council adopted a plan to “tidy up the old harbour front” before the summer.")).isEmpty();
    assertThat(quotes("Critics of the bridge have mocked the “road to nowhere and back again” for years.")).isEmpty();
  }

  @Test
  void theSameWordsWithASpeakerOrACueStaySpeech() {
    assertThat(quotes("Mayor Ada Quill said the plan would “tidy up the old harbour front” before the summer."))
        .containsExactly("tidy up the old harbour front");
    assertThat(quotes("“We will tidy up the old harbour front,” the mayor said.")).hasSize(1);
  }

  @Test
  void aWholeUtteranceWithNoSpeakerIsStillSpeech() {
    assertThat(quotes("Nobody knows who wrote it. “The harbour belongs to all of us.”")).hasSize(1);
  }
}
