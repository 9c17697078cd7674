package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Countries the article itself gives: a demonym closing an institution's name, a parenthesis, a medium. */
class FrenchCountryTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static Optional<Entity> entity(String text, String name) {
    Document doc = french.pipeline().apply(OneParagraph.of(text));
    return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void anInstitutionTakesItsLowerCaseComplementAndItsDemonym() {
    assertThat(entity("Le Conseil de sécurité iranien a rejeté la proposition américaine.", "Conseil de sécurité iranien"))
        .hasValueSatisfying(e -> assertThat(e.country()).contains("IRN"));
  }

  @Test
  void aPlaceExplainedInParenthesesTakesTheirDemonym() {
    assertThat(entity("Des soldats ont débarqué mardi à Hokkaido (la plus septentrionale des îles de l'archipel "
        + "japonais).", "Hokkaido")).hasValueSatisfying(e -> assertThat(e.country()).contains("JPN"));
  }

  @Test
  void aWriterTakesTheCountryOfHisMedium() {
    assertThat(entity("« La guerre ne finira pas cette année », écrit Marco Bellini dans « Il Giornale ».",
        "Marco Bellini")).hasValueSatisfying(e -> assertThat(e.country()).contains("ITA"));
  }

  @Test
  void anOrganisationHoldingADemonymInItsNameTakesItsCountry() {
    assertThat(entity("Hier, l'Armée syrienne libre a attaqué la ville.", "Armée syrienne libre"))
        .hasValueSatisfying(e -> assertThat(e.country()).contains("SYR"));
  }

  @Test
  void aListedNewspaperInGuillemetsIsANameEvenWhenTheTaggerMissesIt() {
    Document doc = french.pipeline().apply(OneParagraph.of(
        "Selon un éditorial publié lundi dans «Die Zeit», la coalition est divisée."));
    assertThat(doc.entities()).filteredOn(e -> e.name().equals("Die Zeit")).singleElement()
        .satisfies(e -> assertThat(e.country()).contains("DEU"));
  }
}
