package org.dateline.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Helpers for the annotation lists a {@link Document} holds. */
final class Layers {

  private Layers() {}

  private static final Comparator<Annotation> BY_SPAN = Comparator.comparing(Annotation::span);

  /**
   * An unmodifiable list sorted by span, as every layer of a document is. A stage changes one layer
   * and hands the others on as they were: a layer already unmodifiable and sorted is kept as it is
   * (List.copyOf does not copy an unmodifiable list), so a new document costs one pass per layer.
   */
  static <A extends Annotation> List<A> sorted(List<A> annotations) {
    List<A> layer = List.copyOf(annotations);
    for (int i = 1; i < layer.size(); i++) {
      if (BY_SPAN.compare(layer.get(i - 1), layer.get(i)) > 0) {
        List<A> copy = new ArrayList<>(layer);
        copy.sort(BY_SPAN);
        return List.copyOf(copy);
      }
    }
    return layer;
  }
}
