package org.dateline.sources;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Validators kept for the life of this object; thread-safe. */
public final class InMemoryValidatorCache implements ValidatorCache {

  private final Map<String, Validators> byUrl = new ConcurrentHashMap<>();

  @Override
  public Optional<Validators> get(String url) {
    return Optional.ofNullable(byUrl.get(url));
  }

  @Override
  public void put(String url, Validators validators) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(validators, "validators");
    byUrl.put(url, validators);
  }
}
