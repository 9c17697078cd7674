package org.dateline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * The phrase that says who reports, found beside its cue without a parser: the subject before the
 * cue ("a senior official said", "Phil Lovas, the state's chairman, said", "he told"), or after an
 * inverted cue ("…, said a spokesman for the campaign"). Without a named-entity model a description
 * is often the only thing that says who, and a pronoun is itself a mention of its person, so the
 * phrase is kept whether or not it names an entity. {@link #NONE} finds nothing, for a language
 * whose lists were not written.
 */
public final class SourcePhrases {

  /** Finds no phrase. */
  public static final SourcePhrases NONE = new SourcePhrases(Set.of(), Set.of(), Set.of(), Set.of());

  /** A main verb, to find a participle's subject by, is at most this many tokens into the sentence. */
  static final int MAX_MAIN_VERB = 20;

  /** A subject runs to this many tokens at most ("The GOP's complaint to the … Board … says"). */
  static final int MAX_SUBJECT = 14;
  /** … a subject after an inverted cue to this many, before its apposition. */
  static final int MAX_INVERTED = 8;

  private final Set<String> companions;
  private final Set<String> boundaries;
  private final Set<String> openers;
  private final Set<String> relatives;
  private final Set<String> verbs;

  /**
   * @param companions what stands between a subject and its cue: auxiliaries, negation and adverbs
   *     ("has", "would", "not", "also"); words ending in "-ly" are adverbs as well
   * @param boundaries what a subject never runs back past: conjunctions and clause openers ("that",
   *     "but", "because"), besides punctuation
   * @param openers what a source after an inverted cue opens with when it is not a name ("a", "the")
   * @param relatives relative pronouns that stand for the source themselves ("who")
   */
  public SourcePhrases(Set<String> companions, Set<String> boundaries, Set<String> openers, Set<String> relatives) {
    this(companions, boundaries, openers, relatives, Set.of());
  }

  /**
   * @param verbs finite verbs that do not end in "-ed" ("has", "was", "took", "said"), to find the
   *     main verb of a sentence by, whose subject a participle after it shares
   */
  public SourcePhrases(Set<String> companions, Set<String> boundaries, Set<String> openers, Set<String> relatives,
      Set<String> verbs) {
    this.verbs = Set.copyOf(verbs);
    this.companions = Set.copyOf(companions);
    this.boundaries = Set.copyOf(boundaries);
    this.openers = Set.copyOf(openers);
    this.relatives = Set.copyOf(relatives);
  }

  boolean enabled() {
    return !boundaries.isEmpty();
  }

  /** The subject of the cue at {@code cue} in {@code tokens}: what stands before it in its clause. */
  Optional<Span> before(Document doc, List<Token> tokens, int cue) {
    if (!enabled()) {
      return Optional.empty();
    }
    int end = cue - 1;
    while (end >= 0 && isCompanion(word(doc, tokens.get(end)), doc, tokens.get(end))) {
      end--;
    }
    if (end < 0) {
      return Optional.empty();
    }
    String last = word(doc, tokens.get(end));
    if (relatives.contains(last)) {
      return Optional.of(tokens.get(end).span()); // "…, who said he was stiffed"
    }
    int start;
    if (last.equals(")")) {
      // "Rep. Gwen Moore (D-Wis.) said": the name before its bracket
      int open = end - 1;
      while (open > 0 && !word(doc, tokens.get(open)).equals("(") && end - open < MAX_SUBJECT) {
        open--;
      }
      if (open <= 0 || !word(doc, tokens.get(open)).equals("(")) {
        return Optional.empty();
      }
      start = startOf(doc, tokens, open - 1);
    } else if (last.equals(",")) {
      // "Phil Lovas, the state's campaign chairman, said": the name and its apposition
      int open = end - 1;
      while (open >= 0 && !isPunctuation(word(doc, tokens.get(open)))) {
        open--;
      }
      if (open <= 0 || !word(doc, tokens.get(open)).equals(",") || end - open < 2) {
        return Optional.empty();
      }
      start = startOf(doc, tokens, open - 1);
    } else {
      start = startOf(doc, tokens, end);
    }
    if (start < 0 || start > end || end - start + 1 > MAX_SUBJECT || !opensNounPhrase(doc, tokens, start, end)) {
      return Optional.empty();
    }
    return Optional.of(new Span(tokens.get(start).span().start(), tokens.get(end).span().end()));
  }

  /**
   * The subject a participle at {@code participle} shares with the sentence's main verb: "Ted Cruz
   * attacked the law, saying it hurt jobs". The main verb is the first finite verb: one of the
   * verbs given, or a lower-case word ending in "-ed".
   */
  Optional<Span> mainSubject(Document doc, List<Token> tokens, int participle) {
    if (!enabled()) {
      return Optional.empty();
    }
    for (int k = 1; k < participle && k < MAX_MAIN_VERB; k++) {
      String w = word(doc, tokens.get(k));
      boolean lower = Character.isLowerCase(doc.text(tokens.get(k).span()).codePointAt(0));
      if (verbs.contains(w) || (lower && w.length() > 3 && w.endsWith("ed"))) {
        return before(doc, tokens, k);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether tokens start to end may be a subject, as far as words tell without a tagger: not opened
   * by a participle ("including a provision they said"), and not a long run of lower-case words
   * with no name or determiner to open it ("please read the two guides I say").
   */
  private boolean opensNounPhrase(Document doc, List<Token> tokens, int start, int end) {
    String first = doc.text(tokens.get(start).span());
    if (Character.isUpperCase(first.codePointAt(0)) || openers.contains(word(doc, tokens.get(start)))) {
      return true;
    }
    return !first.endsWith("ing") && end - start < MAX_BARE_LOWER;
  }

  /** A subject opened by no name or determiner runs to this many words at most ("elected officials from both parties"). */
  static final int MAX_BARE_LOWER = 6;

  /** The source after an inverted cue at {@code cue}: "…,” said Jane Roe", "…, said a spokesman". */
  Optional<Span> after(Document doc, List<Token> tokens, int cue) {
    if (!enabled() || cue + 1 >= tokens.size()) {
      return Optional.empty();
    }
    Token first = tokens.get(cue + 1);
    String w = word(doc, first);
    boolean opens = openers.contains(w) || Character.isUpperCase(doc.text(first.span()).codePointAt(0));
    if (!opens || boundaries.contains(w) || companions.contains(w)) {
      return Optional.empty();
    }
    int end = cue + 1;
    while (end + 1 < tokens.size() && end - cue < MAX_INVERTED) {
      String next = word(doc, tokens.get(end + 1));
      if (isPunctuation(next) || boundaries.contains(next) || companions.contains(next)) {
        break;
      }
      end++;
    }
    return Optional.of(new Span(first.span().start(), tokens.get(end).span().end()));
  }

  /** Back from {@code end} to the first token of its phrase: after punctuation or a boundary word. */
  private int startOf(Document doc, List<Token> tokens, int end) {
    int k = end;
    while (k >= 0) {
      String w = word(doc, tokens.get(k));
      if (isPunctuation(w) || boundaries.contains(w)) {
        break;
      }
      k--;
    }
    return k + 1;
  }

  private boolean isCompanion(String w, Document doc, Token token) {
    if (companions.contains(w)) {
      return true;
    }
    // "cynically dismissed", "repeatedly said": an adverb, not the lower-case end of a name
    return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(doc.text(token.span()).codePointAt(0))
        && !NOUNS_IN_LY.contains(w);
  }

  /** Nouns ending in "-ly" that may end a subject: "the family said". */
  private static final Set<String> NOUNS_IN_LY = Set.of("family", "ally", "rally", "assembly", "supply", "monopoly",
      "anomaly", "bully", "italy", "daily", "weekly", "monthly", "quarterly");

  private static boolean isPunctuation(String w) {
    // "'s" is a word, "''" a quotation mark
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0))
        && (w.length() < 2 || !Character.isLetter(w.codePointAt(1)));
  }

  private static String word(Document doc, Token token) {
    return doc.text(token.span()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
