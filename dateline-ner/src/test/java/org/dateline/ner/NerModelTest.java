package org.dateline.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerModelTest {

  private static final Gazetteer GAZETTEER = new Gazetteer.Builder()
      .add(List.of("corée", "du", "nord"), "LOC").add(List.of("paris"), "LOC").add(List.of("russe"), "DEMONYM").build();

  /** A small, regular corpus: names after "M." are people, gazetteer places after "à" are places. */
  /** Each sentence a document of its own. */
  private static List<List<NerTrainer.Example>> corpus() {
    List<List<NerTrainer.Example>> data = new ArrayList<>();
    String[] people = {"Dupont", "Martin", "Durand", "Bernard", "Petit", "Moreau"};
    for (String p : people) {
      data.add(List.of(new NerTrainer.Example(List.of("M.", p, "est", "à", "Paris", "."),
          List.of("O", "B-PER", "O", "O", "B-LOC", "O"))));
      data.add(List.of(new NerTrainer.Example(List.of("Le", "ministre", "russe", "Jean", p, "visite", "la", "Corée", "du", "Nord", "."),
          List.of("O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O"))));
    }
    return data;
  }

  private static NerModel train() {
    return new NerTrainer().train(corpus(), GAZETTEER, new NerTrainer.Settings(5, 7, 1, true, 1, true), Map.of("test", "yes"), m -> { });
  }

  @Test
  void learnsARegularCorpusAndGeneralisesToANewName() {
    NerTagger tagger = new NerTagger(train());
    assertThat(tagger.tag(List.of("M.", "Lefebvre", "est", "à", "Paris", ".")))
        .containsExactly("O", "B-PER", "O", "O", "B-LOC", "O");
    assertThat(tagger.tag(List.of("Le", "ministre", "russe", "Jean", "Roux", "visite", "la", "Corée", "du", "Nord", ".")))
        .containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O");
  }

  @Test
  void aBeamTrainedModelLearnsTheSameCorpusAndKeepsItsWidth() throws IOException {
    NerModel model = new NerTrainer().train(corpus(), GAZETTEER, new NerTrainer.Settings(5, 7, 1, false, 3, true),
        Map.of(), m -> { });
    assertThat(model.metadata()).containsEntry("beam", "3");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    NerTagger tagger = new NerTagger(NerModel.load(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(tagger.tag(List.of("M.", "Lefebvre", "est", "à", "Paris", ".")))
        .containsExactly("O", "B-PER", "O", "O", "B-LOC", "O");
    assertThat(tagger.tag(List.of("Le", "ministre", "russe", "Jean", "Roux", "visite", "la", "Corée", "du", "Nord", ".")))
        .containsExactly("O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O");
    assertThat(tagger.tag(List.of())).isEmpty();
  }

  @Test
  void wordClassesLearntFromUnlabelledTextAreSavedWithTheModel() throws IOException {
    List<List<String>> unlabelled = new ArrayList<>();
    for (String city : List.of("Quimper", "Brest", "Paris", "Lorient")) {
      for (int k = 0; k < 4; k++) {
        unlabelled.add(List.of("Il", "habite", "à", city, "depuis", "longtemps", "."));
      }
    }
    NerModel model = new NerTrainer().train(corpus(), unlabelled, GAZETTEER,
        new NerTrainer.Settings(3, 7, 1, false, 2, true, 8), Map.of(), m -> { });
    WordClusters learnt = model.lexicon().clusters();
    assertThat(learnt.of("quimper")).as("a city only the unlabelled text names").isNotNegative()
        .isEqualTo(learnt.of("brest"));
    assertThat(model.metadata()).hasEntrySatisfying("wordClasses", c -> assertThat(c).contains("16 unlabelled"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(loaded.lexicon().clusters().classes()).isEqualTo(learnt.classes());
    assertThat(loaded.lexicon().clusters().classCount()).isEqualTo(8);
    List<String> sentence = List.of("Le", "ministre", "russe", "Jean", "Roux", "visite", "Quimper", ".");
    assertThat(new NerTagger(loaded).tag(sentence)).isEqualTo(new NerTagger(model).tag(sentence));
  }

  @Test
  void aWordTheDocumentNamedBeforeIsReadAsThatNameAgain() {
    List<List<NerTrainer.Example>> data = new ArrayList<>();
    String[] people = {"Dupont", "Martin", "Durand", "Bernard", "Petit", "Moreau"};
    String[] adverbs = {"Ensuite", "Alors", "Puis", "Enfin", "Ainsi", "Donc"};
    for (int k = 0; k < people.length; k++) {
      // a capitalised word opening "… part ." is a person when the article named it before, else not
      data.add(List.of(new NerTrainer.Example(List.of("M.", people[k], "est", "à", "Paris", "."),
              List.of("O", "B-PER", "O", "O", "B-LOC", "O")),
          new NerTrainer.Example(List.of(people[k], "part", "."), List.of("B-PER", "O", "O"))));
      data.add(List.of(new NerTrainer.Example(List.of("M.", people[(k + 1) % people.length], "est", "à", "Paris", "."),
              List.of("O", "B-PER", "O", "O", "B-LOC", "O")),
          new NerTrainer.Example(List.of(adverbs[k], "part", "."), List.of("O", "O", "O"))));
    }
    NerModel model = new NerTrainer().train(data, GAZETTEER, new NerTrainer.Settings(8, 3, 1, true, 1, false), Map.of(), m -> { });
    NerTagger tagger = new NerTagger(model);
    List<List<String>> tagged = tagger.tagDocument(List.of(List.of("M.", "Lefebvre", "est", "à", "Paris", "."),
        List.of("Lefebvre", "part", "."), List.of("Aussitôt", "part", ".")));
    assertThat(tagged.get(1)).containsExactly("B-PER", "O", "O");
    assertThat(tagged.get(2)).containsExactly("O", "O", "O");
    assertThat(model.metadata()).containsEntry("documentFeatures", "true");
  }

  @Test
  void isTheSameModelAfterSavingAndLoading() throws IOException {
    NerModel model = train();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    NerModel loaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(loaded.tags()).isEqualTo(model.tags());
    assertThat(loaded.metadata()).containsEntry("test", "yes").containsEntry("seed", "7").containsEntry("epochs", "5");
    List<String> sentence = List.of("M.", "Lefebvre", "est", "à", "Paris", ".");
    assertThat(new NerTagger(loaded).tag(sentence)).isEqualTo(new NerTagger(model).tag(sentence));
  }

  @Test
  void trainsTheSameModelTwiceWithTheSameSeed() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    train().save(a);
    train().save(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void refusesAStreamThatIsNoModel() {
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void readsSpansFromTagsAndNeverContinuesAnotherType() {
    assertThat(NerTagger.spans(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG")))
        .extracting(s -> s[0] + "-" + s[1]).containsExactly("0-2", "3-4", "4-5", "5-6");
    assertThat(NerTagger.allowed("I-PER", "B-PER")).isTrue();
    assertThat(NerTagger.allowed("I-PER", "B-LOC")).isFalse();
    assertThat(NerTagger.allowed("I-PER", "O")).isFalse();
  }

  @Test
  void findsTheLongestGazetteerName() {
    assertThat(GAZETTEER.find(List.of("la", "corée", "du", "nord", "et", "paris")))
        .containsExactly(new Gazetteer.Match(1, 4, "LOC"), new Gazetteer.Match(5, 6, "LOC"));
    assertThat(GAZETTEER.entries()).containsEntry("corée du nord", "LOC").hasSize(3);
  }
}
