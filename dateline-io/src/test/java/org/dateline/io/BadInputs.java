package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks what every refusal promises: its reason, and a one-line message that starts with the source. */
final class BadInputs {

  private BadInputs() {}

  interface Call {
    void run() throws Exception;
  }

  /** Runs {@code call}, which must refuse its input for {@code reason}, and returns the refusal. */
  static BadInputException refused(BadInputException.Reason reason, String source, Call call) {
    try {
      call.run();
    } catch (BadInputException e) {
      assertThat(e.reason()).as("reason of: %s", e.getMessage()).isEqualTo(reason);
      assertThat(e.source()).isEqualTo(source);
      assertThat(e.getMessage()).startsWith(source + ": ").doesNotContain("\n").doesNotContain("\r");
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a BadInputException (" + reason + "), got " + e, e);
    }
    throw new AssertionError("expected a BadInputException (" + reason + "), but the input was accepted");
  }
}
