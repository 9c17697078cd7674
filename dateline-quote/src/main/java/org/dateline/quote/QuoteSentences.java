package org.dateline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;

/** The sentence a quoted passage stands in, and its words as the quote lexicon holds them. */
final class QuoteSentences {

  static Optional<Sentence> sentenceAt(Document document, int offset) {
    for (Sentence s : document.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Nothing before the quote in its sentence but a dash, or a colon and a dash: "répondit : — « Oui. »". */
  static boolean startsSentence(Document document, Sentence sentence, Span marks) {
    String before = document.text().substring(sentence.span().start(), marks.start()).replaceAll("[—–\\s]+$", "");
    return before.isEmpty() || before.endsWith(":");
  }

  /** The tokens of the quote's sentence before its opening mark; none when it stands in no sentence. */
  static List<Token> tokensBefore(Document document, Span marks) {
    return sentenceAt(document, marks.start())
        .map(s -> document.tokens(new Span(s.span().start(), marks.start()))).orElse(List.of());
  }

  static List<String> lower(Document document, List<Token> tokens) {
    return tokens.stream().map(t -> lower(document, t)).toList();
  }

  /** Lower case with a straight apostrophe, as the lexicons list words. */
  static String lower(Document document, Token token) {
    return document.text(token.span()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private QuoteSentences() {}
}
