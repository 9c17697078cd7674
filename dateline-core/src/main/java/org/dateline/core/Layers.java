package org.dateline.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Helpers for the annotation lists a {@link Document} holds. */
final class Layers {

  private Layers() {}

  /** An unmodifiable copy sorted by span, as every layer of a document is. */
  static <A extends Annotation> List<A> sorted(List<A> annotations) {
    List<A> copy = new ArrayList<>(annotations);
    copy.sort(Comparator.comparing(Annotation::span));
    return List.copyOf(copy);
  }
}
