package org.dateline.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.peers.CoreNlpFrenchNer.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpFrenchNerTest {

  private static CoreNlpFrenchNer ner;

  @BeforeAll
  static void loadCoreNlp() {
    ner = new CoreNlpFrenchNer();
  }

  /** Every span is a whole mention: inside the text, not blank, not cut in a word, in text order. */
  private static void assertSpansCutAtMentions(String text, List<Entity> entities) {
    int previousEnd = 0;
    for (Entity e : entities) {
      assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
      String mention = e.text(text);
      assertThat(mention).isEqualTo(text.substring(e.start(), e.end())).isNotBlank().isEqualTo(mention.strip());
      if (e.start() > 0) {
        assertThat(Character.isLetterOrDigit(text.charAt(e.start() - 1))).as("letter before %s", mention).isFalse();
      }
      if (e.end() < text.length()) {
        assertThat(Character.isLetterOrDigit(text.charAt(e.end()))).as("letter after %s", mention).isFalse();
      }
      assertThat(e.type()).isIn(CoreNlpFrenchNer.PERSON, CoreNlpFrenchNer.ORGANIZATION, CoreNlpFrenchNer.LOCATION,
          CoreNlpFrenchNer.MISC);
      previousEnd = e.end();
    }
  }

  @Test
  void findsPeopleAndPlacesWithOffsetsIntoTheText() {
    String text = "Sergueï Choïgou a rencontré Kim Jong-Un à Pyongyang, selon l'AFP.";

    List<Entity> found = ner.tag(text);

    assertSpansCutAtMentions(text, found);
    assertThat(found).extracting(Entity::type).contains(CoreNlpFrenchNer.PERSON, CoreNlpFrenchNer.LOCATION);
    // whatever CoreNLP makes of the rest, "Pyongyang" is a place and is cut where it is
    assertThat(found).filteredOn(e -> e.type().equals(CoreNlpFrenchNer.LOCATION))
        .extracting(e -> e.text(text)).contains("Pyongyang");
    assertThat(found).filteredOn(e -> e.type().equals(CoreNlpFrenchNer.PERSON))
        .extracting(Entity::start).containsAnyOf(text.indexOf("Sergueï"), text.indexOf("Kim"));
    assertThat(ner.lastTokenCount()).isBetween(10, 20);
  }

  @Test
  void offsetsAreUtf16IndicesPastSupplementaryCharactersAndMultiWordTokens() {
    String text = "🗞️ Édition 𝔸 : Emmanuel Macron est allé au Japon puis à Paris.";

    List<Entity> found = ner.tag(text);

    assertSpansCutAtMentions(text, found);
    assertThat(found).filteredOn(e -> e.type().equals(CoreNlpFrenchNer.LOCATION))
        .extracting(Entity::start).contains(text.indexOf("Paris"));
  }

  @Test
  void aLineEndEndsASentenceSoNoMentionCrossesIt() {
    // a headline without a full stop, then a paragraph, one line end apart, as Dateline reads articles
    String text = "Choïgou à Pyongyang pour renforcer les relations avec la Corée du Nord\n"
        + "Il a volé de Moscou à Pyongyang au nom de Vladimir Poutine.";

    List<Entity> found = ner.tag(text);

    assertSpansCutAtMentions(text, found);
    assertThat(found).isNotEmpty().noneSatisfy(e -> assertThat(e.text(text)).contains("\n"));
  }

  @Test
  void textWithoutEntitiesGivesNothing() {
    assertThat(ner.tag("")).isEmpty();
    assertThat(ner.lastTokenCount()).isZero();
    assertThat(ner.tag("le chat dort sur le canapé.")).isEmpty();
  }

  @Test
  void mapsCoreNlpTypesToDatelineTypes() {
    assertThat(CoreNlpFrenchNer.type("PER")).isEqualTo(CoreNlpFrenchNer.PERSON);
    assertThat(CoreNlpFrenchNer.type("I-PER")).isEqualTo(CoreNlpFrenchNer.PERSON);
    assertThat(CoreNlpFrenchNer.type("PERSON")).isEqualTo(CoreNlpFrenchNer.PERSON);
    assertThat(CoreNlpFrenchNer.type("ORG")).isEqualTo(CoreNlpFrenchNer.ORGANIZATION);
    assertThat(CoreNlpFrenchNer.type("ORGANIZATION")).isEqualTo(CoreNlpFrenchNer.ORGANIZATION);
    assertThat(CoreNlpFrenchNer.type("LOC")).isEqualTo(CoreNlpFrenchNer.LOCATION);
    assertThat(CoreNlpFrenchNer.type("LOCATION")).isEqualTo(CoreNlpFrenchNer.LOCATION);
    assertThat(CoreNlpFrenchNer.type("MISC")).isEqualTo(CoreNlpFrenchNer.MISC);
  }
}
