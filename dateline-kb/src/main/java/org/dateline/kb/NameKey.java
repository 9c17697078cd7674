package org.dateline.kb;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A key under which the spellings of one name across languages and transliterations meet:
 * Choïgou, Shoigu, Shoygu, Schoigu and Šojgu; Poutine and Putin; Pyongyang and Pjöngjang; Kiev,
 * Kiew and Kyiv. Each word is folded to its consonant skeleton after the usual transliteration
 * differences are evened out (French "ou" and "ch", German "sch" and "w", háček letters, "j" and
 * "y" as glides). The key is for finding candidates, not for telling people apart: different
 * names can share one.
 */
public final class NameKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
  private static final String VOWELS_AND_GLIDES = "aeiouyjh";

  private NameKey() {}

  /** The key of a name: its words' skeletons, space-separated; empty when it has no letters. */
  public static String of(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : letters(name).split(" ")) {
      String skeleton = word.isEmpty() ? "" : skeleton(word);
      if (!skeleton.isEmpty()) {
        key.append(key.isEmpty() ? "" : " ").append(skeleton);
      }
    }
    return key.toString();
  }

  /** The key of the last word: what a surname alone ("Choïgou") is looked up by. */
  public static String ofLastWord(String name) {
    return lastWord(of(name));
  }

  /** The last word's part of a key already made. */
  static String lastWord(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  /** The name in lower-case unaccented letters and single spaces: "Sergueï Choïgou" → "serguei choigou". */
  static String letters(String name) {
    if (isAscii(name)) {
      return asciiLetters(name); // most names: nothing to transliterate or decompose
    }
    String lower = name.toLowerCase(Locale.ROOT).replace("š", "sh").replace("ž", "zh").replace("č", "ch")
        .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o");
    String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_LETTERS.matcher(bare).replaceAll(" ").strip();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** What {@link #letters} makes of an ASCII name, in one pass: lower case, other characters a single space. */
  private static String asciiLetters(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower >= 'a' && lower <= 'z') {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        gap = false;
        out.append(lower);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static String skeleton(String word) {
    String w = word.replace("tch", "ch").replace("sch", "sh").replace("ch", "sh").replace("ou", "u")
        .replace("ph", "f").replace("kh", "h").replace("dj", "j").replace("zh", "j").replace("sh", "$")
        .replace('w', 'v').replace('c', 'k').replace('q', 'k').replace('z', 's').replace("x", "ks");
    // vowels and glides out, then a letter written twice in a row once
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      if (VOWELS_AND_GLIDES.indexOf(ch) < 0 && (out.isEmpty() || out.charAt(out.length() - 1) != ch)) {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
