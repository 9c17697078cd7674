package org.dateline.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word shingles of a text as 64-bit hashes: every run of {@link #K} consecutive words, words
 * being letters and digits, lower-cased with accents removed, so that punctuation, spacing and
 * "é"/"e" spellings of wire copies do not tell them apart. A text shorter than K words is one shingle.
 */
public final class Shingler {

  /** Five words: long enough that two unrelated articles share almost none, short enough to survive small edits. */
  public static final int K = 5;

  private Shingler() {}

  public static Set<Long> shingles(String text) {
    List<String> words = words(text);
    Set<Long> out = new HashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    int n = Math.max(1, words.size() - K + 1);
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(i + K, words.size()); j++) {
        h = fnv(h, words.get(j));
        h = fnv(h, " ");
      }
      out.add(h);
    }
    return out;
  }

  static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
