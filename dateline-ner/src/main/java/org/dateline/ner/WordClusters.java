package org.dateline.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word classes learnt from unlabelled text, so that the tagger can generalise from a name it was
 * trained on to one it never saw in the same company ("Rotterdam" and "Antwerp", "Tuesday" and
 * "Friday", surnames after "Mr."). The classes maximise the likelihood of a class bigram model,
 * found by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): each word in
 * turn moves to the class that raises the likelihood most, until no word moves. Deterministic: words
 * are visited in order of frequency, ties broken by the lower class. Immutable.
 */
public final class WordClusters {

  private final Map<String, Integer> classes;
  private final int classCount;

  WordClusters(Map<String, Integer> classes, int classCount) {
    this.classes = Map.copyOf(classes);
    this.classCount = classCount;
  }

  public static WordClusters none() {
    return new WordClusters(Map.of(), 0);
  }

  /** The class of a lowercased word, or -1 when the word was too rare to be clustered. */
  int of(String lowerWord) {
    return classes.getOrDefault(lowerWord, -1);
  }

  Map<String, Integer> classes() {
    return classes;
  }

  public int classCount() {
    return classCount;
  }

  public int size() {
    return classes.size();
  }

  /**
   * Clusters the lowercased words seen at least {@code minCount} times in the sentences into
   * {@code classCount} classes, with at most {@code iterations} passes over the vocabulary. Rarer
   * words take part as one shared context word and get no class.
   */
  public static WordClusters learn(Iterable<List<String>> sentences, int classCount, int minCount, int iterations) {
    Corpus corpus = Corpus.of(sentences, minCount);
    int[] classOf = new Exchange(corpus, classCount).run(iterations);
    Map<String, Integer> out = new HashMap<>();
    for (int w = Corpus.FIRST_WORD; w < corpus.words.size(); w++) {
      out.put(corpus.words.get(w), classOf[w]);
    }
    return new WordClusters(out, classCount);
  }

  /**
   * The vocabulary by falling frequency (after the boundary and rare-word ids) and, for every word,
   * its left and right neighbours with their bigram counts, as sorted parallel arrays.
   */
  private static final class Corpus {
    static final int BOUNDARY = 0;
    static final int RARE = 1;
    static final int FIRST_WORD = 2;

    final List<String> words;
    final int[][] leftIds;
    final int[][] leftCounts;
    final int[][] rightIds;
    final int[][] rightCounts;

    private Corpus(List<String> words, Map<Long, Integer> bigrams) {
      this.words = words;
      int n = words.size();
      List<List<long[]>> left = new ArrayList<>(n);
      List<List<long[]>> right = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        left.add(new ArrayList<>());
        right.add(new ArrayList<>());
      }
      bigrams.forEach((pair, count) -> {
        int first = (int) (pair >>> 32);
        int second = (int) (long) pair;
        right.get(first).add(new long[] {second, count});
        left.get(second).add(new long[] {first, count});
      });
      leftIds = new int[n][];
      leftCounts = new int[n][];
      rightIds = new int[n][];
      rightCounts = new int[n][];
      for (int i = 0; i < n; i++) {
        leftIds[i] = ids(left.get(i));
        leftCounts[i] = counts(left.get(i));
        rightIds[i] = ids(right.get(i));
        rightCounts[i] = counts(right.get(i));
      }
    }

    static Corpus of(Iterable<List<String>> sentences, int minCount) {
      Map<String, Integer> frequency = new HashMap<>();
      for (List<String> s : sentences) {
        for (String w : s) {
          frequency.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
      List<String> words = new ArrayList<>(List.of("<s>", "<rare>"));
      frequency.entrySet().stream().filter(e -> e.getValue() >= minCount)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> words.add(e.getKey()));
      Map<String, Integer> id = new HashMap<>();
      for (int i = FIRST_WORD; i < words.size(); i++) {
        id.put(words.get(i), i);
      }
      Map<Long, Integer> bigrams = new HashMap<>();
      for (List<String> s : sentences) {
        int previous = BOUNDARY;
        for (String w : s) {
          int current = id.getOrDefault(w.toLowerCase(Locale.ROOT), RARE);
          bigrams.merge(((long) previous << 32) | current, 1, Integer::sum);
          previous = current;
        }
        bigrams.merge(((long) previous << 32) | BOUNDARY, 1, Integer::sum);
      }
      return new Corpus(List.copyOf(words), bigrams);
    }

    private static int[] ids(List<long[]> pairs) {
      pairs.sort(Comparator.comparingLong(p -> p[0]));
      return pairs.stream().mapToInt(p -> (int) p[0]).toArray();
    }

    private static int[] counts(List<long[]> pairs) {
      return pairs.stream().mapToInt(p -> (int) p[1]).toArray();
    }
  }

  /**
   * The exchange algorithm over class bigram counts. The log-likelihood of the class bigram model
   * is, up to terms that do not depend on the classes, the sum of f(N(c1, c2)) minus the sums of
   * f(N(c1, ·)) and f(N(·, c2)), with f(x) = x log x; moving a word changes only the rows and
   * columns of its old and new class, so each candidate class is scored from the word's own
   * neighbours.
   */
  private static final class Exchange {
    private final Corpus corpus;
    private final int classes;
    private final int[] classOf;
    private final long[] pair;
    private final long[] asFirst;
    private final long[] asSecond;
    private final long[] firstCount;
    private final long[] secondCount;
    private final long[] selfCount;
    private final double[] xlogx = new double[1 << 16];

