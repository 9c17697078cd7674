package org.dateline.lang.en;

import java.util.List;
import java.util.Set;
import org.dateline.time.Tense;

/**
 * Guesses whether an English sentence speaks of the past or the future: "will", "'ll", "going to",
 * "is expected to" are future; "was", "had", "said", words in -ed are past. One pass over the words.
 */
final class EnglishTense {

  private EnglishTense() {}

  /** Markers of the future; "expected", "planned" are left out: news reports them in the past as often. */
  private static final Set<String> FUTURE = Set.of("will", "shall", "ll", "tomorrow", "upcoming", "won",
      // "the dividend is payable Jan. 2": a payment date is announced ahead
      "payable");
  /** Intentions: "planned to leave", "is scheduled to vote", "are expected to meet", "are supposed to end". */
  private static final Set<String> INTENT = Set.of("plan", "plans", "planned", "planning", "scheduled", "expected",
      "expects", "intend", "intends", "intended", "set", "supposed");
  /** Participles in -ed that tell no past: "talks supposed to end by May", "a sale expected in December". */
  private static final Set<String> NOT_PAST = Set.of("expected", "supposed");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "ago", "last",
      "yesterday", "earlier", "came", "went", "made", "took", "gave", "got", "left", "met", "won", "lost", "saw", "began",
      "rose", "fell", "paid", "sold", "bought", "held", "led", "ran", "wrote", "spoke", "announced", "reported",
      "brought", "found", "became", "sent", "spent", "built", "kept", "struck", "fought", "sought", "stood", "grew",
      "chose", "broke", "drew", "fled", "knew", "felt", "thought");

  static Tense of(CharSequence sentence) {
    List<String> words = Tense.words(sentence);
    boolean past = false;
    boolean effective = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // "created an office, effective Feb. 1": the date a change takes effect may be either side of
      // the announcement, whose past tense says nothing of it
      effective |= w.equals("effective");
      if (FUTURE.contains(w) && !(w.equals("won") && i + 1 < words.size() && !words.get(i + 1).equals("t"))
          // reported speech: "said he would leave Thursday" looks ahead, "would have left" does not
          || w.equals("would") && !(i + 1 < words.size() && words.get(i + 1).equals("have"))
          || ((w.equals("going") || INTENT.contains(w)) && i + 1 < words.size() && words.get(i + 1).equals("to"))
          || w.equals("scheduled")
          // "the closing is expected in December"
          || w.equals("expected") && i > 0 && Set.of("is", "are", "be").contains(words.get(i - 1))
          // "is to resume trading Tuesday", "as soon as Tuesday"
          || ((w.equals("is") || w.equals("are")) && i + 1 < words.size() && words.get(i + 1).equals("to"))
          || (w.equals("soon") && i + 1 < words.size() && words.get(i + 1).equals("as"))) {
        return Tense.FUTURE;
      }
      past |= PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w));
    }
    return past && !effective ? Tense.PAST : Tense.UNKNOWN;
  }

}
