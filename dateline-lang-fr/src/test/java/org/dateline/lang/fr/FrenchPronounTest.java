package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dateline.core.Document;
import org.dateline.core.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subject pronouns opening a sentence, through the whole French pipeline. */
class FrenchPronounTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  /** "name: pronoun text" for every pronoun mention. */
  private static List<String> pronouns(String text) {
    Document doc = french.pipeline().apply(OneParagraph.of(text));
    return doc.entities().stream().flatMap(e -> e.mentions().stream().filter(m -> m.form() == Mention.Form.PRONOUN)
        .map(m -> e.name() + ": " + doc.text(m.span()))).toList();
  }

  @Test
  void aPronounOpeningASentenceContinuesThePreviousSubject() {
    assertThat(pronouns("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Il a ensuite rejoint Bruxelles."))
        .singleElement().asString().endsWith("Macron: Il");
  }

  @Test
  void impersonalAndQuotedPronounsAreNoMentions() {
    assertThat(pronouns("Emmanuel Macron a reçu Olaf Scholz. Il y a deux ans, ils s'étaient brouillés.")).isEmpty();
    assertThat(pronouns("Emmanuel Macron a reçu Olaf Scholz. Il est possible que l'accord soit signé.")).isEmpty();
    assertThat(pronouns("Emmanuel Macron a parlé. « Il viendra demain », a-t-il ajouté.")).isEmpty();
  }
}
