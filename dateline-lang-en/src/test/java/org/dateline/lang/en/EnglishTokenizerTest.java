package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dateline.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnglishTokenizerTest {

  private static Tokenizer tokenizer;

  @BeforeAll
  static void load() throws IOException {
    tokenizer = new Tokenizer(English.tokenizerRules());
  }

  private static List<String> tokens(String text) {
    return tokenizer.tokenize(text).stream().map(t -> t.span().of(text)).toList();
  }

  @Test
  void splitsContractionsLikeThePennTreebank() {
    assertThat(tokens("They don't know it's Kim's, we'll see, I'm sure they've gone."))
        .containsExactly("They", "do", "n't", "know", "it", "'s", "Kim", "'s", ",", "we", "'ll", "see", ",", "I", "'m",
            "sure", "they", "'ve", "gone", ".");
    assertThat(tokens("can’t won't")).containsExactly("ca", "n’t", "wo", "n't");
  }

  @Test
  void keepsTitlesAbbreviationsAndAcronyms() {
    assertThat(tokens("Mr. Smith met Gen. Milley in the U.S. on Jan. 5, etc."))
        .containsExactly("Mr.", "Smith", "met", "Gen.", "Milley", "in", "the", "U.S.", "on", "Jan.", "5", ",", "etc.");
  }

  @Test
  void doesNotSplitElisionsOrGroupSpacedNumbers() {
    assertThat(tokens("l'Express 10 000 O'Brien")).containsExactly("l'Express", "10", "000", "O'Brien");
  }

  @Test
  void keepsNumbersAndMoney() {
    assertThat(tokens("$2.5bn, 10,000 troops and 3 p.m. GMT"))
        .containsExactly("$", "2.5bn", ",", "10,000", "troops", "and", "3", "p.m.", "GMT");
  }
}
