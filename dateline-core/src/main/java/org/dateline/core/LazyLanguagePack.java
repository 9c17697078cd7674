package org.dateline.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A language pack loaded when the first document in its language arrives, so that a run which
 * meets only French articles never loads the English models and lexicons (and the reverse): the
 * command line's start-up time is mostly loading. Loaded once; thread-safe.
 */
public final class LazyLanguagePack implements LanguagePack {

  /** Loads a pack; may fail on a missing or corrupt resource. */
  @FunctionalInterface
  public interface Loader {
    LanguagePack load() throws IOException;
  }

  private final String code;
  private final Loader loader;
  private volatile LanguagePack loaded;

  public LazyLanguagePack(String code, Loader loader) {
    this.code = Objects.requireNonNull(code, "code");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  @Override
  public String code() {
    return code;
  }

  /** @throws UncheckedIOException when the pack's resources cannot be read */
  @Override
  public Pipeline pipeline() {
    LanguagePack pack = loaded;
    if (pack == null) {
      synchronized (this) {
        pack = loaded;
        if (pack == null) {
          try {
            pack = loader.load();
          } catch (IOException e) {
            throw new UncheckedIOException("loading the '" + code + "' pipeline: " + e.getMessage(), e);
          }
          if (!pack.code().equals(code)) {
            throw new IllegalStateException("the loader of '" + code + "' gave a pack for '" + pack.code() + "'");
          }
          loaded = pack;
        }
      }
    }
    return pack.pipeline();
  }
}
