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
  /** Everything that is not test: for rules developed by reading errors. */
  DEV,
  /** Three quarters of DEV: what models learn from. */
  TRAIN,
  /** The other quarter of DEV: for choosing a model's settings. */
  TUNE,
  TEST,
  ALL;

  /** One document in four goes to test; of the rest, one in four is kept to tune on. */
  private static final int TEST_SHARE_OF_256 = 64;
  private static final int TUNE_SHARE_OF_256 = 96;

  public static CorpusSplit parse(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public boolean contains(String documentId) {
    int b = firstByte(documentId) & 0xff;
    return switch (this) {
      case TEST -> b < TEST_SHARE_OF_256;
      case DEV -> b >= TEST_SHARE_OF_256;
      case TUNE -> b >= TEST_SHARE_OF_256 && b < TUNE_SHARE_OF_256;
      case TRAIN -> b >= TUNE_SHARE_OF_256;
      case ALL -> true;
    };
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
