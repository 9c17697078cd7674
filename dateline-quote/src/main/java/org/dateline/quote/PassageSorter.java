package org.dateline.quote;

import static org.dateline.quote.QuoteSentences.lower;
import static org.dateline.quote.QuoteSentences.sentenceAt;
import static org.dateline.quote.QuoteSentences.startsSentence;
import static org.dateline.quote.QuoteSentences.tokensBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dateline.core.Document;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Sorts a quoted passage: a title or a name («Il Giornale», «World Institute for North Korea
 * Studies») and a short scare-quoted term («défense réciproque») are not speech; anything else is.
 */
final class PassageSorter {

  /** Terms in scare quotes are this short; speech, even partial, is longer. */
  static final int MAX_TERM_WORDS = 3;
  /** Titles and names run to this many words. */
  static final int MAX_NAME_WORDS = 8;

  private final QuoteLexicon lexicon;

  PassageSorter(QuoteLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Whether the passage is speech: a whole utterance, or words that are neither a name nor a term. */
  boolean isSpeech(Document document, QuoteFinder.Found found) {
    String text = document.text();
    boolean utterance = endsAnUtterance(text, found.content())
        && !(endsOnPeriod(text, found.content()) && !opensSentence(document, found.withMarks()));
    if (utterance) {
      return true;
    }
    List<String> words = words(text, found.content());
    return !isName(words) && !isTerm(document, found.withMarks(), words);
  }

  /** All significant words capitalised, and not many: a title or a name, «Freedom Shield». */
  boolean isName(List<String> words) {
    if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
      return false;
    }
    boolean anyCapital = false;
    for (String w : words) {
      if (lexicon.smallWords().contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
      anyCapital = true;
    }
    return anyCapital;
  }

  /** The words of a span, split on spaces, that open on a letter or a digit. */
  static List<String> words(String text, Span span) {
    List<String> words = new ArrayList<>();
    for (String w : span.of(text).split("[\\s\\u00a0\\u202f]+")) {
      if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * A few words in quotes that no cue or colon announces and no verb names ("called it a “scaffold”"
   * is speech): «défense réciproque».
   */
  private boolean isTerm(Document document, Span marks, List<String> words) {
    return words.size() <= MAX_TERM_WORDS && !cueRightBefore(document, marks)
        && !NamedTerms.namedBefore(lower(document, tokensBefore(document, marks)))
        && !cueRightAfter(document, marks) && !afterColon(document.text(), marks);
  }

  /**
   * "an episode of “Shark Tank.”": American style puts the sentence's period inside the closing
   * mark, so a period ends an utterance only when the quote opens its sentence.
   */
  private static boolean endsOnPeriod(String text, Span content) {
    return text.charAt(content.end() - 1) == '.';
  }

  private static boolean opensSentence(Document document, Span marks) {
    return sentenceAt(document, marks.start()).filter(s -> startsSentence(document, s, marks)).isPresent();
  }

  /** "Eh ! la chicorée !": an exclamation, a question or a sentence is speech, however short. */
  private static boolean endsAnUtterance(String text, Span content) {
    char last = text.charAt(content.end() - 1);
    return ".!?…".indexOf(last) >= 0;
  }

  /**
   * "'We will respond,' Putin said", "«Non», a-t-il dit": a comma closing the quote, then a cue within
   * a few words ("«questions de sécurité» non précisées" is no speech).
   */
  private boolean cueRightAfter(Document document, Span marks) {
    List<Token> after = sentenceAt(document, marks.end() - 1)
        .map(s -> document.tokens(new Span(marks.end(), s.span().end()))).orElse(List.of());
    String text = document.text();
    boolean commaInside = marks.length() > 2 && text.substring(marks.start(), marks.end() - 1).stripTrailing().endsWith(",");
    boolean commaAfter = !after.isEmpty() && document.text(after.get(0).span()).equals(",");
    if (!commaInside && !commaAfter) {
      return false;
    }
    for (int i = 0; i < Math.min(after.size(), 4); i++) {
      if (lexicon.isCue(lower(document, after.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean cueRightBefore(Document document, Span marks) {
    List<Token> before = tokensBefore(document, marks);
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 2); i--) {
      if (lexicon.isCue(lower(document, before.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** "lui dit : « Bonjour, monsieur »": a colon announces speech, however short. */
  private static boolean afterColon(String text, Span marks) {
    int p = marks.start() - 1;
    while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || "—–\u00a0".indexOf(text.charAt(p)) >= 0)) {
      p--;
    }
    return p >= 0 && text.charAt(p) == ':';
  }
}
