package org.dateline.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the language-independent preparation (structure, language), then the pipeline of the
 * document's language. A language without a pack is processed as far as the preparation goes and
 * gets an {@code UNSUPPORTED_LANGUAGE} diagnostic. Immutable and thread-safe when its pipelines are.
 */
public final class Analyzer {

  private final Pipeline preparation;
  private final Map<String, LanguagePack> packs;

  public Analyzer(Pipeline preparation, List<LanguagePack> packs) {
    this.preparation = Objects.requireNonNull(preparation, "preparation");
    if (!preparation.produces().containsAll(Set.of(Layer.STRUCTURE, Layer.LANGUAGE))) {
      throw new PipelineConfigurationException(
          "the preparation pipeline must produce STRUCTURE and LANGUAGE, it produces "
              + preparation.produces());
    }
    Map<String, LanguagePack> byCode = new LinkedHashMap<>();
    for (LanguagePack pack : packs) {
      if (byCode.put(pack.code(), pack) != null) {
        throw new IllegalArgumentException("two language packs for '" + pack.code() + "'");
      }
    }
    this.packs = Map.copyOf(byCode);
  }

  /** The languages with a full pipeline, as ISO 639-1 codes. */
  public Set<String> languages() {
    return packs.keySet();
  }

  public Document analyze(Document document) {
    Document prepared = preparation.apply(document);
    if (prepared.language().isEmpty()) {
      return prepared;
    }
    String code = prepared.language().get().code();
    LanguagePack pack = packs.get(code);
    if (pack == null) {
      return prepared.withDiagnostic(Diagnostic.ofDocument(Diagnostic.Severity.WARNING,
          "UNSUPPORTED_LANGUAGE", "language '" + code + "' is not supported (supported: "
              + String.join(", ", packs.keySet().stream().sorted().toList())
              + "); only structure and language were produced"));
    }
    return pack.pipeline().apply(prepared);
  }
}
