package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What identifies an article's text: the SHA-256 of the text with its white space collapsed (equal
 * hashes: the same article) and the MinHash signature of its word shingles (close signatures: a
 * near-identical copy).
 */
public record TextFingerprint(String contentHash, int[] minhash) {

  public TextFingerprint {
    Objects.requireNonNull(contentHash, "contentHash");
    if (minhash.length != MinHasher.SIZE) {
      throw new IllegalArgumentException("a MinHash signature has " + MinHasher.SIZE + " values, got " + minhash.length);
    }
    minhash = minhash.clone();
  }

  public static TextFingerprint of(String text) {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return new TextFingerprint(sha256(collapsed.getBytes(StandardCharsets.UTF_8)),
        MinHasher.signature(Shingler.shingles(text)));
  }

  @Override
  public int[] minhash() {
    return minhash.clone();
  }

  /** Hex SHA-256 of some bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextFingerprint f && f.contentHash.equals(contentHash) && java.util.Arrays.equals(f.minhash, minhash);
  }

  @Override
  public int hashCode() {
    return contentHash.hashCode();
  }

  @Override
  public String toString() {
    return "TextFingerprint[" + contentHash + "]";
  }
}
