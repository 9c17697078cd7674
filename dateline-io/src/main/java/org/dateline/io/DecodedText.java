package org.dateline.io;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.dateline.core.Diagnostic;

/** Text decoded from bytes, the charset used, and notes on how it was chosen. */
public record DecodedText(String text, Charset charset, List<Diagnostic> diagnostics) {

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    diagnostics = List.copyOf(diagnostics);
  }
}
