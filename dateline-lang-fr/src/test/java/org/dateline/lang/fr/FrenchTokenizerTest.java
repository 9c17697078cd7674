package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.dateline.core.Token;
import org.dateline.text.Tokenizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FrenchTokenizerTest {

  private static Tokenizer tokenizer;

  @BeforeAll
  static void load() throws IOException {
    tokenizer = new Tokenizer(French.tokenizerRules());
  }

  private static List<String> tokens(String text) {
    return tokenizer.tokenize(text).stream().map(t -> t.span().of(text)).toList();
  }

  private static List<Token.Kind> kinds(String text) {
    return tokenizer.tokenize(text).stream().map(Token::kind).toList();
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(Locale.ROOT);
  }

  @Test
  void splitsElisionsWithBothApostrophes() {
    assertThat(tokens("l'aviation d’emblée qu'il jusqu’à lorsqu'elle s’est"))
        .containsExactly("l'", "aviation", "d’", "emblée", "qu'", "il", "jusqu’", "à", "lorsqu'", "elle", "s’", "est");
  }

  @Test
  void splitsElisionsOnCapitalisedWordsAndChains() {
    assertThat(tokens("L’agence puisqu'on Qu’aujourd’hui"))
        .containsExactly("L’", "agence", "puisqu'", "on", "Qu’", "aujourd’hui");
  }

  @Test
  void keepsWordsWhoseApostropheIsNoElision() {
    assertThat(tokens("aujourd'hui quelqu’un presqu'île")).containsExactly("aujourd'hui", "quelqu’un", "presqu'île");
  }

  @Test
  void keepsHyphenatedNamesAndWords() {
    assertThat(tokens("Kim Jong-Un et Jean-Yves Le Drian à Saint-Denis, nord-coréen, Île-de-France"))
        .containsExactly("Kim", "Jong-Un", "et", "Jean-Yves", "Le", "Drian", "à", "Saint-Denis", ",",
            "nord-coréen", ",", "Île-de-France");
  }

  @Test
  void keepsCapitalisedNameParticlesWhole() {
    assertThat(tokens("Kim Jong-il et Bachar al-Assad")).containsExactly("Kim", "Jong-il", "et", "Bachar", "al-Assad");
  }

  @Test
  void splitsLowerCasePrefixesBeforeNames() {
    assertThat(tokens("une manifestation anti-Trump des forces pro-Assad"))
        .containsExactly("une", "manifestation", "anti", "-", "Trump", "des", "forces", "pro", "-", "Assad");
  }

  @Test
  void splitsInvertedSubjectPronouns() {
    assertThat(tokens("a-t-il dit-elle pensez-vous donne-le-moi"))
        .containsExactly("a", "-t-il", "dit", "-elle", "pensez", "-vous", "donne", "-le", "-moi");
  }

  @Test
  void splitsCapitalisedVerbOnlyAtSentenceStart() {
    assertThat(tokens("Est-ce vrai ? « A-t-il menti ? »"))
        .containsExactly("Est", "-ce", "vrai", "?", "«", "A", "-t-il", "menti", "?", "»");
  }

  @Test
  void keepsHyphenatedNounsThatEndLikeAPronoun() {
    assertThat(tokens("un rendez-vous et un cessez-le-feu")).containsExactly("un", "rendez-vous", "et", "un", "cessez-le-feu");
  }

  @Test
  void separatesGuillemetsWithAnyInnerSpace() {
    assertThat(tokens("«défense réciproque»")).containsExactly("«", "défense", "réciproque", "»");
    assertThat(tokens("« Il Giornale »")).containsExactly("«", "Il", "Giornale", "»");
    assertThat(tokens("«\u00a0Freedom Shield\u00a0»")).containsExactly("«", "Freedom", "Shield", "»");
    assertThat(tokens("«\u202fsoutien\u202f»")).containsExactly("«", "soutien", "»");
  }

  @Test
  void keepsAbbreviationsWithTheirPeriod() {
    assertThat(tokens("M. Eltsine, Mme Dupont, Dr. Martin, St. Louis, etc. et les U.S.A."))
        .containsExactly("M.", "Eltsine", ",", "Mme", "Dupont", ",", "Dr.", "Martin", ",", "St.", "Louis", ",",
            "etc.", "et", "les", "U.S.A.");
  }

  @Test
  void keepsInitialsWithTheirPeriod() {
    assertThat(tokens("J. K. Rowling et 52 av. J.-C.")).containsExactly("J.", "K.", "Rowling", "et", "52", "av.", "J.-C.");
  }

  @Test
  void separatesTheFinalPeriodOfOrdinaryWords() {
    assertThat(tokens("Il a volé de Moscou à Pyongyang.")).endsWith("Pyongyang", ".");
    assertThat(tokens("au bord de la mer.")).endsWith("mer", ".");
  }

  @Test
  void keepsNumbersWithSeparatorsWhole() {
    assertThat(tokens("quelque 10.000 à 12.000 soldats, 10 000 euros, 10,000 dollars, 1,5 million, 1.5 %"))
        .containsExactly("quelque", "10.000", "à", "12.000", "soldats", ",", "10 000", "euros", ",", "10,000",
            "dollars", ",", "1,5", "million", ",", "1.5", "%");
  }

  @Test
  void groupsThousandsAcrossNoBreakSpaces() {
    assertThat(tokens("3\u00a0000 et 1\u202f250\u202f000 habitants")).containsExactly("3\u00a0000", "et", "1\u202f250\u202f000", "habitants");
  }

  @Test
  void aSpaceGroupedNumberLeavesAGluedWordAlone() {
    assertThat(tokens("10 000,5km et 35e")).containsExactly("10 000,5", "km", "et", "35e");
    assertThat(kinds("10 000,5km")).containsExactly(Token.Kind.NUMBER, Token.Kind.WORD);
  }

  @Test
  void doesNotGroupAYearWithTheNextNumber() {
    assertThat(tokens("en 1999 200 personnes, le 22 mars")).containsExactly("en", "1999", "200", "personnes", ",", "le", "22", "mars");
  }

  @Test
  void readsTimesDatesOrdinalsAndRanges() {
    assertThat(tokens("à 14h30 ou 14:30 le 1er mars, le 22/03/2025, 2025-03-22, 10-12 ans, saison 2002/2003"))
        .containsExactly("à", "14h30", "ou", "14:30", "le", "1er", "mars", ",", "le", "22/03/2025", ",", "2025-03-22",
            ",", "10", "-", "12", "ans", ",", "saison", "2002", "/", "2003");
  }

  @Test
  void keepsUrlsAndEmailAddressesWhole() {
    String text = "Voir https://fr.wikinews.org/wiki/France_:_attaque_à_Valence_(Drôme), www.afp.com et "
        + "écrire à jean.dupont@afp.fr. Source : Amazon.com.";
    assertThat(tokens(text)).containsExactly("Voir", "https://fr.wikinews.org/wiki/France_:_attaque_à_Valence_(Drôme)",
        ",", "www.afp.com", "et", "écrire", "à", "jean.dupont@afp.fr", ".", "Source", ":", "Amazon.com", ".");
    assertThat(kinds("https://a.fr/x www.afp.com jean@afp.fr"))
        .containsExactly(Token.Kind.URL, Token.Kind.URL, Token.Kind.EMAIL);
  }

  @Test
  void keepsPunctuationRunsTogether() {
    assertThat(tokens("Quoi ?! Vraiment... – Oui…")).containsExactly("Quoi", "?!", "Vraiment", "...", "–", "Oui", "…");
  }

  @Test
  void tokenizesTheSameUnderTheTurkishLocale() {
    String text = "L'INSTITUT a-t-il dit qu'IL viendrait ? D'Istanbul, M. Erdoğan.";
    List<String> root = tokens(text);
    Locale.setDefault(Locale.forLanguageTag("tr"));
    assertThat(tokens(text)).isEqualTo(root).contains("L'", "INSTITUT", "qu'", "IL", "D'", "Istanbul", "M.");
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  «\u202fJe tiens\u202f», a-t-il dit.";
    for (Token token : tokenizer.tokenize(text)) {
      assertThat(token.span().of(text)).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
    }
  }
}
