package org.dateline.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Quantity;
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
    List<Quantity> quantities = new ArrayList<>();
    List<List<Token>> bySentence = document.tokensBySentence();
    for (int k = 0; k < bySentence.size(); k++) {
      Span sentence = document.sentences().get(k).span();
      List<Span> excluded = times.stream().filter(s -> s.overlaps(sentence)).toList();
      quantities.addAll(reader.read(document.text(), bySentence.get(k), excluded));
    }
    return document.withQuantities(quantities);
  }
}
