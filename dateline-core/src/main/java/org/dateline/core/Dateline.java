package org.dateline.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The line that says where and when a story was filed: "(Rome, Paris, 22 mars 2025)",
 * "WASHINGTON, March 22 (Reuters) -". The date is empty when the dateline gives none, or gives no
 * year and no publication date supplied one.
 */
public record Dateline(Span span, List<Place> places, Optional<LocalDate> date, Optional<String> agency) {

  public Dateline {
    Objects.requireNonNull(span, "span");
    places = List.copyOf(places);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(agency, "agency");
  }
}
