package org.dateline.core;

import java.util.Set;

/**
 * One step of a {@link Pipeline}: reads some layers of a document and returns a copy with more.
 * A stage never mutates its input and never throws on odd text: it records a {@link Diagnostic}.
 */
public interface Stage {

  /** A short name used in error messages, like "sentences". */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  Document apply(Document document);
}
