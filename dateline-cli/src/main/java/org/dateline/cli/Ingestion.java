package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.io.ArticleInput;
import org.dateline.io.ArticleSource;
import org.dateline.io.BadInputException;
import org.dateline.io.ContractJsonWriter;
import org.dateline.store.ArticleRecord;
import org.dateline.store.ArticleWriter;
import org.dateline.store.DuplicateFinder;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.StoreOutcome;
import org.dateline.store.TextFingerprint;

/**
 * Reads, analyzes and stores articles: decoding and analysis in {@code threads} workers, every write
 * through one writer thread and its one connection, one transaction per article. Before analyzing,
 * a worker asks the store (its own read connection) whether the input is a source already or a copy
 * of a stored text, so a resumed ingest and wire copies cost a lookup, not an analysis; the writer
 * checks again under the write lock. A bad input is skipped with its reason; a store failure stops
 * the batch, keeping every article committed before it.
 */
final class Ingestion {

  /** The settings of one ingest. */
  record Settings(Optional<Language> language, Optional<LocalDate> date, int threads) {
    Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
    }
  }

  private final LazyAnalyzer analyzer;
  private final InputDecoder decoder;
  private final Settings settings;
  private final PrintWriter err;
  private final IngestReport report;

  Ingestion(LazyAnalyzer analyzer, InputDecoder decoder, Settings settings, PrintWriter err, IngestReport report) {
    this.analyzer = analyzer;
    this.decoder = decoder;
    this.settings = settings;
    this.err = err;
    this.report = report;
  }

  void run(ArticleSource source, Store store) throws StoreException, IOException, InterruptedException {
    ArticleWriter writer = new ArticleWriter(store, Clock.systemUTC());
    ExecutorService writes = Executors.newSingleThreadExecutor(r -> new Thread(r, "dateline-writer"));
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
    // bounded: the reader never runs far ahead of the analysis, whatever the corpus size
    Semaphore inFlight = new Semaphore(settings.threads() * 4);
    AtomicReference<StoreException> failure = new AtomicReference<>();
    ConcurrentLinkedQueue<Store> readers = new ConcurrentLinkedQueue<>();
    ThreadLocal<DuplicateFinder> finders = ThreadLocal.withInitial(() -> {
      try {
        Store reader = Store.openForReading(store.path());
        readers.add(reader);
        return new DuplicateFinder(reader);
      } catch (StoreException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    });
    Work work = new Work(writer, writes, inFlight, failure, finders);
    try {
      while (failure.get() == null) {
        inFlight.acquire();
        Optional<ArticleInput> input;
        try {
          input = source.next();
        } catch (BadInputException e) {
          skip(e);
          inFlight.release();
          continue;
        }
        if (input.isEmpty()) {
          inFlight.release();
          break;
        }
        workers.execute(() -> work.process(input.get()));
      }
    } finally {
      workers.shutdown();
      workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      writes.shutdown();
      writes.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      for (Store reader : readers) {
        reader.close();
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** What the workers share; one {@link #process} call per input. */
  private final class Work {
    private final ArticleWriter writer;
    private final ExecutorService writes;
    private final Semaphore inFlight;
    private final AtomicReference<StoreException> failure;
    private final ThreadLocal<DuplicateFinder> finders;

    Work(ArticleWriter writer, ExecutorService writes, Semaphore inFlight, AtomicReference<StoreException> failure,
        ThreadLocal<DuplicateFinder> finders) {
      this.writer = writer;
      this.writes = writes;
      this.inFlight = inFlight;
      this.failure = failure;
      this.finders = finders;
    }

    void process(ArticleInput input) {
      boolean handedOver = false;
      try {
        if (failure.get() != null) {
          return;
        }
        String bytesHash = TextFingerprint.sha256(input.content());
        DuplicateFinder finder = finders.get();
        Optional<Long> known = finder.knownSource(input.uri(), bytesHash);
        if (known.isPresent()) {
          report.stored(new StoreOutcome(StoreOutcome.Kind.ALREADY_STORED, known.get(), 1.0));
          return;
        }
        InputDecoder.Decoded decoded = decoder.decode(input);
        TextFingerprint fingerprint = TextFingerprint.of(decoded.document().text());
        if (finder.find(fingerprint).isPresent()) {
          Optional<StoreOutcome> copy = writes.submit(() -> writer.addSourceIfCopy(input.uri(), bytesHash, fingerprint)).get();
          if (copy.isPresent()) {
            report.stored(copy.get());
            return;
          }
        }
        ArticleRecord record = analyze(input, bytesHash, fingerprint, decoded);
        writes.execute(() -> {
          try {
            report.stored(writer.store(record));
          } catch (StoreException e) {
            failure.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
        handedOver = true;
      } catch (BadInputException e) {
        skip(e);
      } catch (SQLException e) {
        failure.compareAndSet(null, new StoreException("checking " + input.uri() + " against the store failed ("
            + e.getMessage().lines().findFirst().orElse("") + ")", e));
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause() instanceof StoreException s ? s
            : new StoreException("storing " + input.uri() + " failed (" + e.getCause() + ")", e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | IOException e) {
        // a bug on one odd article must not cost the batch: reported, counted, and the others go on
        err.println("dateline: " + input.uri() + ": analysis failed (" + e + "); please report it");
        report.skipped("analysis failed (a bug; please report it)");
      } finally {
        if (!handedOver) {
          inFlight.release();
        }
      }
    }
  }

  private ArticleRecord analyze(ArticleInput input, String bytesHash, TextFingerprint fingerprint,
      InputDecoder.Decoded decoded) throws IOException {
    return record(analyzer, input, bytesHash, fingerprint, decoded, settings.language(), settings.date());
  }

  /**
   * Analyzes a decoded input into the record to store: {@code language} when given (else identified),
   * {@code date} when the input declares no publication date. Also what {@code serve} does with a posted article.
   */
  static ArticleRecord record(LazyAnalyzer analyzer, ArticleInput input, String bytesHash, TextFingerprint fingerprint,
      InputDecoder.Decoded decoded, Optional<Language> language, Optional<LocalDate> date) throws IOException {
    Optional<LocalDate> published = decoded.published().or(() -> date);
    Document doc = decoded.document().withPublicationDate(published);
    if (language.isPresent()) {
      doc = doc.withLanguage(language.get()).withLayers(Set.of(Layer.LANGUAGE));
    }
    Document analyzed = analyzer.get().analyze(doc);
    StringWriter json = new StringWriter();
    new ContractJsonWriter(false, false).write(analyzed, json);
    return new ArticleRecord(input.uri(), bytesHash, fingerprint, analyzed, decoded.title(), published,
        json.toString().strip());
  }

  private void skip(BadInputException e) {
    err.println("dateline: " + e.getMessage());
    report.skipped(e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }
}
