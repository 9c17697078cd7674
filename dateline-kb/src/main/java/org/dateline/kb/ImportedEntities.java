package org.dateline.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Entities an import found: people for the {@link PeopleIndex}, and places, agencies, media and
 * seats as the country lexicon's rows (ISO3, kind, name).
 */
public final class ImportedEntities {

  private final List<Person> people = new ArrayList<>();
  private final List<String[]> places = new ArrayList<>();
  private final ImportReport report;

  public ImportedEntities(ImportReport report) {
    this.report = report;
  }

  void addPerson(Person person) {
    people.add(person);
    report.person();
  }

  void addPlace(String iso3, CountryLexicon.Kind kind, String name) {
    places.add(new String[] {iso3, kind.name(), name});
    report.place();
  }

  public List<Person> people() {
    return List.copyOf(people);
  }

  public List<String[]> places() {
    return List.copyOf(places);
  }

  public ImportReport report() {
    return report;
  }
}
