package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/** Tokenizes each block of the article; no token crosses a block. */
public final class TokenStage implements Stage {

  private final Tokenizer tokenizer;

  public TokenStage(Tokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.STRUCTURE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public Document apply(Document document) {
    List<Token> tokens = new ArrayList<>();
    for (Block block : document.blocks()) {
      tokens.addAll(tokenizer.tokenize(document.text(), block.span().start(), block.span().end()));
    }
    return document.withTokens(tokens);
  }
}
