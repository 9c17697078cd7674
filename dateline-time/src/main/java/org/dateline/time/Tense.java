package org.dateline.time;

/** The tense of the sentence an expression stands in, as far as it decides past or future. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN
}
