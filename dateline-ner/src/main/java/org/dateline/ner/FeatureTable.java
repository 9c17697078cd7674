package org.dateline.ner;

import java.util.Map;

/**
 * The rows of a model's features, looked up by a 64-bit hash of the feature's text in one flat
 * open-addressing table: scoring looks up some fifty features per token, and a {@code HashMap} of
 * strings spends most of that time chasing nodes through memory. Two features of one model sharing
 * a 64-bit FNV-1a hash is checked at build time; a feature the model lacks matching one it has by
 * chance is a one-in-10^14 event per lookup. Immutable.
 */
final class FeatureTable {

  private final long[] keys;
  private final int[] rows;
  private final int mask;

  FeatureTable(Map<String, Integer> features) {
    int size = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
    this.keys = new long[size];
    this.rows = new int[size];
    this.mask = size - 1;
    features.forEach((feature, row) -> {
      long h = hash(feature);
      int i = slot(h);
      while (keys[i] != 0) {
        if (keys[i] == h) {
          throw new IllegalArgumentException("two features share a hash: '" + feature + "'");
        }
        i = (i + 1) & mask;
      }
      keys[i] = h;
      rows[i] = row;
    });
  }

  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** The row of the feature with this {@link #hash}, or -1. */
  int row(long h) {
    for (int i = slot(h); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == h) {
        return rows[i];
      }
    }
    return -1;
  }

  private int slot(long h) {
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** FNV-1a over the UTF-16 units; never 0, which marks an empty slot. */
  static long hash(String s) {
    long h = feed(FNV_OFFSET, s, 0, s.length());
    return h == 0 ? 1 : h;
  }

  /** The FNV-1a state after {@code s.substring(from, to)}: features hash part by part as they stream. */
  static long feed(long h, String s, int from, int to) {
    for (int k = from; k < to; k++) {
      h ^= s.charAt(k);
      h *= FNV_PRIME;
    }
    return h;
  }
}
