package org.dateline.kb;

import java.util.Objects;

/**
 * A person of the knowledge base: id ("Q7747", or "phoenix:VLADIMIR_PUTIN"), name as the source
 * spells it, ISO 3166-1 alpha-3 country, role as the source gives it ("President of Russia",
 * "GOVMIL"), and the period of that role as ISO dates or years, empty when open or unknown.
 */
public record Person(String id, String name, String country, String role, String from, String to) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
