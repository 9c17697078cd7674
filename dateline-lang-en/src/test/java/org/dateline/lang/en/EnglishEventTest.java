package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Event;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English entities from the knowledge base and CAMEO events, through the whole English pipeline. */
class EnglishEventTest {

  private static English english;

  @BeforeAll
  static void load() throws IOException {
    english = English.load();
  }

  private static Document analyze(String text) {
    return analyze(text, LocalDate.of(2025, 3, 22));
  }

  private static Document analyze(String text, LocalDate date) {
    Document doc = Document.of("test", text)
        .withStructure(List.of(new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withLanguage(Language.given("en")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE))
        .withPublicationDate(Optional.of(date));
    return english.pipeline().apply(doc);
  }

  private static List<String> summary(Document doc) {
    return doc.events().stream().map(e -> e.cameo() + " " + e.actor1().code() + ">"
        + e.actor2().map(Event.Actor::code).orElse("-") + " " + e.factuality()).toList();
  }

  @Test
  void findsTheNamesTheKnowledgeBaseKnows() {
    Document doc = analyze("The United States and Britain met in Geneva. Later, Putin spoke to Joe Biden.");
    assertThat(doc.entities()).extracting(Entity::name)
        .contains("United States", "Britain", "Geneva", "Joe Biden");
    // a surname alone names the one person the index has by that name; "Obama" would not (three countries)
    assertThat(doc.entities()).filteredOn(e -> e.name().endsWith("Putin")).singleElement()
        .satisfies(e -> assertThat(e.country()).contains("RUS"));
    assertThat(analyze("Obama spoke.").entities()).isEmpty();
  }

  @Test
  void aCapitalisedWordInsideALongerNameIsNoCity() {
    Document doc = analyze("Ukraine signed an agreement with Tanzania in Kigoma Union Hall.");
    assertThat(doc.entities()).extracting(Entity::name).containsExactly("Ukraine", "Tanzania");
  }

  @Test
  void internationalOrganisationsAndArmedGroupsAreActorsWithTheirCameoCode() {
    // an IGO has no country: its code leads with its kind, where a country would stand
    assertThat(summary(analyze("Kenya signed a trade agreement with the European Union.")))
        .contains("057 KEN>IGOEUREEC ASSERTED");
    assertThat(analyze("Kenya signed a trade agreement with the European Union.").events())
        .extracting(e -> e.actor2().flatMap(Event.Actor::countryOrKind).orElse("---")).contains("IGO");
    // a country's armed group has the country and the rest of its code; "al-" opens a name
    assertThat(summary(analyze("Hamas fired rockets at Israel."))).containsExactly("190 PSEREBHMS>ISR ASSERTED");
    assertThat(summary(analyze("Last year al-Shabab attacked Kenya."))).containsExactly("190 SOMREB>KEN ASSERTED");
    // a short name is an acronym only in capitals
    assertThat(analyze("The UN condemned the coup.").entities()).extracting(Entity::name).containsExactly("UN");
    assertThat(analyze("Leaders met in Isis Hall.").entities()).extracting(Entity::name).isEmpty();
  }

  @Test
  void aSurnameAloneIsThePersonTheArticleNamedOrTheOfficialInOfficeAtItsDate() {
    // the article named him in full: his surname is him, not the Japanese town
    Document doc = analyze("Barack Obama flew to Kenya. Later, Obama met students.");
    assertThat(doc.entities()).filteredOn(e -> e.name().equals("Barack Obama")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    // in office at the article's date, even opening a sentence; in 2025 the index has him in no office
    assertThat(summary(analyze("Merkel criticised Greece.", LocalDate.of(2015, 6, 1))))
        .containsExactly("111 DEUGOV>GRC ASSERTED");
    assertThat(analyze("Merkel criticised Greece.", LocalDate.of(1990, 6, 1)).entities()).extracting(Entity::name)
        .containsExactly("Greece");
    // a title before the surname is no part of a longer name
    assertThat(summary(analyze("Later, President Obama visited Kenya.", LocalDate.of(2015, 6, 1))))
        .containsExactly("042 USAGOV>KEN ASSERTED");
  }

  @Test
  void codesSymmetricMeetingsBothWays() {
    assertThat(summary(analyze("The US, Russia and Switzerland met yesterday.")))
        .containsExactlyInAnyOrder("040 USA>RUS ASSERTED", "040 USA>CHE ASSERTED", "040 RUS>USA ASSERTED",
            "040 RUS>CHE ASSERTED", "040 CHE>USA ASSERTED", "040 CHE>RUS ASSERTED");
  }

  @Test
  void collectivesNamedByADemonymAreActors() {
    assertThat(summary(analyze("Syrian rebels engaged Filipino peacekeepers in a firefight.")))
        .containsExactly("193 SYRREB>PHLMIL ASSERTED");
    assertThat(summary(analyze("Georgian demonstrators launched missiles at the Georgian government.")))
        .containsExactly("190 GEOOPP>GEOGOV ASSERTED");
  }

  @Test
  void aCountrysLegislatureOrPeopleAreItsActors() {
    assertThat(summary(analyze("Kenya's parliament condemned Uganda."))).containsExactly("111 KENLEG>UGA ASSERTED");
    // a legislature capitalised in the singular is the institution, of no country the sentence names
    assertThat(summary(analyze("The Senate condemned Iran."))).containsExactly("111 LEG>IRN ASSERTED");
    // a demonym and a noun of people: the country, with no role
    assertThat(summary(analyze("Two Brazilian men attacked a Guyanese court."))).containsExactly("190 BRA>GUYJUD ASSERTED");
    // a title is no institution: the person (a given name makes him one) has no code from it
    assertThat(summary(analyze("General Marcus Quillfeather held talks with Kenya.")))
        .allSatisfy(s -> assertThat(s).startsWith("046 >KEN"));
  }

  @Test
  void anAppealIsCodedAndWhatItAsksForIsNot() {
    assertThat(summary(analyze("Germany asked Austria to release the journalists.")))
        .containsExactly("020 DEU>AUT ASSERTED");
    assertThat(summary(analyze("Germany wants Austria to attack Italy."))).containsExactly("020 DEU>AUT ASSERTED");
    // no infinitive, no appeal
    assertThat(summary(analyze("Germany wants Austria's support."))).isEmpty();
  }

  @Test
  void aStatedIntentIsAnIntentAThreatOrARefusal() {
    assertThat(summary(analyze("Peru wants to attack Chile."))).containsExactly("138 PER>CHL ASSERTED");
    assertThat(summary(analyze("Japan said it would free the Chinese fishermen.")))
        .containsExactly("034 JPN>CHN REPORTED");
    assertThat(summary(analyze("Japan said it would not provide aid to Chile."))).containsExactly("122 JPN>CHL REPORTED");
    // sending help needs no recipient, nor does the intent to send it
    assertThat(summary(analyze("Interpol said it will send a team of experts."))).containsExactly("033 IGOCOPITP>- REPORTED");
    // a plain future is the act, planned
    assertThat(summary(analyze("Japan will provide aid to Chile."))).containsExactly("070 JPN>CHL PLANNED");
  }

  @Test
  void whatIsReceivedFromSomeoneIsTheirGiving() {
    assertThat(summary(analyze("Georgian demonstrators received weapons from the Armenian government.")))
        .containsExactly("072 ARMGOV>GEOOPP ASSERTED");
  }

  @Test
  void aTopicIsNoPartyAndAnObjectNounIsNoEventOfItsOwn() {
    assertThat(summary(analyze("Kenya discussed the crisis with Uganda."))).containsExactly("040 KEN>UGA ASSERTED");
    assertThat(summary(analyze("Kenya discussed Somalia."))).isEmpty();
    // the summit is what is attended; the place is where
    assertThat(summary(analyze("Kenya will attend a summit in Ghana."))).containsExactly("043 KEN>GHA PLANNED");
    assertThat(summary(analyze("Chile presented evidence against Peru."))).containsExactly("112 CHL>PER ASSERTED");
    // people are deported, diplomats withdrawn
    assertThat(summary(analyze("Kenya expelled Ugandan journalists."))).containsExactly("174 KEN>UGA ASSERTED");
  }

  @Test
  void aCollectiveBelongsToTheOrganisationOrPlaceNamedWithIt() {
    // "hundreds of" governs nothing; the troops are the UN's
    assertThat(summary(analyze("Hundreds of UN troops withdrew from Kenya."))).containsExactly("087 IGOUNO>KEN ASSERTED");
    assertThat(summary(analyze("A court in Ghana jailed two Nigerian students.")))
        .containsExactly("173 GHAJUD>NGAEDU ASSERTED");
    assertThat(summary(analyze("Qatar expelled dissidents from Egypt."))).containsExactly("174 QAT>EGYOPP ASSERTED");
    assertThat(summary(analyze("UN inspectors will inspect the sites in Iran."))).containsExactly("090 IGOUNO>IRN PLANNED");
  }

  @Test
  void seekingToCooperateIsAnIntentAndAParticipleAfterANounHasThatNounForPatient() {
    assertThat(summary(analyze("Brazil and Peru are seeking to deepen ties.")))
        .containsExactlyInAnyOrder("032 BRA>PER ASSERTED", "032 PER>BRA ASSERTED");
    assertThat(summary(analyze("Interpol helped identify victims killed by Malaysian soldiers."))).isEmpty();
    assertThat(summary(analyze("Civilians were killed by Malaysian soldiers."))).containsExactly("190 MYSMIL>CVL ASSERTED");
  }

  @Test
  void toAllegeAnAttackIsToAccuseItsAuthor() {
    assertThat(summary(analyze("The US claimed that ISIL had attacked Iraq.")))
        .containsExactlyInAnyOrder("190 IMGMUSISI>IRQ ALLEGED", "112 USA>IMGMUSISI ASSERTED");
    assertThat(summary(analyze("Al-Shabab claimed responsibility for an attack in Kenya.")))
        .containsExactly("015 SOMREB>KEN ASSERTED");
  }

  @Test
  void aPartOfAPlaceAndAnObjectNounsComplementAreWhatIsActedOn() {
    assertThat(summary(analyze("Rebels shelled the outskirts of Kabul."))).containsExactly("194 REB>AFGGOV ASSERTED");
    assertThat(summary(analyze("Rebels shelled the embassy of Kenya."))).isEmpty();
    assertThat(summary(analyze("Sanctions against Iran were imposed by Canada."))).containsExactly("163 CAN>IRN ASSERTED");
  }

  @Test
  void pressureIsCoercionOnlyAsAVerb() {
    assertThat(summary(analyze("Kenya was pressured by Uganda."))).containsExactly("170 UGA>KEN ASSERTED");
    assertThat(summary(analyze("Kenya faces pressure from Uganda."))).isEmpty();
  }

  @Test
  void readsPassivesPlansAndNegation() {
    assertThat(summary(analyze("Iran was accused by Israel of lying."))).containsExactly("112 ISR>IRN ASSERTED");
    assertThat(summary(analyze("The United States will supply arms to Israel.")))
        .containsExactly("072 USA>ISR PLANNED");
    assertThat(summary(analyze("China did not sign the treaty with Japan."))).containsExactly("057 CHN>JPN NEGATED");
  }

  @Test
  void aNounWithItsModifierIsNotAVerb() {
    assertThat(analyze("Russia condemned a surprise visit to Kyiv.").events()).extracting(Event::cameo)
        .doesNotContain("042");
  }

  @Test
  void aMonthIsNoTownAndASpeakerBeforeTheCueIsFound() {
    Document doc = analyze("\"We will respond,\" Vladimir Putin said on 3 March, a Monday. Russia accused Ukraine of lying, "
        + "the Kremlin said.");
    assertThat(doc.entities()).extracting(Entity::name).doesNotContain("March");
    assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().flatMap(id -> doc.entities().stream()
        .filter(e -> e.id().equals(id)).findFirst()).map(Entity::name)).contains("Vladimir Putin"));
    // the accusation inside is a claim of Russia's (ObjectCues), the sentence the Kremlin's
    assertThat(doc.claims()).filteredOn(c -> c.cue().equals("said")).singleElement()
        .satisfies(c -> assertThat(doc.text(c.span())).isEqualTo("Russia accused Ukraine of lying"));
    assertThat(doc.events()).singleElement().satisfies(e -> assertThat(e.factuality()).isEqualTo(Event.Factuality.REPORTED));
  }

