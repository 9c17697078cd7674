package org.dateline.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dateline.io.ArticleInput;

/**
 * Reads an RSS or Atom feed (with Rome) into one item per entry: the entry's full content when
 * the feed carries it ({@code content:encoded}, Atom {@code content}), else the page its link
 * names, fetched when {@link SourceOptions#fetchLinkedPages()} allows. A summary
 * ({@code description}) is never taken for the article. Title and date come from the entry.
 */
final class FeedReader {

  private final SourceOptions options;
  private final HttpFetcher fetcher;

  FeedReader(SourceOptions options, HttpFetcher fetcher) {
    this.options = options;
    this.fetcher = fetcher;
  }

  /** The entries of {@code feed}, whose uri is the base of relative links; pages are fetched as the cursor advances. */
  ItemCursor read(ArticleInput feed) {
    SyndFeed parsed;
    try {
      parsed = parse(feed);
    } catch (FeedException | IOException | RuntimeException e) {
      // Rome reports malformed XML, a DTD and an unknown root element alike: as a FeedException or an IllegalArgumentException
      return ItemCursor.of(new SourceItem.Skipped(feed.uri(), "not a readable RSS or Atom feed (" + Reasons.of(e) + ")"));
    }
    List<SyndEntry> entries = parsed.getEntries();
    if (entries.isEmpty()) {
      return ItemCursor.of(new SourceItem.Skipped(feed.uri(), "feed without entries"));
    }
    return ItemCursor.map(IntStream.range(0, entries.size()).iterator(), i -> entry(feed.uri(), i, entries.get(i)));
  }

  private static SyndFeed parse(ArticleInput feed) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    // Rome refuses doctypes by default, which also shuts out external entities (XXE); say so rather than rely on it
    input.setAllowDoctypes(false);
    String contentType = feed.contentType().orElse(null);
    try (XmlReader reader = contentType == null
        ? new XmlReader(new ByteArrayInputStream(feed.content()), true)
        : new XmlReader(new ByteArrayInputStream(feed.content()), contentType, true)) {
      return input.build(reader);
    }
  }

  private SourceItem entry(String feedUri, int index, SyndEntry entry) {
    Optional<String> link = link(feedUri, entry);
    Optional<String> title = Optional.ofNullable(entry.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
    Optional<LocalDate> published = day(entry.getPublishedDate()).or(() -> day(entry.getUpdatedDate()));
    String uri = link.or(() -> Optional.ofNullable(entry.getUri()).filter(u -> !u.isBlank()))
        .orElse(feedUri + "#entry-" + (index + 1));
    Optional<SyndContent> content = entry.getContents().stream()
        .filter(c -> c.getValue() != null && !c.getValue().isBlank())
        .findFirst();
    if (content.isPresent()) {
      byte[] bytes = content.get().getValue().getBytes(StandardCharsets.UTF_8);
      return new SourceItem.Article(new ArticleInput(uri, bytes, Optional.of(mediaType(content.get())), published, title));
    }
    if (link.isEmpty()) {
      return new SourceItem.Skipped(uri, "feed entry with neither full content nor a link");
    }
    if (!options.fetchLinkedPages()) {
      return new SourceItem.Skipped(uri, "feed entry without full content, and fetching linked pages is off");
    }
    if (!HttpFetcher.isHttpUrl(link.get())) {
      return new SourceItem.Skipped(uri, "feed entry without full content, and its link is not an http or https URL");
    }
    SourceItem page = fetcher.fetch(link.get());
    if (page instanceof SourceItem.Article fetched) {
      ArticleInput input = fetched.input();
      return new SourceItem.Article(new ArticleInput(input.uri(), input.content(), input.contentType(), published, title));
    }
    return page;
  }

  /** The entry's link, made absolute against the feed's URL (Atom links are often relative). */
  private static Optional<String> link(String feedUri, SyndEntry entry) {
    String link = entry.getLink();
    if (link == null || link.isBlank()) {
      link = entry.getLinks().stream()
          .filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
          .map(SyndLink::getHref)
          .filter(h -> h != null && !h.isBlank())
          .findFirst().orElse(null);
    }
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(link.strip());
      return Optional.of(uri.isAbsolute() || !HttpFetcher.isHttpUrl(feedUri) ? uri.toString()
          : URI.create(feedUri).resolve(uri).toString());
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.of(link.strip()); // kept as written: the fetch will say it is not a URL
    }
  }

  /** Rome gives an instant; its zone is lost, so the day is the UTC day (an entry at 01:00+02:00 is the day before). */
  private static Optional<LocalDate> day(Date date) {
    return Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /** Atom says "text", "html" or "xhtml" or a media type; RSS content:encoded is HTML. */
  private static String mediaType(SyndContent content) {
    String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain") ? MediaTypes.TEXT_UTF8 : MediaTypes.HTML_UTF8;
  }
}
