package org.dateline.lang.en;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Span;

/** English test text through the whole pipeline, each paragraph (separated by a blank line) a block. */
final class EnglishParagraphs {

  private EnglishParagraphs() {}

  static Document analyze(English english, String text, LocalDate published) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (String part : text.split("\n\n", -1)) {
      blocks.add(new Block(new Span(start, start + part.length()), Block.Kind.PARAGRAPH));
      start += part.length() + 2;
    }
    Document doc = Document.of("test", text).withStructure(blocks, Optional.empty())
        .withLanguage(Language.given("en")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE))
        .withPublicationDate(Optional.of(published));
    return english.pipeline().apply(doc);
  }
}
