package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Splits a paragraph into sentences with an OpenNLP sentence model, then makes the result agree
 * with the tokenizer: a boundary inside a token ("10.000", "U.S.") moves to the token's end, a
 * closing quotation mark after the final period stays with its sentence, no sentence ends on a
 * title or an initial ("M.", "Dr.", "J.") since a name follows those, and none opens with a
 * lower-case word ("Rep. Gwen Moore (D-Wis.) said Friday": the period was an abbreviation's).
 *
 * <p>The model is immutable and shared; the OpenNLP detector is not thread-safe, so one is made
 * per call (it only holds references to the model).
 */
public final class SentenceSplitter {

  private final SentenceModel model;
  private final TokenizerRules rules;

  public SentenceSplitter(SentenceModel model, TokenizerRules rules) {
    this.model = Objects.requireNonNull(model, "model");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * The sentences of {@code block}, a span of {@code text}, given the block's tokens in order.
   * Every sentence starts at a token's start and ends at a token's end.
   */
  public List<Span> split(String text, Span block, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    opennlp.tools.util.Span[] found =
        new SentenceDetectorME(model).sentPosDetect(block.of(text));
    List<Span> sentences = new ArrayList<>();
    int first = 0;
    int t = 0;
    for (int s = 0; s < found.length - 1; s++) {
      int boundary = block.start() + found[s].getEnd();
      while (t < tokens.size() - 1 && tokens.get(t).span().end() < boundary) {
        t++;
      }
      t = keepClosingMarks(text, tokens, t);
      if (t >= tokens.size() - 1) {
        break;
      }
      if (t >= first && !endsOnNameAbbreviation(text, tokens.get(t)) && !initialsAfterTitle(text, tokens, t)
          && !opensInLowerCase(text, tokens.get(t + 1))) {
        sentences.add(new Span(tokens.get(first).span().start(), tokens.get(t).span().end()));
        first = t + 1;
      }
      t++;
    }
    sentences.add(
        new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end()));
    return sentences;
  }

  /** Moves a boundary after ». or ." so the closing mark stays with the sentence it closes. */
  private static int keepClosingMarks(String text, List<Token> tokens, int t) {
    while (t + 1 < tokens.size()) {
      Token next = tokens.get(t + 1);
      String mark = next.span().of(text);
      boolean adjacent = next.span().start() == tokens.get(t).span().end();
      boolean closing =
          mark.equals("»") || mark.equals("”") || mark.equals(")") || mark.equals("’")
              || (mark.equals("\"") && adjacent);
      if (!closing || next.kind() != Token.Kind.PUNCTUATION) {
        return t;
      }
      t++;
    }
    return t;
  }

  private static boolean opensInLowerCase(String text, Token next) {
    return next.kind() == Token.Kind.WORD && Character.isLowerCase(text.codePointAt(next.span().start()));
  }

  /**
   * "Rep. G.K. Butterfield": initials run together right after a title open a name; elsewhere
   * ("in the U.S. The vote…") they may end a sentence.
   */
  private boolean initialsAfterTitle(String text, List<Token> tokens, int t) {
    return t > 0 && tokens.get(t).span().of(text).matches("(\\p{Lu}\\.){2,4}")
        && rules.isTitle(tokens.get(t - 1).span().of(text));
  }

  private boolean endsOnNameAbbreviation(String text, Token last) {
    String word = last.span().of(text);
    boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    return initial || rules.isTitle(word);
  }
}
