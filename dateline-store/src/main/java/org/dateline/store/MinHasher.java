package org.dateline.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets and their LSH bands. Two sets' signatures agree at a position
 * with probability equal to their Jaccard similarity, so the share of equal positions estimates it
 * (standard error at most 0.044 with 128 positions). Signatures are cut into {@link #BANDS} bands of
 * {@link #ROWS} rows: two texts become candidates when any band is equal, with probability
 * {@code 1 - (1 - J^4)^32}: above 0.9999 at J = 0.7, 0.87 at J = 0.5, 0.05 at J = 0.2. Candidates are then
 * kept only when the estimate reaches the caller's threshold. The hash seeds are fixed: signatures
 * are stored, and must compare across runs.
 */
public final class MinHasher {

  public static final int BANDS = 32;
  public static final int ROWS = 4;
  public static final int SIZE = BANDS * ROWS;

  private static final long[] SEEDS = new SplittableRandom(0x5eed_da7e_11e5L).longs(SIZE).toArray();

  private MinHasher() {}

  /** The signature of a set of shingle hashes; an empty set gives all maximal values. */
  public static int[] signature(Set<Long> shingles) {
    int[] sig = new int[SIZE];
    Arrays.fill(sig, -1); // 0xffffffff, the unsigned maximum
    for (long shingle : shingles) {
      for (int i = 0; i < SIZE; i++) {
        int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
        if (Integer.compareUnsigned(h, sig[i]) < 0) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The share of positions where two signatures agree: an estimate of their sets' Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != SIZE || b.length != SIZE) {
      throw new IllegalArgumentException("signatures have " + SIZE + " values, got " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** One key per band; the band's index is part of the key, so equal rows in different bands differ. */
  public static long[] bandKeys(int[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + signature[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  public static byte[] toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    int[] sig = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(sig);
    return sig;
  }

  /** SplitMix64's finalizer: a cheap, well-spread 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
