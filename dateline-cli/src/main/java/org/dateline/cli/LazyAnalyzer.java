package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dateline.core.Analyzer;

/**
 * The standard analyzer, loaded the first time an article needs it: a resumed ingest whose
 * inputs are all stored already does not spend seconds loading models. Thread-safe.
 */
final class LazyAnalyzer {

  private final boolean identifyLanguage;
  private Analyzer analyzer;

  LazyAnalyzer(boolean identifyLanguage) {
    this.identifyLanguage = identifyLanguage;
  }

  synchronized Analyzer get() {
    if (analyzer == null) {
      try {
        analyzer = AnalyzerFactory.standard(identifyLanguage);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the models: " + e.getMessage(), e);
      }
    }
    return analyzer;
  }
}
