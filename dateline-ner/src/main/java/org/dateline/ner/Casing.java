package org.dateline.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a word is usually written inside a sentence, learnt from the training text: "paris" is almost
 * always capitalised there, "hier" almost never. A word that opens a sentence, or stands in an
 * all-capitals headline, hides its case; this tells the tagger how the word is written elsewhere,
 * and that an unknown capitalised word opening a sentence ("Ahn Chan Il, …") is no common word.
 * Immutable.
 */
public final class Casing {

  /** Occurrences inside sentences a word needs before its habit counts. */
  private static final int MIN_COUNT = 3;

  private final Map<String, String> classes;

  Casing(Map<String, String> classes) {
    this.classes = Map.copyOf(classes);
  }

  public static Casing none() {
    return new Casing(Map.of());
  }

  /** Counts, for each word, how often it is capitalised when it does not open its sentence. */
  public static Casing learn(Iterable<List<String>> sentences) {
    Map<String, int[]> counts = new HashMap<>();
    for (List<String> words : sentences) {
      if (isAllCaps(words)) {
        continue;
      }
      for (int i = 1; i < words.size(); i++) {
        String w = words.get(i);
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
        c[0]++;
        if (Character.isUpperCase(w.charAt(0))) {
          c[1]++;
        }
      }
    }
    Map<String, String> classes = new HashMap<>();
    counts.forEach((word, c) -> {
      if (c[0] >= MIN_COUNT) {
        double capitalised = (double) c[1] / c[0];
        classes.put(word, capitalised < 0.1 ? "lower" : capitalised < 0.5 ? "mostly-lower"
            : capitalised < 0.9 ? "mostly-upper" : "upper");
      }
    });
    return new Casing(classes);
  }

  /** A headline in capitals says nothing of how its words are written in running text. */
  private static boolean isAllCaps(List<String> words) {
    int letters = 0;
    int capitals = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        letters++;
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
          capitals++;
        }
      }
    }
    return letters >= 3 && capitals * 2 > letters;
  }

  /** "lower", "mostly-lower", "mostly-upper", "upper", or "unknown" for a word seen too rarely. */
  String of(String lowerWord) {
    return classes.getOrDefault(lowerWord, "unknown");
  }

  Map<String, String> classes() {
    return classes;
  }

  public int size() {
    return classes.size();
  }
}
