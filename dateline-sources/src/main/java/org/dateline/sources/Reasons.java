package org.dateline.sources;

import java.util.Locale;

/** The wording of skip reasons that several readers give, so a report reads the same whatever the source. */
final class Reasons {

  private Reasons() {}

  static String tooLarge(long maxBytes) {
    return String.format(Locale.ROOT, "over the %,d-byte limit (maxBytes)", maxBytes);
  }

  /** A throwable's message as one line, or its class's name when it has none. */
  static String of(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}
