package org.dateline.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.core.EntityType;
import org.junit.jupiter.api.Test;

class NameSpansTest {

  private final NameSpans spans = new NameSpans(new Gazetteer.Builder()
      .add(List.of("australien"), "DEMONYM").add(List.of("paris"), "LOC").build());

  private String trimmed(String sentence, EntityType type) {
    List<String> words = List.of(sentence.split(" "));
    int[] r = spans.trim(words, 0, words.size(), type);
    return String.join(" ", words.subList(r[0], r[1]));
  }

  @Test
  void aNameEndsBeforeADemonstrativeOrPossessive() {
    assertThat(trimmed("Kremlin en échange de ces livraisons", EntityType.ORGANIZATION)).isEqualTo("Kremlin");
    assertThat(trimmed("White House and its staff", EntityType.ORGANIZATION)).isEqualTo("White House");
    assertThat(trimmed("Chambre des communes", EntityType.ORGANIZATION)).isEqualTo("Chambre des communes");
  }

  @Test
  void functionWordsVerbOpenersAndPunctuationAreCutFromTheEdges() {
    assertThat(trimmed("d' Aix-les-Bains", EntityType.LOCATION)).isEqualTo("Aix-les-Bains");
    assertThat(trimmed("Fédération n'", EntityType.ORGANIZATION)).isEqualTo("Fédération");
    assertThat(trimmed("Bengt Holmström «", EntityType.PERSON)).isEqualTo("Bengt Holmström");
    assertThat(trimmed("Conseil européen des", EntityType.ORGANIZATION)).isEqualTo("Conseil européen");
    assertThat(trimmed("de la", EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void aNationalityBeforeAFullNameIsNotPartOfIt() {
    assertThat(trimmed("Australien Jacob Birtwhistle", EntityType.PERSON)).isEqualTo("Jacob Birtwhistle");
    // a listed place is not a demonym, and two words may be the whole name
    assertThat(trimmed("Paris Hilton Jr", EntityType.PERSON)).isEqualTo("Paris Hilton Jr");
    assertThat(trimmed("Australien Birtwhistle", EntityType.PERSON)).isEqualTo("Australien Birtwhistle");
  }
}
