package org.dateline.quote;

import java.util.Objects;

/**
 * What a language reports claims with besides its reporting verbs: verbs whose object is the
 * content ("criticized the plan"), verbs of appearance whose clause is content with no source
 * ("Trump seemed to relish the fight", "the bill is expected to pass"), and headline labels.
 *
 * @param objects verbs of stance whose object is the content, the subject the source
 * @param appearances verbs that report how things seem or are expected, with no one to say so
 * @param headlines a headline's label as its source ("Graham: Trump's Rhetoric …")
 */
public record ClaimCues(ObjectCues objects, ObjectCues appearances, HeadlineSources headlines) {

  /** None: a language whose lists were not written. */
  public static final ClaimCues NONE = new ClaimCues(ObjectCues.NONE, ObjectCues.NONE, HeadlineSources.NONE);

  public ClaimCues {
    Objects.requireNonNull(objects, "objects");
    Objects.requireNonNull(appearances, "appearances");
    Objects.requireNonNull(headlines, "headlines");
  }
}
