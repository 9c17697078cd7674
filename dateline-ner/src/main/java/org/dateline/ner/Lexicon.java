package org.dateline.ner;

import java.util.Objects;

/**
 * What a model knows of words besides its weights, fixed when it is trained and saved with it: the
 * gazetteer's names, how each word is usually capitalised, and the word classes learnt from text.
 */
record Lexicon(Gazetteer gazetteer, Casing casing, WordClusters clusters) {

  Lexicon {
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(casing, "casing");
    Objects.requireNonNull(clusters, "clusters");
  }
}
