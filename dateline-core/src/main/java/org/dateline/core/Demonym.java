package org.dateline.core;

import java.util.Objects;

/**
 * A word that names a people and so gives a country ("russe", "nord-coréenne", "Ukrainian"): not an
 * entity itself, but evidence of the country of what it describes.
 */
public record Demonym(Span span, String country) implements Annotation {

  public Demonym {
    Objects.requireNonNull(span, "span");
    if (country == null || !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + country);
    }
  }
}
