package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The splitter's corrections on top of the English OpenNLP model (the French one is tested in its module). */
class SentenceSplitterTest {

  private static final TokenizerRules RULES = new TokenizerRules(
      Set.of("Mr.", "Dr.", "etc.", "Gen."), Set.of("Mr.", "Dr.", "Gen."), Set.of(), Set.of(), Set.of(), Set.of(),
      Set.of("n't", "'s"), false);
  private static SentenceSplitter splitter;
  private static Tokenizer tokenizer;

  @BeforeAll
  static void load() throws IOException {
    splitter = new SentenceSplitter(
        TextPipelines.sentenceModel("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "opennlp-models-sentdetect-en"), RULES);
    tokenizer = new Tokenizer(RULES);
  }

  private static List<String> sentences(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    return splitter.split(text, new Span(0, text.length()), tokens).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsOrdinaryProse() {
    assertThat(sentences("The talks ended. Both sides left Geneva. No date was set."))
        .containsExactly("The talks ended.", "Both sides left Geneva.", "No date was set.");
  }

  @Test
  void neverEndsASentenceOnATitleOrAnInitial() {
    assertThat(sentences("He met Dr. Smith and Gen. Milley. Then George W. Bush spoke."))
        .containsExactly("He met Dr. Smith and Gen. Milley.", "Then George W. Bush spoke.");
  }

  @Test
  void neverOpensASentenceWithALowerCaseWord() {
    assertThat(sentences("“It is a dog whistle,” Mr. Moore (D-Wis.) said Friday. Others agreed."))
        .containsExactly("“It is a dog whistle,” Mr. Moore (D-Wis.) said Friday.", "Others agreed.");
  }

  @Test
  void keepsTheClosingQuoteWithItsSentence() {
    assertThat(sentences("He said: \"We will win.\" The crowd cheered."))
        .containsExactly("He said: \"We will win.\"", "The crowd cheered.");
  }

  @Test
  void returnsNothingForNoTokensAndOneSentenceForOneToken() {
    assertThat(splitter.split("   ", new Span(0, 3), List.of())).isEmpty();
    assertThat(sentences("Yes")).containsExactly("Yes");
  }

  @Test
  void sentencesStartAndEndOnTokens() {
    String text = "Prices rose 2.5 percent in the U.S. economy last year. Analysts expected 3.1 percent.";
    List<Token> tokens = tokenizer.tokenize(text);
    for (Span s : splitter.split(text, new Span(0, text.length()), tokens)) {
      assertThat(tokens).anyMatch(t -> t.span().start() == s.start());
      assertThat(tokens).anyMatch(t -> t.span().end() == s.end());
    }
  }

  @Test
  void initialsAfterATitleOpenAName() {
    assertThat(sentences("“This is a sad day,” said Gen. G.K. Butterfield, head of the caucus. The vote failed."))
        .containsExactly("“This is a sad day,” said Gen. G.K. Butterfield, head of the caucus.", "The vote failed.");
  }
}
