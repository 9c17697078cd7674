package org.dateline.sources;

import java.time.Duration;
import java.util.Objects;

/**
 * How sources are read: limits on what is fetched and how politely.
 *
 * @param connectTimeout the longest wait for a connection to a server
 * @param readTimeout the longest wait for a whole response once the request is sent, body included
 * @param maxBytes the largest document kept, after gzip decoding: a page, a feed, a file or a WARC record
 * @param maxRedirects how many redirects one fetch follows before giving up
 * @param hostDelay the least time between the starts of two requests to one host
 * @param userAgent the {@code User-Agent} sent, so a site can tell who fetches and how to reach them
 * @param fetchLinkedPages whether a feed entry without its full text is read by fetching its link
 */
public record SourceOptions(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
    Duration hostDelay, String userAgent, boolean fetchLinkedPages) {

  /** 10 MB, as {@code ArticleReader}: far above a news page, small enough to refuse a misplaced dump. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public static final String DEFAULT_USER_AGENT =
      "Dateline/0.1 (news analysis)";

  public SourceOptions {
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    Objects.requireNonNull(hostDelay, "hostDelay");
    if (hostDelay.isNegative()) {
      throw new IllegalArgumentException("hostDelay must not be negative: " + hostDelay);
    }
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("userAgent must be one non-blank line: \"" + userAgent + "\"");
    }
  }

  /** 10 s to connect, 30 s to read, 10 MB, 5 redirects, 1 s between requests to a host, linked pages fetched. */
  public static SourceOptions defaults() {
    return new SourceOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, 5,
        Duration.ofSeconds(1), DEFAULT_USER_AGENT, true);
  }

  public SourceOptions withMaxBytes(long bytes) {
    return new SourceOptions(connectTimeout, readTimeout, bytes, maxRedirects, hostDelay, userAgent, fetchLinkedPages);
  }

  public SourceOptions withReadTimeout(Duration timeout) {
    return new SourceOptions(connectTimeout, timeout, maxBytes, maxRedirects, hostDelay, userAgent, fetchLinkedPages);
  }

  public SourceOptions withMaxRedirects(int redirects) {
    return new SourceOptions(connectTimeout, readTimeout, maxBytes, redirects, hostDelay, userAgent, fetchLinkedPages);
  }

  public SourceOptions withHostDelay(Duration delay) {
    return new SourceOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, delay, userAgent, fetchLinkedPages);
  }

  public SourceOptions withFetchLinkedPages(boolean fetch) {
    return new SourceOptions(connectTimeout, readTimeout, maxBytes, maxRedirects, hostDelay, userAgent, fetch);
  }

  private static void positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
