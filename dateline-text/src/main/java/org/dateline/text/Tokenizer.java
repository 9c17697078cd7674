package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * A rule-based tokenizer for Latin-script news, configured per language by {@link TokenizerRules}.
 * It keeps as one token what a reader sees as one word: hyphenated names ("Kim Jong-Un"),
 * abbreviations ("M.", "U.S."), numbers with separators ("10.000", "10 000", "1,5"), times
 * ("14:30"), ISO dates, URLs and e-mail addresses; it splits what a parser needs apart: elided
 * articles ("l'", "qu'"), verb-pronoun clitics ("a" "-t-il"), English contractions ("do" "n't"),
 * and punctuation, runs of which ("...", "?!") stay together. Spaces of every kind separate tokens,
 * no-break and narrow no-break spaces included.
 *
 * <p>Linear in the input, allocation only for the tokens it returns; immutable and thread-safe.
 */
public final class Tokenizer {

  private static final Pattern URL =
      Pattern.compile(
          "(?:(?:https?|ftp)://|www\\.)[^\\s<>\"«»\u00A0\u202F]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOMAIN =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.(?:com|org|net|info|gov|edu|int|io|eu|fr|be|ch|ca|uk|us|de|it|es|ru|ua|jp|kr|kp|cn)(?:/[^\\s<>\"«»\u00A0\u202F]*)?"
              + "(?![\\p{L}\\p{N}])");
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
  /** Lower-case particles that begin names ("al-Assad", "ben-Gourion"); not prefixes to split off. */
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of(
      "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ben", "bin", "ibn", "abu", "bou", "ould",
      "ait", "da", "de", "di", "del", "della", "van", "von", "der", "ul", "ur");
  /** What may close a URL in running text but is not part of it. */
  private static final String URL_TRAILING_PUNCTUATION = ".,;:!?'\"’”»)]}";

  private final TokenizerRules rules;

  public Tokenizer(TokenizerRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  public TokenizerRules rules() {
    return rules;
  }

  /** Tokens of the whole text. */
  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text} between {@code start} and {@code end}, with offsets into {@code text}. */
  public List<Token> tokenize(CharSequence text, int start, int end) {
    if (start < 0 || end > text.length() || start > end) {
      throw new IllegalArgumentException(
          "bad range [" + start + ", " + end + ") for a text of length " + text.length());
    }
    return new Scan(text, start, end).run();
  }

  /** The state of one tokenization; a new one per call keeps the tokenizer thread-safe. */
  private final class Scan {
    private final CharSequence text;
    private final int end;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    Scan(CharSequence text, int start, int end) {
      this.text = text;
      this.pos = start;
      this.end = end;
    }

    List<Token> run() {
      while (pos < end) {
        char c = text.charAt(pos);
        if (Chars.isSpace(c)) {
          pos++;
        } else if (Chars.isDigit(c)) {
          if (!tryUrlOrEmail()) {
            number();
          }
        } else if (Chars.isWordStart(text, pos)) {
          if (!tryUrlOrEmail()) {
            word();
          }
        } else {
          punctuation();
        }
      }
      return tokens;
    }

    private void emit(int from, int to, Token.Kind kind) {
      tokens.add(new Token(new Span(from, to), kind));
    }

