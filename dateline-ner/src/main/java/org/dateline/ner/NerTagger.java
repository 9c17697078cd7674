package org.dateline.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import org.dateline.core.EntityType;

/**
 * Tags the tokens of a sentence with BIO entity tags, left to right, each decision seeing the
 * previous two: greedily, or keeping the model's beam of best partial sequences when it was trained
 * so; an inside tag may only continue an entity of its own type. Thread-safe.
 */
public final class NerTagger {

  /** The tag before a sentence's first word, as the features name it. */
  private static final String START = "<s>";

  private final NerModel model;
  /** Whether tag c may follow tag p, by index; the row past the last tag is the sentence's start. */
  private final boolean[][] follows;

  public NerTagger(NerModel model) {
    this.model = Objects.requireNonNull(model, "model");
    List<String> tags = model.tags();
    this.follows = new boolean[tags.size() + 1][tags.size()];
    for (int p = 0; p <= tags.size(); p++) {
      for (int c = 0; c < tags.size(); c++) {
        follows[p][c] = allowed(tags.get(c), p < tags.size() ? tags.get(p) : START);
      }
    }
  }

  /** The tags of one sentence's token texts, read as a document of its own. */
  public List<String> tag(List<String> words) {
    return tagDocument(List.of(words)).get(0);
  }

  /**
   * The tags of a document's sentences, in order: what the document says elsewhere of a word (its
   * neighbours, the types it was given before) informs each decision.
   */
  public List<List<String>> tagDocument(List<List<String>> sentences) {
    List<NerFeatures.Sentence> prepared = sentences.stream().map(w -> NerFeatures.prepare(w, model.lexicon())).toList();
    NerFeatures.DocumentContext context = model.usesDocumentFeatures()
        ? NerFeatures.DocumentContext.of(prepared) : NerFeatures.DocumentContext.UNUSED;
    NerFeatures.History history = new NerFeatures.History();
    float[] scores = new float[model.tags().size()];
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (NerFeatures.Sentence s : prepared) {
      out.add(tag(s, context, history, scores));
    }
    return out;
  }

  /** A partial tag sequence: its last tag (and that tag's index), the one before, its score and the way back. */
  private record Hypothesis(Hypothesis back, String tag, int index, String prev, double score) {}

  /**
   * The best hypotheses of one step, best first, at most the beam's width: what a stable sort of all
   * candidates by falling score and a cut would keep (among equal scores the one offered first
   * stays ahead), without building or sorting the others.
   */
  private static final class BestHypotheses {
    private final Hypothesis[] best;
    private int size;

    BestHypotheses(int width) {
      this.best = new Hypothesis[width];
    }

    /** Whether a candidate with this score would be kept. */
    boolean admits(double score) {
      return size < best.length || score > best[size - 1].score();
    }

    void add(Hypothesis h) {
      int at = Math.min(size, best.length - 1);
      while (at > 0 && best[at - 1].score() < h.score()) {
        at--;
      }
      int moved = Math.min(size, best.length - 1) - at;
      System.arraycopy(best, at, best, at + 1, moved);
      best[at] = h;
      size = Math.min(size + 1, best.length);
    }

    List<Hypothesis> asList() {
      return Arrays.asList(best).subList(0, size);
    }
  }

  /**
   * Beam search over whole tag sequences, for a model trained so (a structured perceptron): the
   * features that do not depend on earlier tags are scored once per token, the few that do once per
   * partial sequence.
   */
  private List<String> beam(NerFeatures.Sentence s, NerFeatures.DocumentContext context, NerFeatures.History history,
      float[] base) {
    int n = model.tags().size();
    List<Hypothesis> beam = List.of(new Hypothesis(null, START, n, START, 0));
    float[] scores = new float[n];
    Map<String, float[]> byPrevious = new HashMap<>();
    FeatureSink.Hashes features = new FeatureSink.Hashes();
    for (int i = 0; i < s.words().size(); i++) {
      features.clear();
      NerFeatures.untagged(s, i, context, history, features);
      model.score(features, base);
      byPrevious.clear();
      BestHypotheses next = new BestHypotheses(model.beam());
      for (Hypothesis h : beam) {
        int at = i;
        float[] withPrevious = byPrevious.computeIfAbsent(h.tag(), prev -> {
          float[] sum = base.clone();
          features.clear();
          NerFeatures.previous(s, at, prev, features);
          model.add(features, sum);
          return sum;
        });
        System.arraycopy(withPrevious, 0, scores, 0, n);
        features.clear();
        NerFeatures.twoPrevious(h.tag(), h.prev(), features);
        model.add(features, scores);
        boolean[] allowedAfter = follows[h.index()];
        for (int c = 0; c < n; c++) {
          if (allowedAfter[c] && next.admits(h.score() + scores[c])) {
            next.add(new Hypothesis(h, model.tags().get(c), c, h.tag(), h.score() + scores[c]));
          }
        }
      }
      beam = next.asList();
    }
    String[] best = new String[s.words().size()];
    Hypothesis h = beam.get(0);
    for (int i = best.length - 1; i >= 0; i--, h = h.back()) {
      best[i] = h.tag();
    }
    for (int i = 0; i < best.length; i++) {
      history.record(s, i, best[i]);
    }
    return List.of(best);
  }

  private List<String> tag(NerFeatures.Sentence s, NerFeatures.DocumentContext context, NerFeatures.History history,
      float[] scores) {
    if (model.beam() > 1) {
      return beam(s, context, history, scores);
    }
    List<String> tags = new ArrayList<>(s.words().size());
    String prev = START;
    String prev2 = START;
    FeatureSink.Hashes features = new FeatureSink.Hashes();
    for (int i = 0; i < s.words().size(); i++) {
      features.clear();
      NerFeatures.untagged(s, i, context, history, features);
      NerFeatures.previous(s, i, prev, features);
      NerFeatures.twoPrevious(prev, prev2, features);
      model.score(features, scores);
      String best = best(scores, prev);
      tags.add(best);
      history.record(s, i, best);
      prev2 = prev;
      prev = best;
    }
    return tags;
  }

  String best(float[] scores, String prev) {
    int best = -1;
    for (int c = 0; c < scores.length; c++) {
      if (allowed(model.tags().get(c), prev) && (best < 0 || scores[c] > scores[best])) {
        best = c;
      }
    }
    return model.tags().get(best);
  }

  /** I-X continues B-X or I-X only. Called for every tag of every hypothesis: allocates nothing. */
  static boolean allowed(String tag, String prev) {
    if (!tag.startsWith("I-")) {
      return true;
    }
    int type = tag.length() - 1; // "-X"
    return prev.length() >= type && prev.regionMatches(prev.length() - type, tag, 1, type) && !prev.equals("O");
  }

  /** Entity spans of a tag sequence: [start, end) token ranges with their type. */
  public static List<int[]> spans(List<String> tags) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      boolean continues = t.startsWith("I-") && type != null && t.substring(2).equals(type);
      if (start >= 0 && !continues) {
        spans.add(new int[] {start, i, typeIndex(type)});
        start = -1;
        type = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && start < 0)) {
        start = i;
        type = t.substring(2);
      }
    }
    return spans;
  }

  private static int typeIndex(String type) {
    return entityType(type).ordinal();
  }

  /** The entity type of a tag suffix: PER, ORG, LOC, MISC (or their long names). */
  public static EntityType entityType(String suffix) {
    return switch (suffix) {
      case "PER", "PERSON" -> EntityType.PERSON;
      case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOC", "LOCATION" -> EntityType.LOCATION;
      case "EVENT" -> EntityType.EVENT;
      default -> EntityType.MISC;
    };
  }
}
