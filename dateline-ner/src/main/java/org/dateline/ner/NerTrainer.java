package org.dateline.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains an averaged perceptron (Collins 2002) for BIO tagging. With a beam of 1, greedy left to
 * right: each wrong decision moves the weights of its features towards the gold tag. With a wider
 * beam, a structured perceptron with early update (Collins and Roark 2004): each sentence is
 * decoded with a beam, and when the gold sequence falls out of it the gold prefix's features are
 * rewarded and the best hypothesis's penalised. Weights are averaged over every step, lazily.
 * Deterministic for a given seed.
 */
public final class NerTrainer {

  /** A training sentence: token texts and their gold BIO tags. */
  public record Example(List<String> words, List<String> tags) {
    public Example {
      if (words.size() != tags.size()) {
        throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
      }
      words = List.copyOf(words);
      tags = List.copyOf(tags);
    }
  }

  /**
   * Training settings, written into the model's metadata. {@code wordClasses} is the number of word
   * classes to learn from the training and unlabelled text, 0 for none.
   */
  public record Settings(int epochs, long seed, int minFeatureCount, boolean documentFeatures, int beam,
      boolean casing, int wordClasses) {
    public Settings {
      if (epochs < 1 || minFeatureCount < 1 || beam < 1 || wordClasses < 0 || wordClasses > Short.MAX_VALUE) {
        throw new IllegalArgumentException("epochs, minFeatureCount and beam must be positive, wordClasses 0 to "
            + Short.MAX_VALUE + ": " + epochs + ", " + minFeatureCount + ", " + beam + ", " + wordClasses);
      }
    }

    public Settings(int epochs, long seed, int minFeatureCount, boolean documentFeatures, int beam, boolean casing) {
      this(epochs, seed, minFeatureCount, documentFeatures, beam, casing, 0);
    }
  }

  /** Word classes need a word this often in the training and unlabelled text. */
  private static final int WORD_CLASS_MIN_COUNT = 3;

  /** Passes of the exchange algorithm over the vocabulary; it has mostly settled by then. */
  private static final int WORD_CLASS_ITERATIONS = 15;

  /**
   * Learns from documents, each a list of sentences in reading order: document-level features
   * (a word's neighbours elsewhere, the types given to it before) need the sentences together.
   */
  public NerModel train(List<List<Example>> documents, Gazetteer gazetteer, Settings settings,
      Map<String, String> metadata, java.util.function.Consumer<String> progress) {
    return train(documents, List.of(), gazetteer, settings, metadata, progress);
  }

