package org.dateline.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Names described as a person: by an apposition ("Shanaaz Gokool, president of Dying with Dignity
 * Canada,", "Moyra Baxter, the board's chair,", "…, said Mulder, a former pitcher"; a name of one word
 * opening its sentence is left alone: "Meanwhile, a spokesman said"), or by a noun right before a
 * name of two words or more ("Toronto retiree Doug Purdy").
 *
 * @param personNouns nouns and titles for what a person is, lower case: "president", "resident", "mother"
 * @param words which capitalised words may be part of a name
 */
record AppositiveNames(Set<String> personNouns, NameWords words) {

  /** How many words of the apposition may come before its person noun: "the incoming chairwoman". */
  private static final int NOUN_REACH = 4;
  /** The longest name taken, in words. */
  private static final int LONGEST = 4;

  AppositiveNames {
    personNouns = Set.copyOf(personNouns);
  }

  /**
   * The names not yet covered by a mention that an apposition right after them, or a noun right
   * before them ("Toronto retiree Doug Purdy", "Education Minister Rob Fleming"), describes as a person.
   */
  List<Span> find(Document doc, BitSet named) {
    List<Span> found = new ArrayList<>();
    if (personNouns.isEmpty()) {
      return found;
    }
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = doc.tokens(sentence.span());
      afterNouns(doc, tokens, named, found);
      for (int comma = 1; comma + 1 < tokens.size(); comma++) {
        if (!doc.text(tokens.get(comma).span()).equals(",") || !describesPerson(doc, tokens, comma + 1)) {
          continue;
        }
        int start = comma;
        while (start > 0 && comma - start < LONGEST && words.isNameWord(doc, tokens.get(start - 1))) {
          start--;
        }
        boolean oneWordOpening = comma - start == 1 && start == 0;
        boolean longer = start > 0 && words.isNameWord(doc, tokens.get(start - 1));
        if (start == comma || oneWordOpening || longer) {
          continue;
        }
        Span span = new Span(tokens.get(start).span().start(), tokens.get(comma - 1).span().end());
        if (NameWords.free(named, span) && found.stream().noneMatch(f -> f.overlaps(span))) {
          found.add(span);
        }
      }
    }
    return found;
  }

  /** "retiree Doug Purdy", "13-year-old Jayme Closs": two to four name words right after a person noun or an age. */
  private void afterNouns(Document doc, List<Token> tokens, BitSet named, List<Span> found) {
    for (int k = 0; k + 2 < tokens.size(); k++) {
      if (!personNouns.contains(doc.text(tokens.get(k).span()).toLowerCase(Locale.ROOT)) && !age(doc, tokens.get(k))) {
        continue;
      }
      int end = k + 1;
      while (end < tokens.size() && end - k <= LONGEST && words.isNameWord(doc, tokens.get(end))
          && doc.text().substring(tokens.get(end - 1).span().end(), tokens.get(end).span().start()).indexOf('\n') < 0) {
        end++;
      }
      if (end - k >= 3) {
        Span span = new Span(tokens.get(k + 1).span().start(), tokens.get(end - 1).span().end());
        if (NameWords.free(named, span) && found.stream().noneMatch(f -> f.overlaps(span))) {
          found.add(span);
        }
      }
    }
  }

  /** Whether the token ends "…-year-old", however the hyphens were tokenised. */
  private static boolean age(Document doc, Token t) {
    int end = t.span().end();
    return end >= AGE.length() && doc.text().substring(end - AGE.length(), end).toLowerCase(Locale.ROOT).equals(AGE);
  }

  private static final String AGE = "year-old";

  /** "a resident of", "president of", "the incoming chairwoman": a person noun within a few words, before any comma. */
  private boolean describesPerson(Document doc, List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + NOUN_REACH); k++) {
      String w = doc.text(tokens.get(k).span()).toLowerCase(Locale.ROOT);
      if (w.equals(",") || w.equals(".")) {
        return false;
      }
      if (personNouns.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
