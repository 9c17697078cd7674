package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Event;
import org.dateline.core.Event.Factuality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CAMEO events through the whole French pipeline, on sentences written for the rules, not from the seed. */
class FrenchEventTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static Document analyze(String text) {
    return french.pipeline().apply(OneParagraph.of(text).withPublicationDate(Optional.of(LocalDate.of(2025, 3, 22))));
  }

  /** "code actor1-country>actor2-country factuality", the parts a reader checks first. */
  private static List<String> summary(Document doc) {
    return doc.events().stream().map(e -> e.cameo() + " " + country(e.actor1()) + ">"
        + e.actor2().map(FrenchEventTest::country).orElse("-") + " " + e.factuality()).toList();
  }

  private static String country(Event.Actor actor) {
    return actor.country().orElse("?");
  }

  private static String name(Document doc, String id) {
    return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst().map(Entity::name).orElse("?");
  }

  @Test
  void codesAMeetingWithItsPlaceAndTheArticleDate() {
    Document doc = analyze("La Chine a rencontré l'Inde à Pékin.");
    assertThat(summary(doc)).containsExactly("040 CHN>IND ASSERTED");
    Event meeting = doc.events().get(0);
    assertThat(meeting.location().map(id -> name(doc, id))).contains("Pékin");
    assertThat(meeting.time()).contains("2025-03-22");
    assertThat(meeting.label()).isEqualTo("Consult");
  }

  @Test
  void takesTheTimeTheSentenceStates() {
    Document doc = analyze("La Russie a envahi l'Ukraine le 24 février 2022.");
    assertThat(summary(doc)).containsExactly("192 RUS>UKR ASSERTED");
    assertThat(doc.events().get(0).time()).contains("2022-02-24");
  }

  @Test
  void readsThePassiveAgentAsTheFirstActor() {
    Document doc = analyze("La Syrie est accusée par la Turquie de mentir.");
    assertThat(summary(doc)).containsExactly("112 TUR>SYR ASSERTED");
  }

  @Test
  void aPassiveWithoutAnAgentNamesNoActor() {
    assertThat(analyze("Le ministre a été assassiné par balles à Bujumbura.").events()).isEmpty();
  }

  @Test
  void plansAndPossibilitiesAreNotFacts() {
    assertThat(summary(analyze("Le gouvernement allemand envisage de livrer des chars à l'Ukraine.")))
        .containsExactly("072 DEU>UKR PLANNED");
    Document possible = analyze("La Chine pourrait fournir des armes à la Russie.");
    assertThat(summary(possible)).containsExactly("072 CHN>RUS HYPOTHETICAL");
    assertThat(possible.events().get(0).time()).isEmpty();
  }

  @Test
  void negationIsRead() {
    assertThat(summary(analyze("La Turquie n'a pas signé l'accord avec la Grèce.")))
        .containsExactly("057 TUR>GRC NEGATED");
  }

  @Test
  void aReportedEventCarriesItsSource() {
    Document doc = analyze("Selon la Pologne, la Russie a déployé des missiles en Biélorussie.");
    assertThat(summary(doc)).containsExactly("154 RUS>BLR REPORTED");
    assertThat(doc.events().get(0).sources()).extracting(id -> name(doc, id)).containsExactly("Pologne");
  }

  @Test
  void aPurposeIsNotAnEvent() {
    assertThat(summary(analyze("Le Japon s'est rendu en Corée du Sud pour rencontrer la Chine.")))
        .containsExactly("042 JPN>KOR ASSERTED");
  }

  @Test
  void aCoordinatedVerbSharesTheSubject() {
    assertThat(summary(analyze("L'Iran a testé un missile et a menacé Israël.")))
        .containsExactly("150 IRN>- ASSERTED", "130 IRN>ISR ASSERTED");
  }

  @Test
  void anEventNounTakesItsAgentFromItsComplement() {
    assertThat(summary(analyze("La visite de la Chine en Russie a duré trois jours.")))
        .containsExactly("042 CHN>RUS ASSERTED");
  }

  @Test
  void aNounIsNotAVerb() {
    assertThat(analyze("La menace de la Russie inquiète la Pologne.").events()).isEmpty();
    assertThat(analyze("La France a une capacité de frappe contre l'Iran.").events()).isEmpty();
  }

  @Test
  void codesRelationsReleasesAndShootingsDown() {
    assertThat(summary(analyze("La Pologne a rappelé son ambassadeur en Russie.")))
        .containsExactly("161 POL>RUS ASSERTED");
    assertThat(summary(analyze("Les rebelles ont libéré les otages français."))).containsExactly("084 ?>FRA ASSERTED");
    assertThat(summary(analyze("L'armée syrienne a abattu un drone turc."))).containsExactly("190 SYR>TUR ASSERTED");
  }

  @Test
  void aGovernmentNamedByItsDemonymIsItsCountry() {
    Document doc = analyze("Les forces ukrainiennes ont attaqué la Russie.");
    assertThat(summary(doc)).containsExactly("190 UKR>RUS ASSERTED");
    assertThat(doc.events().get(0).actor1().entity()).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Timeout(120) // a guard against a quadratic walk, not a measurement
  void aHostileSentenceOfThousandsOfActorsAndVerbsFinishes() {
    String list = String.join(", ", java.util.Collections.nCopies(3000, "la Russie a menacé la Pologne et l'Ukraine"));
    Document doc = analyze(list + ".");
    assertThat(doc.events()).isNotEmpty().allSatisfy(e -> assertThat(e.cameo()).isEqualTo("130"));
  }
}
