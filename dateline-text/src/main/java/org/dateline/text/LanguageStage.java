package org.dateline.text;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Stage;

/**
 * Sets the document's language from its headline, headings and paragraphs (not the dateline's
 * place names); a language the caller gave is kept as it is.
 */
public final class LanguageStage implements Stage {

  /** Below this the identifier is guessing; the language is still set, with a warning. */
  private static final double LOW_CONFIDENCE = 0.5;

  private final LanguageIdentifier identifier;

  public LanguageStage(LanguageIdentifier identifier) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.STRUCTURE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Document apply(Document document) {
    if (document.language().isPresent()) {
      return document;
    }
    StringBuilder prose = new StringBuilder();
    for (Block block : document.blocks()) {
      if (block.kind() != Block.Kind.DATELINE) {
        prose.append(document.text(block.span())).append('\n');
      }
    }
    Optional<Language> found = identifier.identify(prose);
    if (found.isEmpty()) {
      return document.withDiagnostic(Diagnostic.ofDocument(Diagnostic.Severity.WARNING,
          "LANGUAGE_UNDETERMINED", "too little text to identify the language"));
    }
    Document identified = document.withLanguage(found.get());
    if (found.get().confidence() < LOW_CONFIDENCE) {
      identified = identified.withDiagnostic(Diagnostic.ofDocument(Diagnostic.Severity.WARNING,
          "LANGUAGE_UNCERTAIN", String.format(java.util.Locale.ROOT,
              "language identified as '%s' with low confidence %.2f; give --lang to be sure",
              found.get().code(), found.get().confidence())));
    }
    return identified;
  }
}
