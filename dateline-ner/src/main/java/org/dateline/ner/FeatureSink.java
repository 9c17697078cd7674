package org.dateline.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the features of a token go, given as the parts of their text: written out as strings when
 * a model is trained or saved, or only hashed as the parts stream by when a model scores, which
 * spares building some fifty strings per token. Both give the same feature: the hash of the parts
 * is {@link FeatureTable#hash} of the joined text. A null part reads "null", as string
 * concatenation writes it. Not thread-safe; one per tagging call.
 */
abstract class FeatureSink {

  abstract void add(String a);

  abstract void add(String a, String b);

  abstract void add(String a, String b, String c, String d);

  abstract void add(String a, String b, String c, String d, String e, String f);

  /** {@code prefix} followed by {@code value.substring(from, to)}. */
  abstract void addRange(String prefix, String value, int from, int to);

  /** The features as text, for training and saving. */
  static final class Texts extends FeatureSink {
    private final List<String> features = new ArrayList<>(48);

    List<String> features() {
      return features;
    }

    @Override
    void add(String a) {
      features.add(a);
    }

    @Override
    void add(String a, String b) {
      features.add(a + b);
    }

    @Override
    void add(String a, String b, String c, String d) {
      features.add(a + b + c + d);
    }

    @Override
    void add(String a, String b, String c, String d, String e, String f) {
      features.add(a + b + c + d + e + f);
    }

    @Override
    void addRange(String prefix, String value, int from, int to) {
      features.add(prefix + value.substring(from, to));
    }
  }

  /** The features as 64-bit FNV-1a hashes, for scoring. */
  static final class Hashes extends FeatureSink {
    private long[] hashes = new long[64];
    private int size;

    int size() {
      return size;
    }

    long get(int k) {
      return hashes[k];
    }

    void clear() {
      size = 0;
    }

    private void push(long h) {
      if (size == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = h == 0 ? 1 : h;
    }

    private static long feed(long h, String part) {
      String s = part == null ? "null" : part;
      return FeatureTable.feed(h, s, 0, s.length());
    }

    @Override
    void add(String a) {
      push(feed(FeatureTable.FNV_OFFSET, a));
    }

    @Override
    void add(String a, String b) {
      push(feed(feed(FeatureTable.FNV_OFFSET, a), b));
    }

    @Override
    void add(String a, String b, String c, String d) {
      push(feed(feed(feed(feed(FeatureTable.FNV_OFFSET, a), b), c), d));
    }

    @Override
    void add(String a, String b, String c, String d, String e, String f) {
      push(feed(feed(feed(feed(feed(feed(FeatureTable.FNV_OFFSET, a), b), c), d), e), f));
    }

    @Override
    void addRange(String prefix, String value, int from, int to) {
      push(FeatureTable.feed(feed(FeatureTable.FNV_OFFSET, prefix), value, from, to));
    }
  }
}
