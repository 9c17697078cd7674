package org.dateline.io;

import java.util.Objects;

/** An input that cannot be read as an article; the message is one line a person can act on. */
public final class BadInputException extends Exception {

  /** Why an input was refused; stable, for reports and tests. */
  public enum Reason {
    NOT_FOUND,
    UNREADABLE,
    NOT_A_FILE,
    NO_ARTICLES,
    EMPTY,
    BINARY,
    TOO_LARGE
  }

  private final Reason reason;
  private final String source;

  public BadInputException(Reason reason, String source, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.source = Objects.requireNonNull(source, "source");
  }

  public Reason reason() {
    return reason;
  }

  /** The path or name of the input. */
  public String source() {
    return source;
  }
}
