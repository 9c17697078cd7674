package org.dateline.store;

/**
 * What storing an input did.
 *
 * @param articleId the stored article it is (or became) a source of
 * @param similarity estimated Jaccard similarity to that article's text (1 for the same text)
 */
public record StoreOutcome(Kind kind, long articleId, double similarity) {

  public enum Kind {
    /** A new article, analyzed and stored with all its layers. */
    NEW,
    /** This URI with these bytes was stored before: nothing changed. */
    ALREADY_STORED,
    /** The same text as a stored article: recorded as another source of it. */
    SAME_TEXT,
    /** A near-identical copy of a stored article: recorded as another source of it. */
    NEAR_DUPLICATE
  }
}