  @Test
  void aNameNextToAReportingVerbIsASpeakerAndHeIsTheLastPerson() {
    Document doc = analyze("\"We will win this state,\" Sen. Marcus Quillfeather said on Monday. "
        + "\"And we will win the next one,\" he added. Quillfeather told reporters the campaign had money.");
    assertThat(doc.entities()).filteredOn(e -> e.name().equals("Marcus Quillfeather")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    assertThat(doc.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker().flatMap(id -> doc.entities().stream()
        .filter(e -> e.id().equals(id)).findFirst()).map(Entity::name)).contains("Marcus Quillfeather"));
    assertThat(doc.claims()).singleElement().satisfies(c -> assertThat(doc.text(c.span()))
        .isEqualTo("the campaign had money."));
  }

  @Test
  void aWholeQuoteRightAfterAnAttributedOneContinuesIt() {
    Document doc = analyze("\"We will win this state,\" Sen. Marcus Quillfeather said. \"And we will win the next one.\"");
    assertThat(doc.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speaker().flatMap(id -> doc.entities().stream()
        .filter(e -> e.id().equals(id)).findFirst()).map(Entity::name)).contains("Marcus Quillfeather"));
    assertThat(doc.quotes().get(1).cue()).isEmpty();
  }

  @Test
  void aSpeakerMayStandBeforeAnApposition() {
    Document doc = analyze("\"The plan is sound,\" Jane Quillfeather, a spokeswoman for the ministry, said.");
    assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().flatMap(id -> doc.entities()
        .stream().filter(e -> e.id().equals(id)).findFirst()).map(Entity::name)).contains("Jane Quillfeather"));
  }

  @Test
  void theSpeakerAfterAnOrganisationAndARoleIsThePerson() {
    Document doc = analyze("\"They owned us,\" said Oilers head coach Marcus Quillfeather.");
    assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().flatMap(id -> doc.entities()
        .stream().filter(e -> e.id().equals(id)).findFirst()).map(Entity::name)).contains("Marcus Quillfeather"));
    // a surname alone is spelled exactly and never opens a sentence: "Some", "During" are words
    assertThat(analyze("During the war, Brooks stayed home.").entities()).isEmpty();
  }

  @Test
  void thePersonNearestTheCueSpeaksNotThePlaceBeforeHim() {
    Document doc = analyze("\"That was not good,\" Vancouver coach Marcus Quillfeather said.");
    assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().flatMap(id -> doc.entities()
        .stream().filter(e -> e.id().equals(id)).findFirst()).map(Entity::name)).contains("Marcus Quillfeather"));
  }
}
