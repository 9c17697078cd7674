package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tense of the sentence an expression stands in, as far as it decides past or future. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN;

  /** The lower-case letter runs of a text: what tense guessers read. */
  public static List<String> words(CharSequence text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }
}
