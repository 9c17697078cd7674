package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dateline.core.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private static final String FRENCH = "Le ministre a déclaré mardi que le gouvernement entendait respecter les "
      + "engagements pris l'an dernier envers ses partenaires, malgré les critiques de l'opposition. ";
  private static final String ENGLISH = "The minister said on Tuesday that the government would keep the "
      + "commitments it made last year to its partners, despite criticism from the opposition. ";

  private static LanguageIdentifier identifier;

  @BeforeAll
  static void load() throws IOException {
    identifier = LanguageIdentifier.load();
  }

  @Test
  void namesFrenchAndEnglishProse() {
    assertThat(identifier.identify(FRENCH).map(Language::code)).hasValue("fr");
    assertThat(identifier.identify(ENGLISH).map(Language::code)).hasValue("en");
  }

  @Test
  void aLongArticleIsJudgedOnItsBeginning() {
    assertThat(identifier.identify(FRENCH.repeat(200)).map(Language::code)).hasValue("fr");
    assertThat(identifier.identify(ENGLISH.repeat(200) + FRENCH.repeat(200)).map(Language::code)).hasValue("en");
  }

  @Test
  void readsOnWhenTheBeginningSaysTooLittle() {
    // a table of names and figures tells no language; the prose after it does
    String names = "Kim Jong-Un 2025 Pyongyang 12 Choïgou 14h30 Moscou 10.000 ".repeat(20);
    assertThat(names.length()).isGreaterThan(1000);
    assertThat(identifier.identify(names + FRENCH.repeat(12)).map(Language::code)).hasValue("fr");
  }

  @Test
  void tooFewLettersIsNoLanguage() {
    assertThat(identifier.identify("12 34 — 56")).isEmpty();
    assertThat(identifier.identify("")).isEmpty();
  }
}
