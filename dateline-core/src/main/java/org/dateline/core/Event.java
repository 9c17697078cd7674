package org.dateline.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who did what to whom, where and when, coded in CAMEO. {@link #span()} is the sentence that
 * states it: the provenance a reader checks.
 */
public record Event(
    Span span,
    String cameo,
    String label,
    Actor actor1,
    Optional<Actor> actor2,
    Optional<String> location,
    Optional<String> time,
    Factuality factuality,
    List<String> sources)
    implements Annotation {

  /**
   * An actor: an entity id when one is known, its country (ISO 3166-1 alpha-3) when known, and its
   * role as GDELT codes it ("GOV", "MIL") when the text or the knowledge base tells it.
   */
  public record Actor(Optional<String> entity, Optional<String> country, Optional<String> role) {
    public Actor {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(role, "role");
    }

    public Actor(Optional<String> entity, Optional<String> country) {
      this(entity, country, Optional.empty());
    }

    /** The GDELT actor code: country and role, "RUSGOV"; empty when neither is known. */
    public String code() {
      return country.orElse("") + role.orElse("");
    }

    /**
     * What stands first in the actor's code: its country, else the kind of an actor no country
     * holds, which leads its role ("IGO" for the United Nations, IGOUNO; "IMG" for an international
     * militarised group); empty for a role alone ("REB").
     */
    public Optional<String> countryOrKind() {
      return country.or(() -> role.filter(r -> r.length() >= 3 && INTERNATIONAL.contains(r.substring(0, 3)))
          .map(r -> r.substring(0, 3)));
    }
  }

  /** CAMEO's kinds of actor that no country holds: IGOs, NGOs, international militarised groups, multinationals. */
  public static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "NGM", "INT", "MNC");

  public enum Factuality {
    ASSERTED,
    REPORTED,
    ALLEGED,
    HYPOTHETICAL,
    PLANNED,
    NEGATED
  }

  public Event {
    Objects.requireNonNull(span, "span");
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + cameo);
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(factuality, "factuality");
    sources = List.copyOf(sources);
  }
}