    // scratch: the current word's left and right neighbour counts by class
    private final ByClass left;
    private final ByClass right;

    Exchange(Corpus corpus, int classes) {
      this.corpus = corpus;
      this.classes = classes;
      int n = corpus.words.size();
      classOf = new int[n];
      pair = new long[classes * classes];
      asFirst = new long[classes];
      asSecond = new long[classes];
      firstCount = new long[n];
      secondCount = new long[n];
      selfCount = new long[n];
      left = new ByClass(classes);
      right = new ByClass(classes);
      for (int i = 1; i < xlogx.length; i++) {
        xlogx[i] = i * Math.log(i);
      }
      for (int w = 0; w < n; w++) {
        classOf[w] = w % classes;
        for (int k = 0; k < corpus.rightIds[w].length; k++) {
          firstCount[w] += corpus.rightCounts[w][k];
          if (corpus.rightIds[w][k] == w) {
            selfCount[w] = corpus.rightCounts[w][k];
          }
        }
        for (int count : corpus.leftCounts[w]) {
          secondCount[w] += count;
        }
      }
      for (int w = 0; w < n; w++) {
        for (int k = 0; k < corpus.rightIds[w].length; k++) {
          pair[classOf[w] * classes + classOf[corpus.rightIds[w][k]]] += corpus.rightCounts[w][k];
        }
        asFirst[classOf[w]] += firstCount[w];
        asSecond[classOf[w]] += secondCount[w];
      }
    }

    int[] run(int iterations) {
      for (int it = 0; it < iterations; it++) {
        int moved = 0;
        for (int w = Corpus.FIRST_WORD; w < corpus.words.size(); w++) {
          int from = classOf[w];
          gatherNeighbours(w);
          move(w, from, -1);
          int to = best(w, from);
          move(w, to, +1);
          classOf[w] = to;
          if (to != from) {
            moved++;
          }
        }
        if (moved == 0) {
          break;
        }
      }
      return classOf;
    }

    /** The word's neighbour counts by the neighbours' classes, itself excluded. */
    private void gatherNeighbours(int w) {
      left.gather(w, corpus.leftIds[w], corpus.leftCounts[w], classOf);
      right.gather(w, corpus.rightIds[w], corpus.rightCounts[w], classOf);
    }

    /** Adds (sign +1) or removes (sign -1) the word's bigrams to or from class c's counts. */
    private void move(int w, int c, int sign) {
      for (int k = 0; k < left.size; k++) {
        int d = left.touched[k];
        pair[d * classes + c] += sign * left.counts[d];
      }
      for (int k = 0; k < right.size; k++) {
        int d = right.touched[k];
        pair[c * classes + d] += sign * right.counts[d];
      }
      pair[c * classes + c] += sign * selfCount[w];
      asFirst[c] += sign * firstCount[w];
      asSecond[c] += sign * secondCount[w];
    }

    /** The class whose likelihood gain from taking the word is largest; the current one on a tie. */
    private int best(int w, int current) {
      int best = current;
      double bestGain = gain(w, current);
      for (int c = 0; c < classes; c++) {
        if (c != current) {
          double g = gain(w, c);
          if (g > bestGain + 1e-9) {
            best = c;
            bestGain = g;
          }
        }
      }
      return best;
    }

    private double gain(int w, int c) {
      double g = 0;
      for (int k = 0; k < left.size; k++) {
        int d = left.touched[k];
        if (d != c) {
          long n = pair[d * classes + c];
          g += f(n + left.counts[d]) - f(n);
        }
      }
      for (int k = 0; k < right.size; k++) {
        int d = right.touched[k];
        if (d != c) {
          long n = pair[c * classes + d];
          g += f(n + right.counts[d]) - f(n);
        }
      }
      long diagonal = pair[c * classes + c];
      g += f(diagonal + left.counts[c] + right.counts[c] + selfCount[w]) - f(diagonal);
      g -= f(asFirst[c] + firstCount[w]) - f(asFirst[c]);
      g -= f(asSecond[c] + secondCount[w]) - f(asSecond[c]);
      return g;
    }

    private double f(long x) {
      return x < xlogx.length ? xlogx[(int) x] : x * Math.log(x);
    }
  }

  /** Counts by class with the list of classes set, cleared in time proportional to that list. */
  private static final class ByClass {
    final long[] counts;
    final int[] touched;
    int size;

    ByClass(int classes) {
      counts = new long[classes];
      touched = new int[classes];
    }

    /** Sets the counts to those of the word's neighbours (not itself), by their classes. */
    void gather(int w, int[] neighbours, int[] neighbourCounts, int[] classOf) {
      for (int k = 0; k < size; k++) {
        counts[touched[k]] = 0;
      }
      size = 0;
      for (int k = 0; k < neighbours.length; k++) {
        if (neighbours[k] != w) {
          int c = classOf[neighbours[k]];
          if (counts[c] == 0) {
            touched[size++] = c;
          }
          counts[c] += neighbourCounts[k];
        }
      }
    }
  }

  @Override
  public String toString() {
    return "WordClusters[" + classes.size() + " words in " + classCount + " classes]";
  }
}
