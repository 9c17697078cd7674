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
    Document doc = Document.of("test", text)
        .withStructure(List.of(new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withLanguage(Language.given("en")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE))
        .withPublicationDate(Optional.of(LocalDate.of(2025, 3, 22)));
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
    Document doc = analyze("Ukraine signed an agreement with the European Union.");
    assertThat(doc.entities()).extracting(Entity::name).containsExactly("Ukraine");
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
