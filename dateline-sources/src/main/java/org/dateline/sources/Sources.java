package org.dateline.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.io.ArticleInput;

/**
 * Turns what a user points Dateline at into a stream of raw articles: a text or HTML file, a
 * directory of them, an RSS or Atom feed, an OPML list of feeds, a WARC file, or an http(s) URL of
 * a page, a feed or a list. Anything that cannot be read becomes a {@link SourceItem.Skipped} with
 * its reason, and the stream goes on. The stream is lazy (a WARC is read one record at a time, a
 * feed's pages are fetched as they are reached) and must be closed, as it may hold a file open.
 */
public final class Sources {

  private final SourceOptions options;
  private final HttpFetcher fetcher;
  private final FeedReader feeds;
  private final OpmlReader opml = new OpmlReader();

  public Sources(SourceOptions options, HttpFetcher fetcher) {
    this.options = Objects.requireNonNull(options, "options");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.feeds = new FeedReader(options, fetcher);
  }

  /**
   * The articles {@code pathOrUrl} holds, in order (a directory's files sorted by path). Use in a
   * try-with-resources block.
   */
  public Stream<SourceItem> open(String pathOrUrl) {
    Objects.requireNonNull(pathOrUrl, "pathOrUrl");
    return ItemCursor.stream(cursor(pathOrUrl));
  }

  private ItemCursor cursor(String pathOrUrl) {
    if (HttpFetcher.isHttpUrl(pathOrUrl)) {
      return url(pathOrUrl);
    }
    Path path;
    try {
      path = pathOrUrl.startsWith("file:") ? Path.of(URI.create(pathOrUrl)) : Path.of(pathOrUrl);
    } catch (IllegalArgumentException e) { // InvalidPathException too
      return ItemCursor.of(new SourceItem.Skipped(pathOrUrl, "not a path or an http(s) URL (" + Reasons.of(e) + ")"));
    }
    if (Files.isDirectory(path)) {
      return directory(path);
    }
    return file(path);
  }

  private ItemCursor url(String url) {
    SourceItem fetched = fetcher.fetch(url);
    if (!(fetched instanceof SourceItem.Article article)) {
      return ItemCursor.of(fetched);
    }
    ArticleInput document = article.input();
    return switch (SourceKind.of(URI.create(document.uri()).getPath(), document.contentType(), document.content())) {
      case FEED -> feeds.read(document);
      case OPML -> feedList(document, false);
      case WARC -> ItemCursor.of(new SourceItem.Skipped(url, "a WARC file is not read over HTTP: download it and give its path"));
      case HTML, TEXT -> ItemCursor.of(fetched);
    };
  }

  private ItemCursor file(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (SourceKind.isWarcName(name.toLowerCase(java.util.Locale.ROOT))) {
      return WarcArticles.open(file, options.maxBytes());
    }
    byte[] bytes;
    try {
      bytes = read(file);
    } catch (NoSuchFileException e) {
      return ItemCursor.of(new SourceItem.Skipped(file.toString(), "no such file or directory"));
    } catch (IOException e) {
      return ItemCursor.of(new SourceItem.Skipped(file.toString(), "cannot read (" + Reasons.of(e) + ")"));
    }
    if (bytes == null) {
      return ItemCursor.of(new SourceItem.Skipped(file.toString(), Reasons.tooLarge(options.maxBytes())));
    }
    SourceKind kind = SourceKind.of(name, Optional.empty(), bytes);
    return switch (kind) {
      case WARC -> WarcArticles.open(file, options.maxBytes());
      case FEED -> feeds.read(ArticleInput.of(file.toString(), bytes, null));
      case OPML -> feedList(ArticleInput.of(file.toString(), bytes, null), true);
      case HTML -> ItemCursor.of(new SourceItem.Article(ArticleInput.of(file.toString(), bytes, MediaTypes.HTML)));
      case TEXT -> ItemCursor.of(new SourceItem.Article(ArticleInput.of(file.toString(), bytes, MediaTypes.TEXT)));
    };
  }

  /** The file's bytes, or null past the size limit; a pipe has no size, so the limit is also kept while reading. */
  private byte[] read(Path file) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > options.maxBytes()) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) options.maxBytes() + 1);
      return bytes.length > options.maxBytes() ? null : bytes;
    }
  }

  /** Each feed of an OPML list; a local list may name local feeds, a list fetched from the web only web feeds. */
  private ItemCursor feedList(ArticleInput list, boolean local) {
    List<String> locations;
    try {
      locations = opml.feeds(list.content());
    } catch (IOException e) {
      return ItemCursor.of(new SourceItem.Skipped(list.uri(), Reasons.of(e)));
    }
    if (locations.isEmpty()) {
      return ItemCursor.of(new SourceItem.Skipped(list.uri(), "OPML list without any feed (no outline with an xmlUrl)"));
    }
    Iterator<ItemCursor.Part> parts = locations.stream()
        .map(location -> new ItemCursor.Part(location, () -> listedFeed(list.uri(), location, local)))
        .iterator();
    return ItemCursor.concat(parts);
  }

  private ItemCursor listedFeed(String listUri, String location, boolean local) {
    if (HttpFetcher.isHttpUrl(location)) {
      return feedAt(location);
    }
    if (!local) {
      URI resolved = URI.create(listUri).resolve(location);
      return HttpFetcher.isHttpUrl(resolved.toString()) ? feedAt(resolved.toString())
          : ItemCursor.of(new SourceItem.Skipped(location, "a list fetched from the web may only name http(s) feeds"));
    }
    Path parent = Path.of(listUri).toAbsolutePath().getParent();
    Path feed = location.startsWith("file:") ? Path.of(URI.create(location)) : parent.resolve(location);
    return file(feed);
  }

  /** A feed named by a list: fetched, and read as a feed whatever it is served as. */
  private ItemCursor feedAt(String url) {
    SourceItem fetched = fetcher.fetch(url);
    return fetched instanceof SourceItem.Article feed ? feeds.read(feed.input()) : ItemCursor.of(fetched);
  }

  private ItemCursor directory(Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> Files.isRegularFile(p) && isSourceName(p) && !inHiddenDirectory(dir, p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return ItemCursor.of(new SourceItem.Skipped(dir.toString(), "cannot list the directory (" + Reasons.of(e) + ")"));
    }
    if (files.isEmpty()) {
      return ItemCursor.of(new SourceItem.Skipped(dir.toString(),
          "no articles, feeds, OPML lists or WARC files in this directory (.txt, .html, .htm, .xml, .rss, .atom, .opml, .warc, .warc.gz)"));
    }
    return ItemCursor.concat(files.stream().map(f -> new ItemCursor.Part(f.toString(), () -> file(f))).iterator());
  }

  private static boolean isSourceName(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && SourceKind.byName(name).isPresent();
  }

  private static boolean inHiddenDirectory(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
