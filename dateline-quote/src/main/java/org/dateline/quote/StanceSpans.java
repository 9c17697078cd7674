package org.dateline.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the content of a verb of stance or of appearance lies in a sentence's words (lower case,
 * one a token): the object after "criticized", "called for", "wants" up to the clause's end, and
 * the clause around "seemed to", "is expected to". {@link ClaimStage} makes the claims.
 */
final class StanceSpans {

  /** Tokens [from, to) of a sentence. */
  record Range(int from, int to) {}

  /** What ends an object: punctuation of a clause's end, an apposition or a bracket. */
  private static final Set<String> OBJECT_ENDS = Set.of(",", ";", ".", ":", "—", "–", "--", "(", ")", "?", "!");

  /** Words that open no object: "thought of them", "backed down", "was criticized by". */
  private static final Set<String> NO_OBJECT = Set.of("by", "of", "in", "on", "at", "for", "with", "from", "into",
      "about", "after", "before", "during", "over", "under", "up", "out", "off", "back", "down", "away", "so", "too");

  private final ObjectCues objects;
  private final ObjectCues appearances;

  StanceSpans(ObjectCues objects, ObjectCues appearances) {
    this.objects = objects;
    this.appearances = appearances;
  }

  /**
   * The object of a verb of stance at {@code i}, to the clause's end: kept short on purpose, as a
   * comma may as well open an apposition as end the object.
   */
  Optional<Range> object(List<String> w, int i) {
    int length = objects.length(w, i);
    int from = i + length;
    if (length == 0 || from >= w.size() || !startsObject(w.get(from))) {
      return Optional.empty();
    }
    return Optional.of(new Range(from, clauseEnd(w, from)));
  }

  /**
   * The clause of a verb of appearance at {@code i} taking "to" ("the bill is expected to pass"),
   * from {@code clauseStart} to the clause's end; none when nothing stands before the verb.
   */
  Optional<Range> appearance(List<String> w, int i, int clauseStart) {
    int length = appearances.length(w, i);
    int to = i + length;
    if (length == 0 || to >= w.size() || !w.get(to).equals("to") || clauseStart >= i) {
      return Optional.empty();
    }
    return Optional.of(new Range(clauseStart, clauseEnd(w, to)));
  }

  /** Whether more than half of the letters of {@code text} stand inside double quotation marks. */
  static boolean mostlyInMarks(String text) {
    int inside = 0;
    int letters = 0;
    boolean open = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '“' || c == '«' || c == '„') {
        open = true;
      } else if (c == '”' || c == '»') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (Character.isLetterOrDigit(c)) {
        letters++;
        inside += open ? 1 : 0;
      }
    }
    return inside * 2 > letters;
  }

  private static int clauseEnd(List<String> w, int from) {
    int end = from;
    while (end < w.size() && !OBJECT_ENDS.contains(w.get(end))) {
      end++;
    }
    return end;
  }

  /** An object opens with a word or a quotation mark, not with other punctuation or a preposition. */
  private static boolean startsObject(String word) {
    return !word.isEmpty() && !NO_OBJECT.contains(word)
        && (Character.isLetterOrDigit(word.codePointAt(0)) || "“\"‘'«".indexOf(word.charAt(0)) >= 0);
  }
}
