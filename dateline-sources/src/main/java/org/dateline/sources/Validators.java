package org.dateline.sources;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server said identifies the version of a document it sent: its {@code ETag} and
 * {@code Last-Modified} headers, sent back as {@code If-None-Match} and {@code If-Modified-Since}.
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {

  public Validators {
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
  }

  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
