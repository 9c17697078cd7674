package org.dateline.time;

import java.util.List;

/** A language's knowledge of time expressions: where they are, what they mean, and tense. */
public interface TimeGrammar {

  /** ISO 639-1 code of the language. */
  String language();

  /** The time expressions in {@code text} between {@code from} and {@code to}, in order, not overlapping. */
  List<TimeMatch> find(CharSequence text, int from, int to);

  /** The tense of a sentence, as far as it tells past from future. */
  Tense tenseOf(CharSequence sentence);
}
