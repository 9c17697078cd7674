package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which quoted passages are speech, read with a toy lexicon whose only cues are "déclar" and "said". */
class PassageSorterTest {

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\p{N}+|\\S");

  private final PassageSorter sorter = new PassageSorter(new QuoteLexicon(List.of("déclar", "said"), Set.of("selon"),
      Set.of("de", "for", "the"), Set.of("à")));

  /** The text as one paragraph and one sentence, cut into words and single marks. */
  private static Document paragraph(String text) {
    List<Token> tokens = new ArrayList<>();
    for (Matcher m = TOKEN.matcher(text); m.find(); ) {
      tokens.add(new Token(new Span(m.start(), m.end()), Token.Kind.WORD));
    }
    Span all = new Span(0, text.length());
    return Document.of("test", text).withStructure(List.of(new Block(all, Block.Kind.PARAGRAPH)), Optional.empty())
        .withSentences(List.of(new Sentence(all))).withTokens(tokens);
  }

  /** Whether the first quoted passage of the text is speech. */
  private boolean isSpeech(String text) {
    Document doc = paragraph(text);
    QuoteFinder.Found first = new QuoteFinder().find(text, new Span(0, text.length())).get(0);
    return sorter.isSpeech(doc, first);
  }

  /** A title or a name, or a short term that nothing announces as someone's words. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Les exercices «Freedom Shield» ont commencé.",
      "He watched an episode of “Shark Tank.” last night.",
      "Il évoque une «défense réciproque» entre les deux pays."})
  void titlesNamesAndUnannouncedTermsAreNotSpeech(String text) {
    assertThat(isSpeech(text)).isFalse();
  }

  /** The same short words announced by a cue or a colon, and a whole utterance however short. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Il a déclaré «pas question» hier.",
      "«pas question», a déclaré le ministre.",
      "Il répondit : «pas question».",
      "Il cria «Eh !» et partit.",
      "“We won.”"})
  void announcedWordsAndWholeUtterancesAreSpeech(String text) {
    assertThat(isSpeech(text)).isTrue();
  }

  @Test
  void aNameHasItsSignificantWordsCapitalisedAndIsShort() {
    assertThat(sorter.isName(List.of("World", "Institute", "for", "North", "Korea", "Studies"))).isTrue();
    assertThat(sorter.isName(List.of("défense", "réciproque"))).isFalse();
    assertThat(sorter.isName(List.of("the", "for"))).isFalse();
    assertThat(sorter.isName(List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"))).isFalse();
  }

  @Test
  void wordsAreThoseThatOpenOnALetterOrADigit() {
    String text = "le «quotidien» Il\u00a0Giornale – 2024";
    assertThat(PassageSorter.words(text, new Span(0, text.length()))).containsExactly("le", "Il", "Giornale", "2024");
  }
}
