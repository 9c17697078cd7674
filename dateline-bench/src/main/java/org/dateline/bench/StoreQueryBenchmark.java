package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Event;
import org.dateline.core.Language;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.store.ArticleRecord;
import org.dateline.store.ArticleWriter;
import org.dateline.store.QueryFilter;
import org.dateline.store.ResultTable;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.StoreQueries;
import org.dateline.store.TextFingerprint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events of one actor between two dates, from a store of {@value #EVENTS} events (generated once
 * per run through {@link ArticleWriter}, as an ingest stores them: {@value #ARTICLES} articles of ten
 * events, 200 actors, 40 countries, dates over 2 years). Issue target: under 100 ms per query.
 * {@code byActorAndDate}: an actor's events in a 90-day window, 50 rows, as {@code dateline query
 * events --actor NAME --since … --until …} asks; {@code byCountryAllRows}: every event of one acting
 * country in a year, all rows (about 1,250).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class StoreQueryBenchmark {

  static final int EVENTS = 100_000;
  static final int ARTICLES = EVENTS / 10;

  private Path dir;
  private Store store;
  private StoreQueries queries;
  private int query;

  @Setup(Level.Trial)
  public void setUp() throws IOException, StoreException {
    dir = Files.createTempDirectory("dateline-store-bench");
    try (Store writing = Store.openForWriting(dir.resolve("kb.db"))) {
      ArticleWriter writer = new ArticleWriter(writing, Clock.systemUTC());
      Random random = new Random(42);
      for (int a = 0; a < ARTICLES; a++) {
        writer.store(article(a, random));
      }
      System.out.println("store: " + writing.count("articles") + " articles, " + writing.count("events") + " events");
    }
    store = Store.openForReading(dir.resolve("kb.db"));
    queries = new StoreQueries(store);
  }

  /** Ten events between random actors of the article's two entities. */
  private static ArticleRecord article(int n, Random random) {
    StringBuilder text = new StringBuilder("Article ").append(n).append(". ");
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < 2; e++) {
      int actor = random.nextInt(200);
      String name = "Acteur " + actor;
      int start = text.length();
      text.append(name).append(". ");
      entities.add(new Entity("E" + (e + 1), EntityType.PERSON, name, Optional.of(country(actor)), Optional.empty(),
          List.of(new Mention(new Span(start, start + name.length()), EntityType.PERSON))));
    }
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730));
    List<Event> events = new ArrayList<>();
    for (int v = 0; v < 10; v++) {
      int start = text.length();
      text.append("Fait ").append(v).append(" du ").append(n).append(" ").append(random.nextLong()).append(". ");
      boolean swap = random.nextBoolean();
      Entity a1 = entities.get(swap ? 1 : 0);
      Entity a2 = entities.get(swap ? 0 : 1);
      events.add(new Event(new Span(start, text.length() - 1), String.format("%02d%d", 1 + random.nextInt(20), random.nextInt(10)),
          "label", new Event.Actor(Optional.of(a1.id()), a1.country()),
          Optional.of(new Event.Actor(Optional.of(a2.id()), a2.country())), Optional.empty(),
          Optional.of(date.toString()), Event.Factuality.ASSERTED, List.of()));
    }
    Document doc = Document.of("gen-" + n, text.toString()).withLanguage(Language.given("fr"))
        .withPublicationDate(Optional.of(date)).withEntities(entities).withEvents(events);
    return new ArticleRecord("gen-" + n, "bytes-" + n, TextFingerprint.of(doc.text()), doc, Optional.empty(),
        Optional.of(date), "{}");
  }

  private static String country(int actor) {
    return "C" + (char) ('A' + actor % 20) + (char) ('A' + actor % 2);
  }

  @Benchmark
  public ResultTable byActorAndDate() throws StoreException {
    int actor = (query++ * 37) % 200;
    LocalDate since = LocalDate.of(2024, 1, 1).plusDays((query * 53) % 640);
    return queries.events(new QueryFilter(Optional.of("Acteur " + actor), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(since), Optional.of(since.plusDays(90)),
        Optional.empty(), Optional.empty(), 50));
  }

  @Benchmark
  public ResultTable byCountryAllRows() throws StoreException {
    String country = country(query++ % 40);
    return queries.events(new QueryFilter(Optional.of(country), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 12, 31)),
        Optional.empty(), Optional.empty(), 100_000));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException, StoreException {
    store.close();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }
}