  /**
   * Learns from documents as above, and from unlabelled sentences (token texts) how words are
   * usually capitalised and, when the settings ask for them, which words keep the same company.
   */
  public NerModel train(List<List<Example>> documents, List<List<String>> unlabelled, Gazetteer gazetteer,
      Settings settings, Map<String, String> metadata, java.util.function.Consumer<String> progress) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    List<String> tags = new ArrayList<>(new TreeSet<>(documents.stream().flatMap(List::stream)
        .flatMap(e -> e.tags().stream()).toList()));
    tags.remove("O");
    tags.add(0, "O");
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      tagIndex.put(tags.get(i), i);
    }
    List<List<String>> text = new ArrayList<>(documents.stream().flatMap(List::stream).map(Example::words).toList());
    text.addAll(unlabelled);
    Casing casing = settings.casing() ? Casing.learn(text) : Casing.none();
    WordClusters clusters = settings.wordClasses() > 0
        ? WordClusters.learn(text, settings.wordClasses(), WORD_CLASS_MIN_COUNT, WORD_CLASS_ITERATIONS)
        : WordClusters.none();
    if (clusters.size() > 0) {
      progress.accept(clusters.size() + " words in " + clusters.classCount() + " classes");
    }
    Lexicon lexicon = new Lexicon(gazetteer, casing, clusters);
    List<Prepared> prepared = new ArrayList<>(documents.size());
    for (List<Example> document : documents) {
      prepared.add(Prepared.of(document, lexicon, settings.documentFeatures()));
    }
    Map<String, Integer> features = index(prepared, settings.minFeatureCount());
    progress.accept(features.size() + " features kept (seen at least " + settings.minFeatureCount() + " times)");
    int n = tags.size();
    float[] w = new float[features.size() * n];
    double[] totals = new double[w.length];
    int[] stamps = new int[w.length];
    int step = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      order.add(i);
    }
    Random random = new Random(settings.seed());
    float[] scores = new float[n];
    NerModel view = new NerModel(tags, features, new float[w.length], lexicon, Map.of());
    NerTagger tagger = new NerTagger(view);
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int tokens = 0;
      for (int idx : order) {
        Prepared document = prepared.get(idx);
        NerFeatures.History history = new NerFeatures.History();
        for (int k = 0; k < document.examples().size(); k++) {
          Example e = document.examples().get(k);
          NerFeatures.Sentence s = document.sentences().get(k);
          if (settings.beam() > 1) {
            step += e.words().size();
            tokens += e.words().size();
            Hyp best = beamUpdate(e, s, settings.beam(), w, totals, stamps, step, features, tagIndex, tags,
                document.context(), history);
            for (Hyp h = best; h.back() != null; h = h.back()) {
              errors += h.tag().equals(e.tags().get(h.length() - 1)) ? 0 : 1;
              history.record(s, h.length() - 1, h.tag());
            }
            continue;
          }
          String prev = "<s>";
          String prev2 = "<s>";
          for (int i = 0; i < e.words().size(); i++) {
            step++;
            List<String> active = NerFeatures.of(s, i, prev, prev2, document.context(), history);
            scoreWith(w, features, n, active, scores);
            String guess = tagger.best(scores, prev);
            String gold = e.tags().get(i);
            if (!guess.equals(gold)) {
              errors++;
              int g = tagIndex.get(gold);
              int p = tagIndex.get(guess);
              for (String f : active) {
                Integer row = features.get(f);
                if (row != null) {
                  update(w, totals, stamps, row * n + g, 1, step);
                  update(w, totals, stamps, row * n + p, -1, step);
                }
              }
            }
            tokens++;
            history.record(s, i, guess);
            prev2 = prev;
            prev = guess;
          }
        }
      }
      progress.accept(String.format(java.util.Locale.ROOT, "epoch %d: %.4f token error rate", epoch,
          (double) errors / Math.max(1, tokens)));
    }
    float[] averaged = new float[w.length];
    for (int p = 0; p < w.length; p++) {
      totals[p] += (double) (step - stamps[p]) * w[p];
      averaged[p] = (float) (totals[p] / step);
    }
    Map<String, String> meta = new LinkedHashMap<>(metadata);
    meta.put("epochs", Integer.toString(settings.epochs()));
    meta.put("seed", Long.toString(settings.seed()));
    meta.put("minFeatureCount", Integer.toString(settings.minFeatureCount()));
    meta.put(NerModel.DOCUMENT_FEATURES, Boolean.toString(settings.documentFeatures()));
    meta.put(NerModel.BEAM, Integer.toString(settings.beam()));
    meta.put("casing", casing.size() + " words");
    if (clusters.size() > 0) {
      meta.put("wordClasses", clusters.classCount() + " classes of " + clusters.size() + " words, from "
          + text.size() + " sentences (" + unlabelled.size() + " unlabelled)");
    }
    meta.put("trainingDocuments", Integer.toString(documents.size()));
    meta.put("trainingSentences", Integer.toString(documents.stream().mapToInt(List::size).sum()));
    return prune(tags, features, averaged, lexicon, meta);
  }

  /** A training document with its sentences' features prepared once. */
  private record Prepared(List<Example> examples, List<NerFeatures.Sentence> sentences,
      NerFeatures.DocumentContext context) {

    static Prepared of(List<Example> examples, Lexicon lexicon, boolean documentFeatures) {
      List<NerFeatures.Sentence> sentences = examples.stream()
          .map(e -> NerFeatures.prepare(e.words(), lexicon)).toList();
      return new Prepared(examples, sentences,
          documentFeatures ? NerFeatures.DocumentContext.of(sentences) : NerFeatures.DocumentContext.UNUSED);
    }
  }

  /** A partial tag sequence of the beam: its last tag, the features that chose it, and the way back. */
  private record Hyp(Hyp back, String tag, String prev2, List<String> active, double score, int length) {
    String prev() {
      return tag;
    }

    boolean sameTags(List<String> gold) {
      Hyp h = this;
      for (int i = length - 1; i >= 0; i--, h = h.back) {
        if (!h.tag.equals(gold.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * One sentence of structured-perceptron training with beam search and early update (Collins and
   * Roark 2004): when the gold prefix falls out of the beam, or the best full sequence is wrong,
   * the gold prefix's features are rewarded and the best hypothesis's penalised. Returns the best
   * hypothesis where decoding stopped.
   */
  private static Hyp beamUpdate(Example e, NerFeatures.Sentence s, int width, float[] w, double[] totals, int[] stamps,
      int step,
      Map<String, Integer> features, Map<String, Integer> tagIndex, List<String> tags,
      NerFeatures.DocumentContext context, NerFeatures.History history) {
    int n = tags.size();
    float[] scores = new float[n];
    Hyp start = new Hyp(null, "<s>", "<s>", List.of(), 0, 0);
    List<Hyp> beam = List.of(start);
    Hyp gold = start;
    for (int i = 0; i < e.words().size(); i++) {
      List<Hyp> next = new ArrayList<>();
      List<String> untagged = NerFeatures.untagged(s, i, context, history);
      for (Hyp h : beam) {
        List<String> active = NerFeatures.of(untagged, s, i, h.prev(), h.prev2());
        scoreWith(w, features, n, active, scores);
        for (int c = 0; c < n; c++) {
          if (NerTagger.allowed(tags.get(c), h.prev())) {
            next.add(new Hyp(h, tags.get(c), h.prev(), active, h.score() + scores[c], i + 1));
          }
        }
      }
      next.sort(java.util.Comparator.comparingDouble(Hyp::score).reversed());
      beam = next.subList(0, Math.min(width, next.size()));
      List<String> goldActive = NerFeatures.of(untagged, s, i, gold.prev(), gold.prev2());
      gold = new Hyp(gold, e.tags().get(i), gold.prev(), goldActive, 0, i + 1);
      boolean inBeam = false;
      for (Hyp h : beam) {
        inBeam |= h.sameTags(e.tags());
      }
      if (!inBeam || i == e.words().size() - 1 && !beam.get(0).sameTags(e.tags())) {
        for (Hyp g = gold, p = beam.get(0); g.back() != null; g = g.back(), p = p.back()) {
          reward(w, totals, stamps, step, features, n, g.active(), tagIndex.get(g.tag()), 1);
          reward(w, totals, stamps, step, features, n, p.active(), tagIndex.get(p.tag()), -1);
        }
        return beam.get(0);
      }
    }
    return beam.get(0);
  }

  private static void reward(float[] w, double[] totals, int[] stamps, int step, Map<String, Integer> features, int n,
      List<String> active, int tag, float delta) {
    for (String f : active) {
      Integer row = features.get(f);
      if (row != null) {
        update(w, totals, stamps, row * n + tag, delta, step);
      }
    }
  }

  private static void scoreWith(float[] w, Map<String, Integer> features, int n, List<String> active, float[] scores) {
    java.util.Arrays.fill(scores, 0);
    for (String f : active) {
      Integer row = features.get(f);
      if (row != null) {
        for (int c = 0; c < n; c++) {
          scores[c] += w[row * n + c];
        }
      }
    }
  }

  private static void update(float[] w, double[] totals, int[] stamps, int p, float delta, int step) {
    totals[p] += (double) (step - stamps[p]) * w[p];
    stamps[p] = step;
    w[p] += delta;
  }

  /** Features seen at least {@code minCount} times with the gold previous tags and gold history. */
  private static Map<String, Integer> index(List<Prepared> documents, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (Prepared document : documents) {
      NerFeatures.History history = new NerFeatures.History();
      for (int k = 0; k < document.examples().size(); k++) {
        Example e = document.examples().get(k);
        NerFeatures.Sentence s = document.sentences().get(k);
        String prev = "<s>";
        String prev2 = "<s>";
        for (int i = 0; i < e.words().size(); i++) {
          for (String f : NerFeatures.of(s, i, prev, prev2, document.context(), history)) {
            counts.merge(f, 1, Integer::sum);
          }
          history.record(s, i, e.tags().get(i));
          prev2 = prev;
          prev = e.tags().get(i);
        }
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (var c : new java.util.TreeMap<>(counts).entrySet()) {
      if (c.getValue() >= minCount) {
        index.put(c.getKey(), index.size());
      }
    }
    return index;
  }

  /** Drops the features whose every averaged weight is negligible: a smaller model, the same tags. */
  private static NerModel prune(List<String> tags, Map<String, Integer> features, float[] w, Lexicon lexicon,
      Map<String, String> metadata) {
    int n = tags.size();
    Map<String, Integer> kept = new HashMap<>();
    List<Float> weights = new ArrayList<>();
    for (var f : new java.util.TreeMap<>(features).entrySet()) {
      int base = f.getValue() * n;
      boolean useful = false;
      for (int c = 0; c < n; c++) {
        useful |= Math.abs(w[base + c]) > 1e-3f;
      }
      if (useful) {
        kept.put(f.getKey(), kept.size());
        for (int c = 0; c < n; c++) {
          weights.add(w[base + c]);
        }
      }
    }
    float[] out = new float[weights.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = weights.get(i);
    }
    return new NerModel(tags, kept, out, lexicon, metadata);
  }
}
