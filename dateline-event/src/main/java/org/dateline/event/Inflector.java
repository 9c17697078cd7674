package org.dateline.event;

import java.util.Map;
import java.util.Set;

/** A language's regular verb inflection: lemma → inflected forms with what each form is. */
@FunctionalInterface
public interface Inflector {

  /** Every form of a regular verb; a form may be more than one thing ("met": past and participle). */
  Map<String, Set<VerbForm>> forms(String lemma);
}
