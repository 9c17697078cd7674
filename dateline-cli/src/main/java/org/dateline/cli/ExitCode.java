package org.dateline.cli;

/** The process exit codes, documented in the README. */
public final class ExitCode {

  private ExitCode() {}

  /** Everything was processed. */
  public static final int OK = 0;
  /** The command line was wrong: unknown option, bad value. */
  public static final int USAGE = 1;
  /** An input was refused (missing, empty, binary, too large…); in a batch, the others were processed. */
  public static final int BAD_INPUT = 2;
  /** A bug or a broken installation; please report it. */
  public static final int INTERNAL = 3;
  /** A lookup found nothing (grep says 1, which is taken here by usage errors). */
  public static final int NOT_FOUND = 4;
}
