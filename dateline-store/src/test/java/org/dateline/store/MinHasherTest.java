package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MinHasherTest {

  @Property(tries = 200)
  void aTextIsItsOwnNearDuplicate(@ForAll("anyText") String text) {
    int[] sig = TextFingerprint.of(text).minhash();
    assertThat(MinHasher.similarity(sig, sig)).isEqualTo(1.0);
    assertThat(MinHasher.bandKeys(sig)).isEqualTo(MinHasher.bandKeys(MinHasher.fromBytes(MinHasher.toBytes(sig))));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> anyText() {
    return net.jqwik.api.Arbitraries.strings().ofMaxLength(400);
  }

  /** The estimate stays within five standard errors (0.044 each at most, with 128 values) of the true Jaccard. */
  @Property(tries = 200)
  void theSimilarityEstimatesTheJaccardOfTheSets(@ForAll @IntRange(min = 1, max = 400) int shared,
      @ForAll @IntRange(min = 0, max = 400) int onlyA, @ForAll @IntRange(min = 0, max = 400) int onlyB,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    Random random = new Random(seed);
    Set<Long> a = new HashSet<>();
    Set<Long> b = new HashSet<>();
    while (a.size() < shared) {
      long x = random.nextLong();
      a.add(x);
      b.add(x);
    }
    while (a.size() < shared + onlyA) {
      a.add(random.nextLong());
    }
    while (b.size() < shared + onlyB) {
      long x = random.nextLong();
      if (!a.contains(x)) {
        b.add(x);
      }
    }
    double jaccard = shared / (double) (shared + onlyA + onlyB);
    double estimate = MinHasher.similarity(MinHasher.signature(a), MinHasher.signature(b));
    assertThat(estimate).isCloseTo(jaccard, org.assertj.core.data.Offset.offset(0.22));
  }

  @Property(tries = 100)
  void aCopyWithOneWordChangedInAHundredIsANearDuplicate(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
    Random random = new Random(seed);
    String[] words = TestArticles.randomText(random, 400).split(" ");
    String original = String.join(" ", words);
    for (int i = random.nextInt(100); i < words.length; i += 100) {
      words[i] = "modifié";
    }
    String copy = "AFP - " + String.join(" ", words) + " © Tous droits réservés.";
    double similarity = MinHasher.similarity(TextFingerprint.of(original).minhash(), TextFingerprint.of(copy).minhash());
    assertThat(similarity).isGreaterThanOrEqualTo(DuplicateFinder.NEAR_DUPLICATE_SIMILARITY);
  }

  @Property(tries = 100)
  void unrelatedTextsAreNot(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
    Random random = new Random(seed);
    double similarity = MinHasher.similarity(TextFingerprint.of(TestArticles.randomText(random, 300)).minhash(),
        TextFingerprint.of(TestArticles.randomText(random, 300)).minhash());
    assertThat(similarity).isLessThan(0.3);
  }

  @Property(tries = 100)
  void spacingCaseAndAccentsDoNotChangeTheShingles(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
    String text = TestArticles.randomText(new Random(seed), 60);
    String respelled = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toUpperCase(java.util.Locale.ROOT).replace(" ", "  \n");
    assertThat(Shingler.shingles(respelled)).isEqualTo(Shingler.shingles(text));
  }
}
