package org.dateline.core;

import java.util.Objects;

/**
 * A document's language as an ISO 639-1 code ("fr"), with the identifier's confidence in [0, 1];
 * a language the caller gave has confidence 1 and {@code given} set.
 */
public record Language(String code, double confidence, boolean given) {

  public Language {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("not an ISO 639 code: " + code);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  public static Language given(String code) {
    return new Language(code, 1.0, true);
  }
}
