package org.dateline.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  /** Sentences where animals and cities each keep their own company, in a shuffled order. */
  private static List<List<String>> corpus(long seed) {
    List<String> animals = List.of("cat", "dog", "horse", "goat");
    List<String> cities = List.of("Paris", "London", "Berlin", "Madrid");
    List<String> verbs = List.of("sleeps", "runs", "eats");
    Random random = new Random(seed);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      out.add(List.of("the", animals.get(random.nextInt(4)), verbs.get(random.nextInt(3)), "."));
      out.add(List.of("we", "flew", "to", cities.get(random.nextInt(4)), "yesterday", "."));
    }
    return out;
  }

  @Test
  void wordsInTheSameCompanyShareAClassAndOthersDoNot() {
    WordClusters clusters = WordClusters.learn(corpus(1), 6, 3, 20);
    int cat = clusters.of("cat");
    int paris = clusters.of("paris");
    assertThat(List.of("dog", "horse", "goat")).allSatisfy(w -> assertThat(clusters.of(w)).isEqualTo(cat));
    assertThat(List.of("london", "berlin", "madrid")).allSatisfy(w -> assertThat(clusters.of(w)).isEqualTo(paris));
    assertThat(cat).isNotEqualTo(paris);
    assertThat(clusters.of("sleeps")).isNotEqualTo(cat).isNotEqualTo(paris);
  }

  @Test
  void rareWordsHaveNoClass() {
    List<List<String>> text = new ArrayList<>(corpus(2));
    text.add(List.of("the", "okapi", "sleeps", "."));
    WordClusters clusters = WordClusters.learn(text, 6, 3, 20);
    assertThat(clusters.of("okapi")).isEqualTo(-1);
    assertThat(clusters.size()).isEqualTo(17);
  }

  @Test
  void theSameTextGivesTheSameClasses() {
    assertThat(WordClusters.learn(corpus(3), 5, 2, 10).classes())
        .isEqualTo(WordClusters.learn(corpus(3), 5, 2, 10).classes());
  }

  @Test
  void everyClassIsWithinRange() {
    WordClusters clusters = WordClusters.learn(corpus(4), 4, 1, 5);
    assertThat(clusters.classes().values()).allSatisfy(c -> assertThat(c).isBetween(0, 3));
  }
}
