package org.dateline.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Quantity;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.TimeExpression;
import org.dateline.core.Token;

/** Reads the quantities of each sentence; numbers inside time expressions ("22 mars 2025") count nothing. */
public final class QuantityStage implements Stage {

  private final QuantityReader reader;

  public QuantityStage(QuantityReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Span> times = document.times().stream().map(TimeExpression::span).toList();
    List<Token> tokens = document.tokens();
    List<Quantity> quantities = new ArrayList<>();
    int t = 0;
    for (Sentence sentence : document.sentences()) {
      while (t < tokens.size() && tokens.get(t).span().start() < sentence.span().start()) {
        t++;
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).span().end() <= sentence.span().end()) {
        t++;
      }
      List<Span> excluded = times.stream().filter(s -> s.overlaps(sentence.span())).toList();
      quantities.addAll(reader.read(document.text(), tokens.subList(first, t), excluded));
    }
    return document.withQuantities(quantities);
  }
}
