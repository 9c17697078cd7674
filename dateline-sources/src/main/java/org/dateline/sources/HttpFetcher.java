package org.dateline.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.dateline.io.ArticleInput;

/**
 * Fetches one document over HTTP(S) as a {@link SourceItem}: the page, or the reason it was not
 * read. Redirects are followed here rather than by the client, to count them and to refuse any
 * that leave http and https; requests are conditional when the {@link ValidatorCache} knows the
 * URL; requests to one host are spaced by the {@link HostPacer}. Thread-safe.
 */
public final class HttpFetcher {

  private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
      + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

  private final SourceOptions options;
  private final ValidatorCache validators;
  private final HostPacer pacer;
  private final AddressPolicy addresses;
  private final HttpClient client;

  /** A fetcher that waits on the system clock between requests to a host. */
  public HttpFetcher(SourceOptions options, ValidatorCache validators) {
    this(options, validators, new HostPacer(options.hostDelay(), HostPacer.Clock.SYSTEM));
  }

  public HttpFetcher(SourceOptions options, ValidatorCache validators, HostPacer pacer) {
    this(options, validators, pacer, AddressPolicy.ANY);
  }

  /** A fetcher that asks {@code addresses} before every request, redirects included. */
  public HttpFetcher(SourceOptions options, ValidatorCache validators, HostPacer pacer, AddressPolicy addresses) {
    this.options = Objects.requireNonNull(options, "options");
    this.validators = Objects.requireNonNull(validators, "validators");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.addresses = Objects.requireNonNull(addresses, "addresses");
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Whether {@code text} is an absolute http or https URL, the only kind this fetcher reads. */
  public static boolean isHttpUrl(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Fetches {@code url}, following up to {@code maxRedirects} redirects. The article's URI is the
   * URL finally read, which relative links in the page are relative to; a skip names {@code url}.
   */
  public SourceItem fetch(String url) {
    URI uri;
    try {
      uri = withoutFragment(new URI(url.strip()));
    } catch (URISyntaxException e) {
      return new SourceItem.Skipped(url, "not a valid URL (" + Reasons.of(e) + ")");
    }
    if (!isFetchable(uri)) {
      return new SourceItem.Skipped(url, "not an http or https URL");
    }
    for (int redirects = 0; ; redirects++) {
      Optional<String> refused = addresses.refuse(uri);
      if (refused.isPresent()) {
        return new SourceItem.Skipped(url, "refused: " + refused.get());
      }
      Exchange exchange = exchange(uri);
      if (exchange.failure != null) {
        return new SourceItem.Skipped(url, exchange.failure);
      }
      HttpResponse<LimitedBody.Result> response = exchange.response;
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (isRedirect(status) && location.isPresent()) {
        if (redirects == options.maxRedirects()) {
          return new SourceItem.Skipped(url, "more than " + options.maxRedirects() + " redirects (maxRedirects)");
        }
        URI next;
        try {
          next = withoutFragment(uri.resolve(location.get().strip()));
        } catch (IllegalArgumentException | URISyntaxException e) {
          return new SourceItem.Skipped(url, "redirected to an invalid URL: " + location.get());
        }
        if (!isFetchable(next)) {
          return new SourceItem.Skipped(url, "redirected to a URL that is not http or https: " + next);
        }
        uri = next;
        continue;
      }
      return read(url, uri, response);
    }
  }

  private SourceItem read(String requested, URI uri, HttpResponse<LimitedBody.Result> response) {
    int status = response.statusCode();
    if (status == 304) {
      return new SourceItem.Skipped(requested, "not modified since the last fetch (HTTP 304)");
    }
    if (status < 200 || status > 299) {
      return new SourceItem.Skipped(requested, "HTTP " + status);
    }
    if (response.body().tooLarge()) {
      return new SourceItem.Skipped(requested, Reasons.tooLarge(options.maxBytes()));
    }
    HttpHeaders headers = response.headers();
    byte[] body;
    try {
      body = decode(response.body().bytes(), headers.firstValue("Content-Encoding").orElse("identity"));
    } catch (IOException e) {
      return new SourceItem.Skipped(requested, "cannot decode the response (" + Reasons.of(e) + ")");
    }
    if (body == null) {
      return new SourceItem.Skipped(requested, Reasons.tooLarge(options.maxBytes()) + " once decompressed");
    }
    if (body.length == 0) {
      return new SourceItem.Skipped(requested, "empty response (HTTP " + status + ")");
    }
    Validators seen = new Validators(headers.firstValue("ETag"), headers.firstValue("Last-Modified"));
    if (!seen.isEmpty()) {
      validators.put(uri.toString(), seen);
    }
    return new SourceItem.Article(ArticleInput.of(uri.toString(), body, headers.firstValue("Content-Type").orElse(null)));
  }

  /** The bytes as sent before any content coding; null when gzip inflates them past the limit. */
  private byte[] decode(byte[] bytes, String encoding) throws IOException {
    String coding = encoding.strip().toLowerCase(Locale.ROOT);
    if (coding.isEmpty() || coding.equals("identity")) {
      return bytes;
    }
    if (!coding.equals("gzip") && !coding.equals("x-gzip")) {
      throw new IOException("unsupported Content-Encoding " + encoding);
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] inflated = in.readNBytes((int) options.maxBytes() + 1);
      return inflated.length > options.maxBytes() ? null : inflated;
    }
  }

  /** A response, or why there is none; the pair keeps {@link #fetch}'s loop flat. */
  private record Exchange(HttpResponse<LimitedBody.Result> response, String failure) {}

  private Exchange exchange(URI uri) {
    try {
      pacer.awaitTurn(uri.getHost());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Exchange(null, "interrupted while waiting for " + uri.getHost());
    }
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(uri).GET();
    } catch (IllegalArgumentException e) {
      return new Exchange(null, "cannot request this URL (" + Reasons.of(e) + ")");
    }
    request.timeout(options.readTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip");
    validators.get(uri.toString()).ifPresent(v -> {
      v.etag().ifPresent(etag -> request.header("If-None-Match", etag));
      v.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    });
    CompletableFuture<HttpResponse<LimitedBody.Result>> future = client.sendAsync(request.build(),
        info -> info.statusCode() / 100 == 2
            ? new LimitedBody(options.maxBytes())
            : BodySubscribers.replacing(LimitedBody.Result.EMPTY));
    // the request timeout ends with the headers; this one also bounds a body that trickles in
    long waitMillis = options.connectTimeout().plus(options.readTimeout()).toMillis();
    try {
      return new Exchange(future.get(waitMillis, TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Exchange(null, "timed out: no complete response within " + seconds(waitMillis));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Exchange(null, "interrupted while fetching");
    } catch (ExecutionException e) {
      return new Exchange(null, failure(e.getCause()));
    }
  }

  private String failure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "timed out: no connection within " + seconds(options.connectTimeout().toMillis());
    }
    if (cause instanceof HttpTimeoutException) {
      return "timed out: no response within " + seconds(options.readTimeout().toMillis());
    }
    if (cause instanceof ConnectException) {
      return "cannot connect (" + Reasons.of(cause) + ")";
    }
    return "cannot fetch (" + Reasons.of(cause) + ")";
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The fragment names a place in the page, not a different page: it is never sent. */
  private static URI withoutFragment(URI uri) throws URISyntaxException {
    return uri.getRawFragment() == null ? uri : new URI(uri.toString().substring(0, uri.toString().indexOf('#')));
  }

  private static boolean isFetchable(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }
}
