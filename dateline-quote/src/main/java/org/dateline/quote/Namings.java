package org.dateline.quote;

import java.util.List;
import java.util.Set;

/**
 * What a speaker calls someone or something, a report of their words the Gender Gap Tracker counts:
 * "describes himself as the most left-leaning Green", "now calls it a rookie mistake", "what he
 * calls the UN's taking away of freedom". Words given lower case, one a token.
 */
final class Namings {

  private static final Set<String> DESCRIBE = Set.of("described", "describes", "describing", "describe");
  private static final Set<String> CALL = Set.of("called", "calls", "calling", "call");
  /** The object of "calls" before what it is called: "calls it", "calls herself" ("her" may be a possessive). */
  private static final Set<String> OBJECTS = Set.of("it", "him", "them", "himself", "herself", "themselves", "itself");
  /** "what he calls", "who she calls": a relative whose subject calls the words after the verb. */
  private static final Set<String> RELATIVES = Set.of("what", "who", "whom");
  private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "we", "i");
  /** Whom a speaker describes: "his attempt to steal another vehicle" at most this many tokens. */
  private static final int MAX_OBJECT = 7;

  private Namings() {}

  /** Where the words the verb at {@code cue} names something with start; -1 when it names nothing. */
  static int named(List<String> w, int cue) {
    String verb = w.get(cue);
    if (DESCRIBE.contains(verb)) {
      for (int k = cue + 2; k + 1 < w.size() && k <= cue + 1 + MAX_OBJECT; k++) {
        if (w.get(k).equals("as")) {
          return k + 1;
        }
        if (w.get(k).isEmpty() || !Character.isLetterOrDigit(w.get(k).codePointAt(0)) && !w.get(k).startsWith("'")) {
          return -1;
        }
      }
      return -1;
    }
    if (!CALL.contains(verb) || cue + 2 >= w.size()) {
      return -1;
    }
    if (OBJECTS.contains(w.get(cue + 1)) && Character.isLetter(w.get(cue + 2).codePointAt(0))
        && !w.get(cue + 2).equals("to")) {
      return cue + 2;
    }
    boolean relative = cue >= 2 && SUBJECTS.contains(w.get(cue - 1)) && RELATIVES.contains(w.get(cue - 2));
    return relative && Character.isLetter(w.get(cue + 1).codePointAt(0)) ? cue + 1 : -1;
  }
}
