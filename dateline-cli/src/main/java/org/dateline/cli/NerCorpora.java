package org.dateline.cli;

import java.io.IOException;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Pipeline;
import org.dateline.eval.GoldDocument;
import org.dateline.io.StructureStage;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;

/** Segments corpus documents the way the language pipeline does, for NER training and evaluation. */
final class NerCorpora {

  private final Pipeline structure = Pipeline.builder().given(Layer.LANGUAGE).add(new StructureStage()).build();
  private final Pipeline segmentation;
  private final Language language;

  NerCorpora(String lang) throws IOException {
    this.language = Language.given(lang);
    this.segmentation = lang.equals("fr") ? French.loadSegmentation() : English.loadSegmentation();
  }

  Document segment(GoldDocument gold) {
    Document doc = gold.toDocument(language);
    return segmentation.apply(structure.apply(doc));
  }

  /** The token texts of each sentence of a plain text, segmented as the pipeline does. */
  java.util.List<java.util.List<String>> sentences(String id, String text) {
    Document doc = segmentation.apply(structure.apply(Document.of(id, text).withLanguage(language)
        .withLayers(java.util.Set.of(Layer.LANGUAGE))));
    return doc.tokensBySentence().stream().filter(tokens -> !tokens.isEmpty())
        .map(tokens -> tokens.stream().map(t -> doc.text(t.span())).toList()).toList();
  }
}
