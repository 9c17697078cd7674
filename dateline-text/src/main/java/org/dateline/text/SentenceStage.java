package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Sentences of each block: a headline, a dateline or a section heading is one sentence, a
 * paragraph is split by the {@link SentenceSplitter}. Sentences are made of whole tokens.
 */
public final class SentenceStage implements Stage {

  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.STRUCTURE, Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Document apply(Document document) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = document.tokens();
    int t = 0;
    for (Block block : document.blocks()) {
      int first = t;
      while (t < tokens.size() && block.span().contains(tokens.get(t).span())) {
        t++;
      }
      List<Token> blockTokens = tokens.subList(first, t);
      if (blockTokens.isEmpty()) {
        continue;
      }
      if (block.kind() == Block.Kind.PARAGRAPH) {
        for (Span span : splitter.split(document.text(), block.span(), blockTokens)) {
          sentences.add(new Sentence(span));
        }
      } else {
        Span whole = new Span(blockTokens.get(0).span().start(),
            blockTokens.get(blockTokens.size() - 1).span().end());
        sentences.add(new Sentence(whole));
      }
    }
    return document.withSentences(sentences);
  }
}