    /** URLs and e-mail addresses; only looked for when the chunk up to the next space could be one. */
    private boolean tryUrlOrEmail() {
      int chunkEnd = pos;
      boolean at = false;
      boolean dot = false;
      while (chunkEnd < end && !Chars.isSpace(text.charAt(chunkEnd)) && chunkEnd - pos < 2048) {
        char c = text.charAt(chunkEnd);
        at |= c == '@';
        dot |= c == '.' || c == ':';
        chunkEnd++;
      }
      if (!dot) {
        return false;
      }
      Matcher m;
      if (at) {
        m = EMAIL.matcher(text).region(pos, chunkEnd);
        if (m.lookingAt()) {
          int to = trimTrailing(pos, m.end(), ".-");
          emit(pos, to, Token.Kind.EMAIL);
          pos = to;
          return true;
        }
      }
      m = URL.matcher(text).region(pos, chunkEnd);
      if (!m.lookingAt()) {
        m = DOMAIN.matcher(text).region(pos, chunkEnd);
        if (!m.lookingAt()) {
          return false;
        }
      }
      int to = trimTrailing(pos, m.end(), URL_TRAILING_PUNCTUATION);
      if (to - pos < 4) {
        return false;
      }
      emit(pos, to, Token.Kind.URL);
      pos = to;
      return true;
    }

    /** Drops closing punctuation the match swallowed, keeping a ')' that closes a '(' in the URL. */
    private int trimTrailing(int from, int to, String trailing) {
      while (to > from && trailing.indexOf(text.charAt(to - 1)) >= 0) {
        char last = text.charAt(to - 1);
        if (last == ')' && count(from, to, '(') >= count(from, to, ')')) {
          break;
        }
        to--;
      }
      return to;
    }

