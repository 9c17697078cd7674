package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Indirect reported content through the whole French pipeline. */
class FrenchClaimTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static Document analyze(String text) {
    return french.pipeline().apply(OneParagraph.of(text));
  }

  private static List<String> sources(Document doc, Claim claim) {
    return claim.sources().stream()
        .map(id -> doc.entities().stream().filter(e -> e.id().equals(id)).findFirst().map(Entity::name).orElse("?"))
        .toList();
  }

  @Test
  void readsSelonBeforeAndAfter() {
    Document doc = analyze("Selon l'AFP, le gouvernement a démissionné. Le gouvernement a démissionné, selon l'AFP.");
    assertThat(doc.claims()).hasSize(2).allSatisfy(c -> {
      assertThat(doc.text(c.span())).contains("le gouvernement a démissionné".substring(1));
      assertThat(sources(doc, c)).containsExactly("AFP");
      assertThat(c.cue()).isEqualToIgnoringCase("selon");
    });
  }

  @Test
  void readsAReportingVerbWithQueAndItsSubject() {
    Document doc = analyze("Mardi, le Kremlin a annoncé que les troupes russes se retiraient de la frontière.");
    assertThat(doc.claims()).singleElement().satisfies(c -> {
      assertThat(doc.text(c.span())).startsWith("les troupes russes se retiraient");
      assertThat(sources(doc, c)).containsExactly("Kremlin");
    });
  }

  @Test
  void readsAPassiveAccusationWithItsAgents() {
    Document doc = analyze("La Russie est accusée par Kiev et Varsovie d'avoir bombardé des civils.");
    assertThat(doc.claims()).singleElement().satisfies(c -> {
      assertThat(doc.text(c.span())).startsWith("avoir bombardé des civils");
      assertThat(sources(doc, c)).containsExactly("Kiev", "Varsovie");
    });
  }

  @Test
  void givesAPeopleTheEntityOfItsCountry() {
    Document doc = analyze("Les États-Unis ont envoyé des navires en mer de Chine, selon des responsables américains.");
    assertThat(doc.claims()).singleElement().satisfies(c -> assertThat(sources(doc, c)).containsExactly("États-Unis"));
  }

  @Test
  void makesNoClaimWithoutASource() {
    assertThat(analyze("Le gouvernement a annoncé que les écoles resteraient fermées.").claims()).isEmpty();
  }
}
