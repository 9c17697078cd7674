package org.dateline.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Scoring hashes the parts of each feature; training writes them out: the two must name the same features. */
class FeatureSinkTest {

  private static final Gazetteer GAZETTEER = new Gazetteer.Builder().add(List.of("paris"), "LOC").build();

  @Property(tries = 200)
  void hashingThePartsIsHashingTheText(@ForAll @Size(min = 1, max = 8) List<@StringLength(max = 12) String> words,
      @ForAll boolean documentFeatures) {
    List<String> tokens = words.stream().map(w -> w.isEmpty() ? "Paris" : w).toList();
    NerFeatures.Sentence s = NerFeatures.prepare(tokens, new Lexicon(GAZETTEER, Casing.learn(List.of(tokens, tokens, tokens)), WordClusters.none()));
    NerFeatures.DocumentContext context = documentFeatures ? NerFeatures.DocumentContext.of(List.of(s))
        : NerFeatures.DocumentContext.UNUSED;
    NerFeatures.History history = new NerFeatures.History();
    for (int i = 0; i < tokens.size(); i++) {
      FeatureSink.Texts texts = new FeatureSink.Texts();
      FeatureSink.Hashes hashes = new FeatureSink.Hashes();
      for (FeatureSink sink : List.of(texts, hashes)) {
        NerFeatures.untagged(s, i, context, history, sink);
        NerFeatures.previous(s, i, "B-PER", sink);
        NerFeatures.twoPrevious("B-PER", "<s>", sink);
      }
      List<Long> fromText = texts.features().stream().map(FeatureTable::hash).toList();
      List<Long> streamed = new ArrayList<>();
      for (int k = 0; k < hashes.size(); k++) {
        streamed.add(hashes.get(k));
      }
      assertThat(streamed).isEqualTo(fromText);
      history.record(s, i, "B-PER");
    }
  }
}
