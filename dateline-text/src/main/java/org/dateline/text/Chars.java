package org.dateline.text;

/** Character classes the tokenizer and sentence splitter agree on. */
final class Chars {

  private Chars() {}

  /** Any kind of space: ASCII, no-break (U+00A0), narrow no-break (U+202F), zero-width, BOM. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Letters, digits and combining marks, surrogate pairs included. */
  static boolean isWordChar(CharSequence text, int i) {
    int cp = Character.codePointAt(text, i);
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isWordStart(CharSequence text, int i) {
    return Character.isLetterOrDigit(Character.codePointAt(text, i));
  }

  static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.CURRENCY_SYMBOL
        || type == Character.MATH_SYMBOL
        || type == Character.OTHER_SYMBOL
        || type == Character.MODIFIER_SYMBOL
        || cp == '%'
        || cp == '‰'
        || cp == '&'
        || cp == '@'
        || cp == '#';
  }
}
