package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Role descriptions and acronym definitions becoming mentions of the entities they denote. */
class FrenchDescriptionTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static Document analyze(String text) {
    return french.pipeline().apply(OneParagraph.of(text));
  }

  private static Optional<Entity> entityMentioning(Document doc, String text) {
    return doc.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> doc.text(m.span()).equals(text))).findFirst();
  }

  private static List<String> mentions(Document doc, Entity e) {
    return e.mentions().stream().map(m -> doc.text(m.span())).toList();
  }

  @Test
  void aDescriptionDenotesTheLastPersonOfUnknownCountry() {
    Document doc = analyze("Emmanuel Macron a reçu Olaf Scholz à Paris mardi. "
        + "Le chancelier allemand a salué une rencontre très constructive.");
    assertThat(entityMentioning(doc, "Le chancelier allemand")).hasValueSatisfying(e -> {
      assertThat(mentions(doc, e)).contains("Olaf Scholz");
      assertThat(e.country()).contains("DEU");
      assertThat(e.mentions()).filteredOn(m -> doc.text(m.span()).equals("Le chancelier allemand"))
          .singleElement().satisfies(m -> assertThat(m.isName()).isFalse());
      assertThat(e.mentions()).filteredOn(m -> doc.text(m.span()).equals("Olaf Scholz"))
          .allSatisfy(m -> assertThat(m.isName()).isTrue());
    });
    assertThat(entityMentioning(doc, "Emmanuel Macron")).hasValueSatisfying(
        e -> assertThat(mentions(doc, e)).doesNotContain("Le chancelier allemand"));
  }

  @Test
  void aDescriptionPrefersThePersonOfItsCountry() {
    Document doc = analyze("Le président ukrainien, Volodymyr Zelensky, a rencontré Olaf Scholz à Berlin. "
        + "Plus tard, le dirigeant ukrainien a quitté la capitale.");
    assertThat(entityMentioning(doc, "Volodymyr Zelensky")).hasValueSatisfying(e -> {
      assertThat(mentions(doc, e)).contains("Le président ukrainien", "le dirigeant ukrainien");
      assertThat(e.country()).contains("UKR");
    });
  }

  @Test
  void aRoleKeepsTheWordsBeforeItsNoun() {
    Document doc = analyze("Le Premier ministre japonais, Shinzo Abe, a visité Kiev mardi.");
    assertThat(entityMentioning(doc, "Shinzo Abe")).hasValueSatisfying(e -> {
      assertThat(mentions(doc, e)).contains("Le Premier ministre japonais");
      assertThat(e.country()).contains("JPN");
    });
  }

  @Test
  void aDescriptionWithNoOneToDenoteStaysOutOfTheEntities() {
    Document doc = analyze("Le président russe a promis de répondre.");
    assertThat(entityMentioning(doc, "Le président russe")).isEmpty();
  }

  @Test
  void aDescriptionBeforeAnAcronymDefinesTheOrganisation() {
    Document doc = analyze("L'agence de presse officielle iranienne (IRNA) a annoncé la libération des otages.");
    assertThat(entityMentioning(doc, "IRNA")).hasValueSatisfying(
        e -> assertThat(mentions(doc, e)).contains("L'agence de presse officielle iranienne"));
  }

  @Test
  void aBareRoleDenotesThePersonLastDescribedWithIt() {
    Document doc = analyze("Emmanuel Macron a reçu Olaf Scholz à Paris mardi. "
        + "Le chancelier allemand a salué une rencontre constructive. Le chancelier a ensuite quitté Paris.");
    assertThat(entityMentioning(doc, "Le chancelier")).hasValueSatisfying(e -> assertThat(e.name()).contains("Scholz"));
    Document alone = analyze("Emmanuel Macron a reçu Olaf Scholz à Paris. Le chancelier a ensuite quitté Paris.");
    assertThat(entityMentioning(alone, "Le chancelier")).isEmpty();
  }
}
