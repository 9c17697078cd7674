package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities through the whole French pipeline: one name, one entity across the article. */
class FrenchEntityTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static long mentionsOf(Document doc, Entity entity, String text) {
    return entity.mentions().stream().filter(m -> doc.text(m.span()).equals(text)).count();
  }

  @Test
  void aFamilyNameWrittenFirstStandsForThePersonWhereverItStandsAlone() {
    Document doc = french.pipeline().apply(OneParagraph.of("Moon Jae-in a reçu le ministre à Séoul. "
        + "Selon les conseillers de Moon, la rencontre a duré deux heures. Moon a ensuite quitté Séoul."));
    assertThat(doc.entities()).filteredOn(e -> mentionsOf(doc, e, "Moon Jae-in") > 0).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.PERSON);
          assertThat(mentionsOf(doc, e, "Moon")).isEqualTo(2);
        });
  }

  @Test
  void aPersonNamedInFullIsLinkedToTheKnowledgeBaseWhateverTheSpelling() {
    Document doc = french.pipeline().apply(OneParagraph.of("Vladimir Poutine a reçu Xi Jinping au Kremlin. "
        + "Poutine a salué une amitié sans limites. Jean-Kévin Pastourelle, un habitant, a regardé le cortège."));
    assertThat(doc.entities()).filteredOn(e -> mentionsOf(doc, e, "Vladimir Poutine") > 0).singleElement()
        .satisfies(e -> {
          assertThat(e.kbId()).contains("Q7747");
          assertThat(e.name()).isEqualTo("Vladimir Putin");
          assertThat(e.country()).contains("RUS");
          assertThat(mentionsOf(doc, e, "Poutine")).isEqualTo(1);
        });
    assertThat(doc.entities()).filteredOn(e -> mentionsOf(doc, e, "Xi Jinping") > 0).singleElement()
        .satisfies(e -> assertThat(e.country()).contains("CHN"));
    assertThat(doc.entities()).filteredOn(e -> e.name().contains("Pastourelle"))
        .allSatisfy(e -> assertThat(e.kbId()).isEmpty());
  }

  @Test
  void aGivenNameWrittenLastIsNotTakenForAFamilyName() {
    Document doc = french.pipeline().apply(OneParagraph.of("Dominique Strauss-Kahn est arrivé à Paris. "
        + "Dominique, son voisin, l'attendait."));
    assertThat(doc.entities()).filteredOn(e -> mentionsOf(doc, e, "Dominique Strauss-Kahn") > 0)
        .allSatisfy(e -> assertThat(mentionsOf(doc, e, "Dominique")).isZero());
  }
}
