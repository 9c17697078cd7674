package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.core.Language;
import org.dateline.io.ArticleInput;
import org.dateline.io.BadInputException;
import org.dateline.server.ArticleSubmitter;
import org.dateline.sources.AddressPolicy;
import org.dateline.sources.HostPacer;
import org.dateline.sources.HttpFetcher;
import org.dateline.sources.InMemoryValidatorCache;
import org.dateline.sources.SourceItem;
import org.dateline.sources.SourceOptions;
import org.dateline.store.ArticleWriter;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.StoreOutcome;
import org.dateline.store.TextFingerprint;

/**
 * What {@code serve} does with a posted article: decodes and analyzes it as {@code ingest} would (the
 * models load with the first one), then stores it through one write connection, one article at a
 * time. A connection that failed is dropped, so that the next article opens the database anew.
 */
final class StoreSubmitter implements ArticleSubmitter {

  private final Path db;
  private final LazyAnalyzer analyzer = new LazyAnalyzer(true);
  private final InputDecoder decoder;
  private final HttpFetcher fetcher;
  private Store store;
  private ArticleWriter writer;

  /**
   * @param addresses where a posted URL may lead: public addresses only, unless the user allowed
   *     private ones ({@code serve --allow-private})
   */
  StoreSubmitter(Path db, long maxBytes, AddressPolicy addresses) {
    this.db = db;
    this.decoder = new InputDecoder(maxBytes);
    SourceOptions options = SourceOptions.defaults().withMaxBytes(maxBytes);
    this.fetcher = new HttpFetcher(options, new InMemoryValidatorCache(),
        new HostPacer(options.hostDelay(), HostPacer.Clock.SYSTEM), addresses);
  }

  @Override
  public ArticleInput fetch(String url) throws BadInputException {
    SourceItem item = fetcher.fetch(url);
    if (item instanceof SourceItem.Skipped skipped) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, url, url + ": " + skipped.reason());
    }
    return ((SourceItem.Article) item).input();
  }

  @Override
  public StoreOutcome submit(ArticleInput input, Optional<Language> language) throws BadInputException, StoreException {
    InputDecoder.Decoded decoded = decoder.decode(input);
    String bytesHash = TextFingerprint.sha256(input.content());
    var record = analyze(input, bytesHash, decoded, language);
    return write(record);
  }

  private org.dateline.store.ArticleRecord analyze(ArticleInput input, String bytesHash, InputDecoder.Decoded decoded,
      Optional<Language> language) throws BadInputException {
    try {
      return Ingestion.record(analyzer, input, bytesHash, TextFingerprint.of(decoded.document().text()), decoded,
          language, Optional.empty());
    } catch (IOException e) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, input.uri(), input.uri() + ": " + e.getMessage());
    }
  }

  private synchronized StoreOutcome write(org.dateline.store.ArticleRecord record) throws StoreException {
    try {
      if (store == null) {
        store = Store.openForWriting(db);
        writer = new ArticleWriter(store, java.time.Clock.systemUTC());
      }
      return writer.store(record);
    } catch (StoreException e) {
      close();
      throw e;
    }
  }

  synchronized void close() {
    if (store != null) {
      try {
        store.close();
      } catch (StoreException ignored) {
        // dropped either way; the next article reopens it
      }
      store = null;
      writer = null;
    }
  }
}
