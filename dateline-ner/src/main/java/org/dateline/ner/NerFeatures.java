package org.dateline.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The features of a token for the tagger: the word and its neighbours, its shape, prefixes and
 * suffixes, its position, whether it stands inside guillemets, gazetteer matches around it, and
 * the two previous tags. Pure functions over a sentence prepared once by {@link #prepare}.
 */
final class NerFeatures {

  private NerFeatures() {}

  /** A sentence's tokens with what every feature of every position needs, computed once. */
  record Sentence(List<String> words, List<String> lower, List<String> shapes, String[] gazetteer, boolean[] quoted,
      String[] casing, String[] clusters) {}

  /** At most this many distinct neighbours of a word's other occurrences become features. */
  private static final int MAX_NEIGHBOURS = 6;

  /**
   * What the rest of the document says of each capitalised word: the words next to its occurrences
   * ("président" before "Macron" in one sentence helps read "Macron" alone in another), and whether
   * it occurs capitalised inside a sentence (then a sentence-initial occurrence is a name too).
   */
  record DocumentContext(boolean used, Map<String, Set<String>> neighbours, Set<String> capitalisedInside) {

    /** What a model trained without document features sees: nothing. */
    static final DocumentContext UNUSED = new DocumentContext(false, Map.of(), Set.of());

    static DocumentContext of(List<Sentence> sentences) {
      Map<String, Set<String>> neighbours = new HashMap<>();
      Set<String> inside = new HashSet<>();
      for (Sentence s : sentences) {
        for (int i = 0; i < s.words().size(); i++) {
          if (!capitalised(s.words().get(i))) {
            continue;
          }
          String lw = s.lower().get(i);
          if (i > 0) {
            inside.add(lw);
          }
          Set<String> near = neighbours.computeIfAbsent(lw, k -> new LinkedHashSet<>());
          if (near.size() < MAX_NEIGHBOURS) {
            near.add("L" + word(s, i - 1));
          }
          if (near.size() < MAX_NEIGHBOURS) {
            near.add("R" + word(s, i + 1));
          }
        }
      }
      return new DocumentContext(true, neighbours, inside);
    }
  }

  /**
   * The entity types given so far in the document to each capitalised word: filled as the tagger
   * goes, with its own decisions (during training too, so that it learns how far to trust them).
   */
  static final class History {
    private final Map<String, String> lastType = new HashMap<>();

    void record(Sentence s, int i, String tag) {
      if (capitalised(s.words().get(i))) {
        lastType.put(s.lower().get(i), tag.equals("O") ? "O" : tag.substring(2));
      }
    }

    String of(Sentence s, int i) {
      return lastType.get(s.lower().get(i));
    }
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static Sentence prepare(List<String> words, Lexicon lexicon) {
    List<String> lower = new ArrayList<>(words.size());
    List<String> shapes = new ArrayList<>(words.size());
    for (String w : words) {
      lower.add(w.toLowerCase(Locale.ROOT));
      shapes.add(shape(w));
    }
    String[] gaz = new String[words.size()];
    for (Gazetteer.Match m : lexicon.gazetteer().find(lower)) {
      for (int k = m.start(); k < m.end(); k++) {
        gaz[k] = (k == m.start() ? "B-" : "I-") + m.category() + (m.end() - m.start() == 1 ? "-1" : "");
      }
    }
    boolean[] quoted = new boolean[words.size()];
    int depth = 0;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (w.equals("»") || w.equals("”")) {
        depth = Math.max(0, depth - 1);
      }
      quoted[k] = depth > 0;
      if (w.equals("«") || w.equals("“")) {
        depth++;
      }
    }
    String[] cases = new String[words.size()];
    for (int k = 0; k < cases.length; k++) {
      cases[k] = lexicon.casing().of(lower.get(k));
    }
    // no classes, no class features: a model trained without them keeps its features unchanged
    String[] clusters = new String[lexicon.clusters().size() == 0 ? 0 : words.size()];
    for (int k = 0; k < clusters.length; k++) {
      int cluster = lexicon.clusters().of(lower.get(k));
      clusters[k] = cluster < 0 ? "_" : Integer.toString(cluster);
    }
    return new Sentence(words, lower, shapes, gaz, quoted, cases, clusters);
  }

  /** The features of token i given the two previous tags and what the document says of its word. */
  static List<String> of(Sentence s, int i, String prev, String prev2, DocumentContext document, History history) {
    return of(untagged(s, i, document, history), s, i, prev, prev2);
  }

  /** The features of token i given its tag-free features, computed once for every partial sequence of a beam. */
  static List<String> of(List<String> untagged, Sentence s, int i, String prev, String prev2) {
    List<String> f = new ArrayList<>(untagged.size() + 5);
    f.addAll(untagged);
    f.addAll(tagged(s, i, prev, prev2));
    return f;
  }

  /** The features of the previous two tags, with the token's word, shape and gazetteer match. */
  static List<String> tagged(Sentence s, int i, String prev, String prev2) {
    FeatureSink.Texts f = new FeatureSink.Texts();
    previous(s, i, prev, f);
    twoPrevious(prev, prev2, f);
    return f.features();
  }

  /** The features of the previous tag alone: a beam scores them once per distinct previous tag. */
  static void previous(Sentence s, int i, String prev, FeatureSink f) {
    f.add("t1=", prev);
    f.add("t1w=", prev, "|", s.lower().get(i));
    f.add("t1sh=", prev, "|", s.shapes().get(i));
    f.add("t1g=", prev, "|", s.gazetteer()[i]);
  }

  /** The feature of the previous two tags. */
  static void twoPrevious(String prev, String prev2, FeatureSink f) {
    f.add("t2=", prev2, "|", prev);
  }

  /** The features of token i that do not depend on the tags before it, as text. */
  static List<String> untagged(Sentence s, int i, DocumentContext document, History history) {
    FeatureSink.Texts f = new FeatureSink.Texts();
    untagged(s, i, document, history, f);
    return f.features();
  }

  /** The features of token i that do not depend on the tags before it: a beam computes them once. */
  static void untagged(Sentence s, int i, DocumentContext document, History history, FeatureSink f) {
    untagged(s, i, f);
    if (document.used() && capitalised(s.words().get(i))) {
      String lw = s.lower().get(i);
      for (String near : document.neighbours().getOrDefault(lw, Set.of())) {
        f.add("dn=", near);
      }
      if (i == 0) {
        f.add("dcap=", String.valueOf(document.capitalisedInside().contains(lw)));
      }
      String before = history.of(s, i);
      f.add("h=", before);
      f.add("hsh=", before, "|", s.shapes().get(i));
    }
  }

  private static final String[] PREFIX = {"", "p1=", "p2=", "p3=", "p4="};
  private static final String[] SUFFIX = {"", "s1=", "s2=", "s3=", "s4="};

  /** The features of token i from its sentence alone, tags aside. */
  private static void untagged(Sentence s, int i, FeatureSink f) {
    String w = s.words().get(i);
    String lw = s.lower().get(i);
    String shape = s.shapes().get(i);
    String first = String.valueOf(i == 0);
    f.add("b");
    f.add("w=", w);
    f.add("lw=", lw);
    f.add("sh=", shape);
    for (int k = 1; k <= 4 && k < lw.length(); k++) {
      f.addRange(PREFIX[k], lw, 0, k);
      f.addRange(SUFFIX[k], lw, lw.length() - k, lw.length());
    }
    f.add("first=", first, "|", shape);
    f.add("q=", String.valueOf(s.quoted()[i]));
    f.add("g=", s.gazetteer()[i]);
    f.add("g-1=", at(s.gazetteer(), i - 1), "|g=", s.gazetteer()[i]);
    f.add("g+1=", at(s.gazetteer(), i + 1));
    f.add("w-1=", word(s, i - 1));
    f.add("w-2=", word(s, i - 2));
    f.add("w+1=", word(s, i + 1));
    f.add("w+2=", word(s, i + 2));
    f.add("w-1w=", word(s, i - 1), "|", lw);
    f.add("ww+1=", lw, "|", word(s, i + 1));
    f.add("sh-1=", shape(s, i - 1), "|", shape);
    f.add("sh+1=", shape, "|", shape(s, i + 1));
    f.add("w-2w-1=", word(s, i - 2), "|", word(s, i - 1));
    suffix(f, "s3-1=", word(s, i - 1));
    suffix(f, "s3+1=", word(s, i + 1));
    f.add("sh-2=", shape(s, i - 2));
    f.add("sh+2=", shape(s, i + 2));
    if (s.casing().length > 0 && !s.casing()[i].equals("unknown") || i == 0) {
      f.add("cs=", s.casing()[i], "|", shape, "|", first);
    }
    if (s.clusters().length > 0) {
      String cluster = s.clusters()[i];
      if (!cluster.equals("_")) {
        f.add("c=", cluster);
        f.add("csh=", cluster, "|", shape);
      }
      f.add("c-1=", at(s.clusters(), i - 1));
      f.add("c+1=", at(s.clusters(), i + 1));
    }
  }

  /** The last three letters of a word, or the word when it is shorter. */
  private static void suffix(FeatureSink f, String prefix, String w) {
    f.addRange(prefix, w, Math.max(0, w.length() - 3), w.length());
  }

  private static String at(String[] values, int i) {
    return i < 0 || i >= values.length ? "_" : String.valueOf(values[i]);
  }

  private static String word(Sentence s, int i) {
    return i < 0 ? "<s>" : i >= s.lower().size() ? "</s>" : s.lower().get(i);
  }

  private static String shape(Sentence s, int i) {
    return i < 0 ? "<s>" : i >= s.shapes().size() ? "</s>" : s.shapes().get(i);
  }

  /** "Kim" → "Xx", "KCNA" → "X", "Jong-Un" → "Xx-Xx", "10.000" → "d.d", "l'" → "x'". */
  static String shape(String w) {
    StringBuilder s = new StringBuilder();
    char last = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (cls != last) {
        s.append(cls);
        last = cls;
      }
      if (s.length() > 8) {
        break;
      }
    }
    return s.toString();
  }
}
