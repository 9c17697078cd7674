package org.dateline.quote;

import java.util.Objects;
import java.util.Set;

/**
 * What a language reports claims with besides its reporting verbs: verbs whose object is the
 * content ("criticized the plan"), verbs of appearance whose clause is content with no source
 * ("Trump seemed to relish the fight", "the bill is expected to pass"), and headline labels.
 *
 * @param objects verbs of stance whose object is the content, the subject the source
 * @param appearances verbs that report how things seem or are expected, with no one to say so
 * @param headlines a headline's label as its source ("Graham: Trump's Rhetoric …")
 * @param notFinite words after which a reporting word is no finite verb, lower case: an article ("a
 *     claim", "that's a claim the premier didn't buy") or "to" ("to say that Parliament is theatre")
 */
public record ClaimCues(ObjectCues objects, ObjectCues appearances, HeadlineSources headlines, Set<String> notFinite) {

  /** None: a language whose lists were not written. */
  public static final ClaimCues NONE = new ClaimCues(ObjectCues.NONE, ObjectCues.NONE, HeadlineSources.NONE);

  public ClaimCues {
    Objects.requireNonNull(objects, "objects");
    Objects.requireNonNull(appearances, "appearances");
    Objects.requireNonNull(headlines, "headlines");
    notFinite = Set.copyOf(notFinite);
  }

  public ClaimCues(ObjectCues objects, ObjectCues appearances, HeadlineSources headlines) {
    this(objects, appearances, headlines, Set.of());
  }
}
