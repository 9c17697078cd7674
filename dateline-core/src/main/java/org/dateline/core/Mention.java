package org.dateline.core;

import java.util.Objects;

/**
 * One place in the text where an entity is named ("Kim Jong-Un", "Kim"), described ("le dirigeant
 * nord-coréen") or referred to by a pronoun ("Il"). Named-entity scores count names only.
 */
public record Mention(Span span, EntityType type, Form form) implements Annotation {

  /** How a mention refers. */
  public enum Form {
    NAME,
    DESCRIPTION,
    /** "Il a volé de Moscou…": a subject pronoun continuing the previous sentence's subject. */
    PRONOUN
  }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(form, "form");
  }

  /** A name. */
  public Mention(Span span, EntityType type) {
    this(span, type, Form.NAME);
  }

  public boolean isName() {
    return form == Form.NAME;
  }
}
