package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.core.Language;
import org.dateline.io.ArticleSource;
import org.dateline.io.FileArticleSource;
import org.dateline.sources.HttpFetcher;
import org.dateline.sources.InMemoryValidatorCache;
import org.dateline.sources.SourceOptions;
import org.dateline.sources.Sources;
import org.dateline.sources.SourcesArticleSource;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline ingest}: analyzes articles and stores them in the knowledge base. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (text or HTML files, directories of them, RSS/Atom feeds and OPML lists of feeds as files "
          + "or URLs, WARC archives, web pages by URL), analyzes them on every core and stores them in the "
          + "knowledge base, one transaction per article.",
      "Inputs stored before are skipped, so an interrupted ingest resumes where it stopped. The same "
          + "text, or a near-identical copy, under another name becomes another source of the stored article.",
      "A bad input is reported on standard error and skipped; the others are still stored."
    })
public final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL", description = "articles, feeds, OPML lists, WARC files")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "publication date of inputs that give none: anchors relative dates; a dateline's own date wins")
  String date;

  @Option(names = "--lang", defaultValue = "auto", paramLabel = "fr|en|auto",
      description = "the articles' language, or auto to identify it; default ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--max-size", defaultValue = "10MB", paramLabel = "SIZE",
      description = "refuse inputs larger than this; default ${DEFAULT-VALUE}")
  String maxSize;

  @Option(names = "--threads", paramLabel = "N", description = "analysis threads; default: one per core")
  Integer threads;

  @Option(names = "--progress", negatable = true,
      description = "a progress line on standard error; default: when run from a terminal")
  Boolean progress;

  @Override
  public Integer call() throws Exception {
    Optional<Language> language = OptionValues.language(spec, lang);
    var settings = new Ingestion.Settings(language, OptionValues.date(spec, "--date", date),
        threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    long maxBytes = OptionValues.size(spec, maxSize);
    var err = spec.commandLine().getErr();
    IngestReport report = new IngestReport();
    long start = System.nanoTime();
    String holdings;
    try (Store db = Store.openForWriting(store.db);
        ArticleSource source = source(maxBytes)) {
      Ingestion ingestion = new Ingestion(new LazyAnalyzer(language.isEmpty()), new InputDecoder(maxBytes),
          settings, err, report);
      boolean showProgress = progress != null ? progress : System.console() != null;
      try (ProgressLine line = showProgress ? new ProgressLine(err, report::done, source.expectedCount()) : null) {
        ingestion.run(source, db);
      }
      holdings = String.format(java.util.Locale.ROOT,
          "the knowledge base %s holds %d articles (%d sources), %d entities, %d events, %d quotes, %d claims, %d stories",
          db.path(), db.count("articles"), db.count("article_sources"), db.count("entities"), db.count("events"),
          db.count("quotes"), db.count("claims"), db.count("stories"));
    } catch (StoreException e) {
      err.println("dateline: " + e.getMessage());
      if (report.done() > 0) { // what was stored before the store failed
        report.print(err, (System.nanoTime() - start) / 1e9);
      }
      return ExitCode.BAD_INPUT;
    }
    report.print(spec.commandLine().getOut(), (System.nanoTime() - start) / 1e9);
    spec.commandLine().getOut().println(holdings);
    spec.commandLine().getOut().flush();
    return report.skippedCount() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
  }

  /** Files and directories of articles are listed ahead (for the progress line); feeds, archives and URLs are streamed. */
  private ArticleSource source(long maxBytes) throws IOException {
    if (inputs.stream().noneMatch(SourcesArticleSource::needed)) {
      return new FileArticleSource(inputs.stream().map(Path::of).toList(), maxBytes);
    }
    SourceOptions options = SourceOptions.defaults().withMaxBytes(maxBytes);
    return new SourcesArticleSource(new Sources(options, new HttpFetcher(options, new InMemoryValidatorCache())), inputs);
  }
}
