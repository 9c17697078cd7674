package org.dateline.sources;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.io.ArticleInput;
import org.dateline.io.ArticleSource;
import org.dateline.io.BadInputException;

/**
 * What the ingest command reads when it is pointed at feeds, OPML lists, WARC archives or URLs:
 * each argument opened by {@link Sources} in turn, lazily, a skipped item handed on as the one-line
 * reason of a {@link BadInputException} so the batch goes on.
 */
public final class SourcesArticleSource implements ArticleSource {

  private final Sources sources;
  private final Iterator<String> arguments;
  private Stream<SourceItem> open;
  private Iterator<SourceItem> items;

  public SourcesArticleSource(Sources sources, List<String> arguments) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.arguments = List.copyOf(arguments).iterator();
  }

  @Override
  public Optional<ArticleInput> next() throws BadInputException {
    while (items == null || !items.hasNext()) {
      closeOpen();
      if (!arguments.hasNext()) {
        return Optional.empty();
      }
      open = sources.open(arguments.next());
      items = open.iterator();
    }
    SourceItem item = items.next();
    if (item instanceof SourceItem.Skipped skipped) {
      throw new BadInputException(BadInputException.Reason.UNREADABLE, skipped.uri(), skipped.uri() + ": " + skipped.reason());
    }
    return Optional.of(((SourceItem.Article) item).input());
  }

  /** Whether an argument is something only this source reads: a URL, a feed, an OPML list or a WARC. */
  public static boolean needed(String argument) {
    String name = argument.toLowerCase(java.util.Locale.ROOT);
    return HttpFetcher.isHttpUrl(argument) || name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")
        || name.endsWith(".opml") || name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  private void closeOpen() {
    if (open != null) {
      open.close();
      open = null;
    }
  }

  @Override
  public void close() throws IOException {
    closeOpen();
  }
}
