package org.dateline.lang.fr;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Span;

/** A French text as the structure and language stages would hand it over: one paragraph. */
final class OneParagraph {

  private OneParagraph() {}

  static Document of(String text) {
    return Document.of("test", text)
        .withStructure(List.of(new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withLanguage(Language.given("fr")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE));
  }
}
