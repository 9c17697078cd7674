package org.dateline.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.junit.jupiter.api.Test;

class CountryLexiconTest {

  private static CountryLexicon lexicon(List<String[]> rows) throws IOException {
    StringWriter out = new StringWriter();
    CountryLexicon.write(rows, out);
    return CountryLexicon.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void preferTheStrongestReadingOfAName() throws IOException {
    CountryLexicon lexicon = lexicon(List.of(new String[] {"GBR", "CITY", "Washington"},
        new String[] {"USA", "CAPITAL", "Washington"}, new String[] {"BGR", "CITY", "Russe"},
        new String[] {"RUS", "DEMONYM", "russe"}, new String[] {"USA", "COUNTRY", "États-Unis"}));
    assertThat(lexicon.lookup("Washington")).contains(new CountryLexicon.Entry("USA", CountryLexicon.Kind.CAPITAL));
    assertThat(lexicon.lookup("russe")).contains(new CountryLexicon.Entry("RUS", CountryLexicon.Kind.DEMONYM));
    assertThat(lexicon.lookup("Etats-Unis")).contains(new CountryLexicon.Entry("USA", CountryLexicon.Kind.COUNTRY));
    assertThat(lexicon.lookup("Atlantis")).isEmpty();
  }

  @Test
  void refusesAMalformedLineNamingIt() {
    assertThatThrownBy(() -> CountryLexicon.read(new ByteArrayInputStream("RUS\tCOUNTRY\tRussie\nbad line\n"
        .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }

  @Test
  void theShippedLexiconKnowsCountriesCapitalsCitiesAndDemonyms() throws IOException {
    CountryLexicon lexicon = CountryLexicon.load();
    assertThat(lexicon.lookup("Corée du Nord").map(CountryLexicon.Entry::country)).contains("PRK");
    assertThat(lexicon.lookup("Moscou").map(CountryLexicon.Entry::country)).contains("RUS");
    assertThat(lexicon.lookup("Pjöngjang").map(CountryLexicon.Entry::country)).contains("PRK");
    assertThat(lexicon.lookup("nord-coréenne")).contains(new CountryLexicon.Entry("PRK", CountryLexicon.Kind.DEMONYM));
    assertThat(lexicon.lookup("Ukrainian").map(CountryLexicon.Entry::country)).contains("UKR");
  }

  @Test
  void theShippedLexiconGivesSovereignStatesTheirSharedDemonyms() throws IOException {
    CountryLexicon lexicon = CountryLexicon.load();
    // also the demonym of the French Southern Territories and of US and UK dependencies
    assertThat(lexicon.lookup("française").map(CountryLexicon.Entry::country)).contains("FRA");
    assertThat(lexicon.lookup("American").map(CountryLexicon.Entry::country)).contains("USA");
    assertThat(lexicon.lookup("britannique").map(CountryLexicon.Entry::country)).contains("GBR");
  }

  @Test
  void theCuratedListGivesAgenciesMediaAndSeatsOfGovernmentTheirCountry() throws IOException {
    CountryLexicon lexicon = CountryLexicon.load();
    assertThat(lexicon.lookup("AFP")).contains(new CountryLexicon.Entry("FRA", CountryLexicon.Kind.AGENCY));
    assertThat(lexicon.lookup("Il Giornale")).contains(new CountryLexicon.Entry("ITA", CountryLexicon.Kind.MEDIA));
    assertThat(lexicon.lookup("Maison Blanche")).contains(
        new CountryLexicon.Entry("USA", CountryLexicon.Kind.SEAT));
    assertThat(lexicon.lookup("elysee")).contains(new CountryLexicon.Entry("FRA", CountryLexicon.Kind.SEAT));
  }

  @Test
  void givesPlacesTheirCountryAndPeopleTheCountryOfTheirDemonym() throws IOException {
    CountryLexicon lexicon = lexicon(List.of(new String[] {"RUS", "CAPITAL", "Moscou"},
        new String[] {"RUS", "DEMONYM", "russe"}, new String[] {"UKR", "DEMONYM", "ukrainienne"}));
    String text = "Le président russe Vladimir Poutine est à Moscou. La presse ukrainienne. Vladimir Poutine parle.";
    List<Token> tokens = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}-]+|\\.").matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), Token.Kind.WORD));
    }
    int second = text.indexOf("La presse");
    int third = text.lastIndexOf("Vladimir");
    Document doc = Document.of("t", text).withTokens(tokens)
        .withSentences(List.of(new Sentence(new Span(0, second - 1)), new Sentence(new Span(second, third - 1)),
            new Sentence(new Span(third, text.length()))))
        .withEntities(List.of(
            new Entity("E1", EntityType.PERSON, "Vladimir Poutine", Optional.empty(), Optional.empty(),
                List.of(new Mention(new Span(text.indexOf("Vladimir"), text.indexOf(" est")), EntityType.PERSON))),
            new Entity("E2", EntityType.LOCATION, "Moscou", Optional.empty(), Optional.empty(),
                List.of(new Mention(new Span(text.indexOf("Moscou"), text.indexOf("Moscou") + 6), EntityType.LOCATION)))))
        .withLayers(java.util.Set.of(Layer.TOKENS, Layer.ENTITIES, Layer.SENTENCES));
    Document out = new CountryStage(lexicon).apply(doc);
    assertThat(out.entities()).extracting(e -> e.country().orElse("-")).containsExactly("RUS", "RUS");
    assertThat(out.demonyms()).extracting(d -> d.country()).containsExactly("RUS", "UKR");
  }
}