    private int count(int from, int to, char c) {
      int n = 0;
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == c) {
          n++;
        }
      }
      return n;
    }

    private void number() {
      int from = pos;
      int j = digits(pos);
      int firstGroup = j - from;
      boolean spaced = false;
      if (firstGroup == 4 && isIsoDateRest(j)) {
        j += 6;
      } else {
        boolean grouped = firstGroup <= 3;
        while (j < end) {
          char c = text.charAt(j);
          if ((c == '.' || c == ',') && j + 1 < end && Chars.isDigit(text.charAt(j + 1))) {
            int next = digits(j + 1);
            grouped &= next - (j + 1) == 3;
            j = next; // 10.000, 10,000, 1,5, 1.5, 1.000.000
          } else if (rules.spaceGroupedNumbers() && grouped && Chars.isSpace(c)
              && c != '\n' && c != '\r' && isThreeDigitGroup(j + 1)) {
            j += 4; // 10 000 with a space, a no-break or a narrow no-break space
            spaced = true;
          } else if (c == ':' && isTwoDigits(j + 1)) {
            j += 3; // 14:30
            grouped = false;
          } else if (c == '/' && j - from <= 5 && j + 1 < end && Chars.isDigit(text.charAt(j + 1))
              && firstGroup <= 2) {
            j = digits(j + 1); // 22/03/2025, but 2002/2003 is two years
            grouped = false;
          } else {
            break;
          }
        }
      }
      boolean letters = false;
      // 1er, 35e, 14h30 take their suffix; "10 000l" is a number and a word, never one token with a space
      while (!spaced && j < end && Chars.isWordChar(text, j)) {
        letters |= Character.isLetter(text.charAt(j));
        j += Character.charCount(Character.codePointAt(text, j));
      }
      emit(from, j, letters ? Token.Kind.WORD : Token.Kind.NUMBER);
      pos = j;
    }

    private int digits(int from) {
      int j = from;
      while (j < end && Chars.isDigit(text.charAt(j))) {
        j++;
      }
      return j;
    }

    private boolean isTwoDigits(int from) {
      return from + 2 <= end && digits(from) == from + 2;
    }

    private boolean isThreeDigitGroup(int from) {
      return from + 3 <= end
          && digits(from) == from + 3
          && (from + 3 == end || !Chars.isWordChar(text, from + 3));
    }

    private boolean isIsoDateRest(int j) {
      return j + 6 <= end
          && text.charAt(j) == '-'
          && digits(j + 1) == j + 3
          && text.charAt(j + 3) == '-'
          && digits(j + 4) == j + 6
          && (j + 6 == end || !Chars.isWordChar(text, j + 6));
    }

    private void word() {
      int from = pos;
      int j = acronym(from);
      if (j > from) {
        emit(from, j, Token.Kind.WORD);
        pos = j;
        return;
      }
      j = from;
      int segment = from;
      while (true) {
        while (j < end && Chars.isWordChar(text, j)) {
          j += Character.charCount(Character.codePointAt(text, j));
        }
        if (j + 1 < end && (Chars.isHyphen(text.charAt(j)) || Chars.isApostrophe(text.charAt(j)))
            && Chars.isWordChar(text, j + 1)) {
          if (Chars.isHyphen(text.charAt(j)) && Character.isUpperCase(text.charAt(j + 1))
              && segment == from && isLowerCase(from, j)
              && !NAME_PARTICLES.contains(text.subSequence(from, j).toString())) {
            break; // anti-Trump, pro-Assad, ex-URSS; but Île-de-France stays whole
          }
          j++; // Jong-Un, aujourd'hui; elisions and clitics are split off below
          segment = j;
          continue;
        }
        break;
      }
      boolean sentenceStart = atSentenceStart();
      from = splitElisions(from, j);
      if (from < j && j < end && Chars.isApostrophe(text.charAt(j)) && isElision(from, j + 1)) {
        emit(from, j + 1, Token.Kind.WORD); // l'« … » : the elision stands before a non-letter
        pos = j + 1;
        return;
      }
      pos = from < j ? wordPieces(from, j, sentenceStart) : j;
    }

    /** Dotted acronyms and initials: "U.S.", "U.S.A.", "e.g.", "J.-C.". Returns their end, or from. */
    private int acronym(int from) {
      int j = from;
      int letters = 0;
      while (j + 1 < end && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
          && (j == from || !Character.isLetter(text.charAt(j - 1)))) {
        letters++;
        j += 2;
        if (j + 1 < end && text.charAt(j) == '-' && Character.isLetter(text.charAt(j + 1))) {
          j++; // J.-C.
        }
      }
      if (letters >= 2 && (j == end || !Character.isLetterOrDigit(text.charAt(j)))) {
        return j;
      }
      return from;
    }

    private boolean isElision(int from, int to) {
      return rules.elisions().contains(lowerNormalized(from, to));
    }

    /** Emits "l'" of "l'aviation", "qu'" of "qu'aujourd'hui", and returns where the rest starts. */
    private int splitElisions(int from, int to) {
      if (rules.elisions().isEmpty()) {
        return from;
      }
      while (true) {
        int apostrophe = indexOfApostrophe(from, to);
        if (apostrophe < 0 || apostrophe == to - 1 || !isElision(from, apostrophe + 1)) {
          return from;
        }
        String rest = lowerNormalized(from, to);
        if (rules.apostropheWords().stream().anyMatch(rest::startsWith)) {
          return from;
        }
        emit(from, apostrophe + 1, Token.Kind.WORD);
        from = apostrophe + 1;
      }
    }

    /**
     * A word without elisions: splits English contractions and French clitics, keeps the period of
     * abbreviations. Returns where the scan goes on.
     */
    private int wordPieces(int from, int to, boolean sentenceStart) {
      int contraction = contractionStart(from, to);
      if (contraction > from) {
        emit(from, contraction, Token.Kind.WORD);
        emit(contraction, to, Token.Kind.WORD);
        return to;
      }
      List<int[]> clitics = new ArrayList<>();
      int head = cliticSplit(from, to, sentenceStart, clitics);
      int headEnd = head;
      if (clitics.isEmpty()) {
        headEnd = abbreviationEnd(from, to);
      }
      emit(from, headEnd, Token.Kind.WORD);
      for (int i = clitics.size() - 1; i >= 0; i--) {
        emit(clitics.get(i)[0], clitics.get(i)[1], Token.Kind.WORD);
      }
      return Math.max(to, headEnd);
    }

    private int contractionStart(int from, int to) {
      if (rules.contractionSuffixes().isEmpty()) {
        return from;
      }
      String lower = lowerNormalized(from, to);
      for (String suffix : rules.contractionSuffixes()) {
        if (lower.length() > suffix.length() && lower.endsWith(suffix)) {
          return to - suffix.length();
        }
      }
      return from;
    }

    /**
     * Splits "-t-il", "-moi", "-ce" off the end of a verb, last first, into {@code clitics}; returns
     * where the verb ends. A capitalised verb is only split at a sentence start ("Est-ce", "A-t-il"),
     * so names stay whole ("Kim Jong-il").
     */
    private int cliticSplit(int from, int to, boolean sentenceStart, List<int[]> clitics) {
      if (rules.clitics().isEmpty() || indexOfHyphen(from, to) < 0
          || rules.hyphenWords().contains(lowerNormalized(from, to))) {
        return to;
      }
      boolean capitalised = Character.isUpperCase(text.charAt(from));
      if (capitalised && !sentenceStart) {
        return to;
      }
      int pieceEnd = to;
      while (true) {
        int hyphen = lastHyphen(from, pieceEnd);
        if (hyphen <= from) {
          return pieceEnd;
        }
        String clitic = text.subSequence(hyphen + 1, pieceEnd).toString();
        // "-t-il": the euphonic t belongs to the pronoun
        int cliticStart = hyphen;
        if (hyphen - 2 > from && text.charAt(hyphen - 1) == 't' && Chars.isHyphen(text.charAt(hyphen - 2))) {
          clitic = "t-" + clitic;
          cliticStart = hyphen - 2;
        }
        if (!rules.clitics().contains(clitic)) {
          return pieceEnd;
        }
        clitics.add(new int[] {cliticStart, pieceEnd});
        pieceEnd = cliticStart;
      }
    }

    /** Where the word ends when the period after it belongs to it ("M.", "etc.", "J."). */
    private int abbreviationEnd(int from, int to) {
      if (to >= end || text.charAt(to) != '.') {
        return to;
      }
      if (to + 1 < end && text.charAt(to + 1) == '.') {
        return to; // an ellipsis follows
      }
      String withPeriod = text.subSequence(from, to + 1).toString();
      boolean initial = to - from == 1 && Character.isUpperCase(text.charAt(from));
      if (initial || rules.abbreviations().contains(withPeriod)) {
        return to + 1;
      }
      return to;
    }

    private boolean atSentenceStart() {
      if (tokens.isEmpty()) {
        return true;
      }
      Token last = tokens.get(tokens.size() - 1);
      if (last.kind() != Token.Kind.PUNCTUATION) {
        return false;
      }
      char c = text.charAt(last.span().end() - 1);
      return ".!?…:«\"“—–-(".indexOf(c) >= 0;
    }

    private void punctuation() {
      int from = pos;
      int cp = Character.codePointAt(text, pos);
      int j = pos + Character.charCount(cp);
      if (cp == '.' || cp == '!' || cp == '?' || cp == '-' || cp == '…') {
        while (j < end && isRunOf(cp, text.charAt(j))) {
          j++;
        }
      }
      emit(from, j, Chars.isSymbol(cp) ? Token.Kind.SYMBOL : Token.Kind.PUNCTUATION);
      pos = j;
    }

    private boolean isRunOf(int first, char c) {
      if (first == '!' || first == '?') {
        return c == '!' || c == '?';
      }
      return c == first;
    }

    private boolean isLowerCase(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!Character.isLowerCase(text.charAt(i))) {
          return false;
        }
      }
      return from < to;
    }

    private int indexOfApostrophe(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Chars.isApostrophe(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private int indexOfHyphen(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Chars.isHyphen(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private int lastHyphen(int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (Chars.isHyphen(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private String lowerNormalized(int from, int to) {
      return TokenizerRules.normalizeApostrophes(text.subSequence(from, to).toString())
          .toLowerCase(Locale.ROOT);
    }
  }
}
