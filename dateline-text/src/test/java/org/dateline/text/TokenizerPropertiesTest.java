package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.core.Token;

/** Lucene's checkRandomData in spirit: whatever the text, the tokens are a clean cover of it. */
class TokenizerPropertiesTest {

  private static final TokenizerRules FRENCH_LIKE = new TokenizerRules(
      Set.of("M.", "etc.", "Dr."), Set.of("M.", "Dr."), Set.of("l'", "d'", "qu'"), Set.of("aujourd'hui"),
      Set.of("il", "t-il", "moi"), Set.of("rendez-vous"), Set.of("n't", "'s"), true);

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> pieces = Arbitraries.of("l’", "d'", "Kim", "Jong-Un", "a-t-il", "«", "»", "\u00a0", "\u202f",
        " ", "\n", ".", "...", "M.", "U.S.", "10.000", "10 000", "1,5", "https://a.fr/x", "x@y.fr", "-", "anti-",
        "Trump", "qu'", "aujourd'hui", "don't", "’", "'", "?!", "2025-03-22", "14:30", "22/03", "é", "\u0301", "😀", "\u0000");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 500)
  void coversEveryNonSpaceCharacterOnceInOrder(@ForAll("newsLike") String text) {
    checkCover(text);
  }

  @Property(tries = 500)
  void coversArbitraryUnicode(@ForAll String text) {
    checkCover(text);
  }

  private static void checkCover(String text) {
    List<Token> tokens = new Tokenizer(FRENCH_LIKE).tokenize(text);
    int pos = 0;
    for (Token token : tokens) {
      assertThat(token.span().start()).isGreaterThanOrEqualTo(pos);
      for (int i = pos; i < token.span().start(); i++) {
        assertThat(Chars.isSpace(text.charAt(i))).as("uncovered char %s at %d in %s", (int) text.charAt(i), i, text).isTrue();
      }
      String covered = token.span().of(text);
      if (token.kind() != Token.Kind.NUMBER) {
        assertThat(covered.chars().noneMatch(c -> Chars.isSpace((char) c))).as("space inside %s", covered).isTrue();
      }
      pos = token.span().end();
    }
    for (int i = pos; i < text.length(); i++) {
      assertThat(Chars.isSpace(text.charAt(i))).as("uncovered tail char at %d in %s", i, text).isTrue();
    }
  }

  @Property(tries = 200)
  void tokenizesASubrangeWithOffsetsIntoTheWholeText(@ForAll("newsLike") String a, @ForAll("newsLike") String b) {
    String text = a + " " + b;
    List<Token> part = new Tokenizer(FRENCH_LIKE).tokenize(text, a.length() + 1, text.length());
    List<Token> alone = new Tokenizer(FRENCH_LIKE).tokenize(b);
    assertThat(part).extracting(t -> t.span().of(text)).isEqualTo(alone.stream().map(t -> t.span().of(b)).toList());
  }

  @Property(tries = 20)
  void staysLinearOnLongHostileInput(@ForAll("newsLike") String seed) {
    String text = (seed + "«»'’-.@:/").repeat(2000);
    List<Token> tokens = new Tokenizer(FRENCH_LIKE).tokenize(text);
    assertThat(tokens.size()).isLessThanOrEqualTo(text.length());
  }
}
