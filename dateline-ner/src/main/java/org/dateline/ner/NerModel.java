package org.dateline.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained named-entity model: the tag set (BIO over entity types), one weight per feature and
 * tag, the gazetteer its features were computed with, and metadata saying how it was trained (data
 * checksum, seed, settings). Immutable and thread-safe; load it once and share it.
 */
public final class NerModel {

  private static final String MAGIC = "dateline-ner/3";

  /** Models written before the word classes existed: read, with none. */
  private static final String MAGIC_2 = "dateline-ner/2";

  /** Models written before the casing table existed: read, with no table. */
  private static final String MAGIC_1 = "dateline-ner/1";

  /** The metadata key saying whether the model was trained with document-level features. */
  static final String DOCUMENT_FEATURES = "documentFeatures";

  /** The metadata key of the beam width the model was trained with, and is decoded with. */
  static final String BEAM = "beam";

  private final List<String> tags;
  private final Map<String, Integer> features;
  private final float[] weights;
  private final Lexicon lexicon;
  private final FeatureTable table;
  private final Map<String, String> metadata;
  private final int beam;

  NerModel(List<String> tags, Map<String, Integer> features, float[] weights, Lexicon lexicon,
      Map<String, String> metadata) {
    this.tags = List.copyOf(tags);
    this.features = Map.copyOf(features);
    this.table = new FeatureTable(features);
    this.weights = weights.clone();
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.metadata = Map.copyOf(metadata);
    this.beam = Integer.parseInt(metadata.getOrDefault(BEAM, "1"));
    if (weights.length != features.size() * tags.size()) {
      throw new IllegalArgumentException("weights do not fit " + features.size() + " features × " + tags.size() + " tags");
    }
  }

  public List<String> tags() {
    return tags;
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  public int featureCount() {
    return features.size();
  }

  /** Whether the tagger gives this model the document's context; models trained before it existed do not have it. */
  boolean usesDocumentFeatures() {
    return Boolean.parseBoolean(metadata.get(DOCUMENT_FEATURES));
  }

  /** How many partial tag sequences the tagger keeps: 1 (greedy) for models trained before beams existed. */
  int beam() {
    return beam;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** Sets {@code scores} to the weights of the hashed features, one slot per tag. */
  void score(FeatureSink.Hashes active, float[] scores) {
    java.util.Arrays.fill(scores, 0);
    add(active, scores);
  }

  /** Adds the weights of the hashed features to {@code scores}, one slot per tag. */
  void add(FeatureSink.Hashes active, float[] scores) {
    int n = tags.size();
    for (int k = 0; k < active.size(); k++) {
      int row = table.row(active.get(k));
      if (row >= 0) {
        int base = row * n;
        for (int c = 0; c < n; c++) {
          scores[c] += weights[base + c];
        }
      }
    }
  }

  /** Writes the model, gzip-compressed. */
  public void save(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(gz);
    data.writeUTF(MAGIC);
    data.writeInt(metadata.size());
    for (var e : new java.util.TreeMap<>(metadata).entrySet()) {
      data.writeUTF(e.getKey());
      data.writeUTF(e.getValue());
    }
    data.writeInt(tags.size());
    for (String t : tags) {
      data.writeUTF(t);
    }
    Map<String, String> entries = new java.util.TreeMap<>(lexicon.gazetteer().entries());
    data.writeInt(entries.size());
    for (var e : entries.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeUTF(e.getValue());
    }
    Map<String, String> cases = new java.util.TreeMap<>(lexicon.casing().classes());
    data.writeInt(cases.size());
    for (var e : cases.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeUTF(e.getValue());
    }
    data.writeInt(lexicon.clusters().classCount());
    Map<String, Integer> classes = new java.util.TreeMap<>(lexicon.clusters().classes());
    data.writeInt(classes.size());
    for (var e : classes.entrySet()) {
      data.writeUTF(e.getKey());
      data.writeShort(e.getValue());
    }
    String[] byRow = new String[features.size()];
    features.forEach((f, row) -> byRow[row] = f);
    data.writeInt(byRow.length);
    int n = tags.size();
    for (int row = 0; row < byRow.length; row++) {
      data.writeUTF(byRow[row]);
      for (int c = 0; c < n; c++) {
        data.writeFloat(weights[row * n + c]);
      }
    }
    data.flush();
    gz.finish();
  }

  /**
   * Reads a model written by {@link #save}.
   *
   * @throws IOException when the stream is not a Dateline NER model or is truncated
   */
  public static NerModel load(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    String magic = data.readUTF();
    if (!magic.equals(MAGIC) && !magic.equals(MAGIC_2) && !magic.equals(MAGIC_1)) {
      throw new IOException("not a Dateline NER model (found '" + magic + "', expected '" + MAGIC + "')");
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = data.readInt(); i > 0; i--) {
      metadata.put(data.readUTF(), data.readUTF());
    }
    List<String> tags = new ArrayList<>();
    for (int i = data.readInt(); i > 0; i--) {
      tags.add(data.readUTF());
    }
    Gazetteer.Builder gazetteer = new Gazetteer.Builder();
    for (int i = data.readInt(); i > 0; i--) {
      String phrase = data.readUTF();
      gazetteer.add(List.of(phrase.split(" ")), data.readUTF());
    }
    Map<String, String> cases = new java.util.HashMap<>();
    if (!magic.equals(MAGIC_1)) {
      for (int i = data.readInt(); i > 0; i--) {
        cases.put(data.readUTF(), data.readUTF());
      }
    }
    WordClusters clusters = WordClusters.none();
    if (magic.equals(MAGIC)) {
      int classCount = data.readInt();
      Map<String, Integer> classes = new HashMap<>();
      for (int i = data.readInt(); i > 0; i--) {
        classes.put(data.readUTF(), (int) data.readShort());
      }
      clusters = new WordClusters(classes, classCount);
    }
    int count = data.readInt();
    Map<String, Integer> features = new HashMap<>(count * 2);
    float[] weights = new float[count * tags.size()];
    for (int row = 0; row < count; row++) {
      features.put(data.readUTF(), row);
      for (int c = 0; c < tags.size(); c++) {
        weights[row * tags.size() + c] = data.readFloat();
      }
    }
    return new NerModel(tags, features, weights, new Lexicon(gazetteer.build(), new Casing(cases), clusters), metadata);
  }
}
