package org.dateline.sources;

import java.util.Optional;

/**
 * Remembers the {@link Validators} of each URL fetched, so the next fetch is conditional and an
 * unchanged page costs a 304. {@link InMemoryValidatorCache} lasts one run; a store can persist them.
 * Implementations must be safe to call from several threads.
 */
public interface ValidatorCache {

  Optional<Validators> get(String url);

  void put(String url, Validators validators);

  /** A cache that forgets everything: every fetch is unconditional. */
  static ValidatorCache none() {
    return new ValidatorCache() {
      @Override
      public Optional<Validators> get(String url) {
        return Optional.empty();
      }

      @Override
      public void put(String url, Validators validators) {}
    };
  }
}
