package org.dateline.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import read: how many records it took, and each record it could not, with where it was.
 * Only the first {@value #KEPT} problems are kept; the count covers them all.
 */
public final class ImportReport {

  static final int KEPT = 100;

  private final List<String> problems = new ArrayList<>();
  private int problemCount;
  private int people;
  private int places;

  /** @param where "file.csv line 12" */
  public void problem(String where, String reason) {
    problemCount++;
    if (problems.size() < KEPT) {
      problems.add(where + ": " + reason.replace('\n', ' '));
    }
  }

  void person() {
    people++;
  }

  void place() {
    places++;
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public int problemCount() {
    return problemCount;
  }

  public int people() {
    return people;
  }

  public int places() {
    return places;
  }
}
