package org.dateline.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CasingTest {

  private static List<String> sentence(String text) {
    return List.of(text.split(" "));
  }

  @Test
  void learnsHowAWordIsWrittenInsideSentencesNotAtTheirStart() {
    Casing casing = Casing.learn(List.of(
        sentence("Hier Paris a voté ."), sentence("On aime Paris et Lyon ."), sentence("Il part pour Paris ."),
        sentence("Get out , said Get ."), sentence("They get it , we get it and you get it ."),
        sentence("Le Monde et le monde ."), sentence("Un monde , le Monde , ce monde .")));
    assertThat(casing.of("paris")).isEqualTo("upper");
    assertThat(casing.of("get")).isEqualTo("mostly-lower"); // capitalised 1 time in 4 inside a sentence
    assertThat(casing.of("monde")).isEqualTo("mostly-lower");
    assertThat(casing.of("lyon")).isEqualTo("unknown"); // seen once
    assertThat(casing.of("hier")).isEqualTo("unknown"); // only ever opening a sentence
  }

  @Test
  void aHeadlineInCapitalsTeachesNothing() {
    List<String> headline = sentence("SOCCER - JAPAN GET LUCKY WIN");
    assertThat(Casing.learn(List.of(headline, headline, headline)).size()).isZero();
  }

  @Test
  void aModelKeepsItsCasingTableThroughSavingAndLoading() throws Exception {
    List<List<NerTrainer.Example>> data = List.of(List.of(
        new NerTrainer.Example(sentence("Hier Paris a voté ."), List.of("O", "B-LOC", "O", "O", "O")),
        new NerTrainer.Example(sentence("On aime Paris ."), List.of("O", "O", "B-LOC", "O")),
        new NerTrainer.Example(sentence("Il part pour Paris ."), List.of("O", "O", "O", "B-LOC", "O"))));
    NerModel model = new NerTrainer().train(data, Gazetteer.empty(), new NerTrainer.Settings(2, 1, 1, false, 1, true),
        java.util.Map.of(), m -> { });
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    model.save(out);
    NerModel loaded = NerModel.load(new java.io.ByteArrayInputStream(out.toByteArray()));
    assertThat(loaded.lexicon().casing().of("paris")).isEqualTo("upper");
    assertThat(loaded.metadata()).containsEntry("casing", "1 words");
  }
}
