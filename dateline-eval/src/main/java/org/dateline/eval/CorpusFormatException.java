package org.dateline.eval;

/** A corpus file that does not read as the format it was said to be in; names the file and line. */
public final class CorpusFormatException extends Exception {

  public CorpusFormatException(String message) {
    super(message);
  }
}
