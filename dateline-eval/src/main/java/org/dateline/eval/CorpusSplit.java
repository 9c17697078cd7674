package org.dateline.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * A stable dev/test split of a corpus by document id: a document is in the test split when the
 * first byte of the SHA-256 of its id falls in the test share. The same id always lands on the same
 * side, whatever else the corpus holds, so the split is written down by this class alone.
 */
public enum CorpusSplit {
  DEV,
  TEST,
  ALL;

  /** One document in four goes to test. */
  private static final int TEST_SHARE_OF_256 = 64;

  public static CorpusSplit parse(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public boolean contains(String documentId) {
    if (this == ALL) {
      return true;
    }
    boolean test = (firstByte(documentId) & 0xff) < TEST_SHARE_OF_256;
    return this == TEST ? test : !test;
  }

  public List<GoldDocument> of(List<GoldDocument> corpus) {
    return corpus.stream().filter(d -> contains(d.id())).toList();
  }

  private static byte firstByte(String id) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))[0];
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
