package org.dateline.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Document;

/**
 * An analyzed article ready to be stored.
 *
 * @param uri where it was read from (a URL or a path)
 * @param bytesHash SHA-256 of the bytes as read, so that a resumed ingest can skip them unread
 * @param fingerprint of the article's text
 * @param document the analyzed document
 * @param title the page's or the input's title, else the headline, else empty
 * @param published the publication date, when known
 * @param contractJson the article JSON of the contract, kept for export
 */
public record ArticleRecord(String uri, String bytesHash, TextFingerprint fingerprint, Document document,
    Optional<String> title, Optional<LocalDate> published, String contractJson) {

  public ArticleRecord {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(bytesHash, "bytesHash");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(contractJson, "contractJson");
  }
}
