package org.dateline.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dateline.io.ArticleInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

  @TempDir Path dir;

  private final LoopbackServer server;
  private final FakeClock clock = new FakeClock();

  SourcesTest() throws IOException {
    server = new LoopbackServer(clock::nanoTime);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Sources sources(SourceOptions options) {
    return new Sources(options, new HttpFetcher(options, new InMemoryValidatorCache(), new HostPacer(options.hostDelay(), clock)));
  }

  private List<SourceItem> read(SourceOptions options, String pathOrUrl) {
    try (Stream<SourceItem> items = sources(options).open(pathOrUrl)) {
      return items.toList();
    }
  }

  private List<SourceItem> read(String pathOrUrl) {
    return read(SourceOptions.defaults(), pathOrUrl);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private static ArticleInput article(SourceItem item) {
    assertThat(item).as("%s", item).isInstanceOf(SourceItem.Article.class);
    return ((SourceItem.Article) item).input();
  }

  private static SourceItem.Skipped skipped(SourceItem item) {
    assertThat(item).as("%s", item).isInstanceOf(SourceItem.Skipped.class);
    return (SourceItem.Skipped) item;
  }

  private static String text(ArticleInput input) {
    return new String(input.content(), StandardCharsets.UTF_8);
  }

  static final String RSS_FULL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Le Quotidien</title><link>https://quotidien.example/</link><description>Infos</description>
          <item>
            <title>Le maire démissionne</title>
            <link>https://quotidien.example/2025/06/10/maire</link>
            <description>Un résumé.</description>
            <content:encoded><![CDATA[<p>Le maire de Lyon a démissionné mardi.</p>]]></content:encoded>
            <pubDate>Tue, 10 Jun 2025 14:30:00 +0200</pubDate>
          </item>
          <item>
            <title>Sans texte</title>
            <link>https://quotidien.example/2025/06/11/sans-texte</link>
            <description>Seulement un résumé.</description>
          </item>
        </channel>
      </rss>
      """;

  @Test
  void textAndHtmlFilesAreArticlesWithTheirMediaType() throws IOException {
    Path text = write("a.txt", "Un article.");
    Path html = write("b.html", "<html><body><p>Une page.</p></body></html>");

    assertThat(article(read(text.toString()).get(0)).contentType()).contains("text/plain");
    ArticleInput page = article(read(html.toString()).get(0));
    assertThat(page.contentType()).contains("text/html");
    assertThat(page.uri()).isEqualTo(html.toString());
    assertThat(text(page)).contains("Une page.");
  }

  @Test
  void aMissingPathIsSkipped() {
    String missing = dir.resolve("absent.txt").toString();

    assertThat(read(missing)).containsExactly(new SourceItem.Skipped(missing, "no such file or directory"));
  }

  @Test
  void aFileOverTheLimitIsSkipped() throws IOException {
    Path big = write("big.txt", "x".repeat(101));

    assertThat(skipped(read(SourceOptions.defaults().withMaxBytes(100), big.toString()).get(0)).reason())
        .isEqualTo("over the 100-byte limit (maxBytes)");
  }

  @Test
  void aDirectoryIsReadRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
    write("b.txt", "B");
    write("2025/06/a.htm", "<p>A</p>");
    write("2025/06/feed.xml", RSS_FULL);
    write("notes.md", "ignored");
    write(".hidden.txt", "ignored");
    write(".git/x.txt", "ignored");

    List<SourceItem> items = read(SourceOptions.defaults().withFetchLinkedPages(false), dir.toString());

    assertThat(items).extracting(SourceItem::uri).containsExactly(
        dir.resolve("2025/06/a.htm").toString(),
        "https://quotidien.example/2025/06/10/maire",
        "https://quotidien.example/2025/06/11/sans-texte",
        dir.resolve("b.txt").toString());
    assertThat(items.get(2)).isInstanceOf(SourceItem.Skipped.class);
  }

  @Test
  void aDirectoryWithNothingToReadIsOneSkip() throws IOException {
    write("notes.md", "x");

    assertThat(skipped(read(dir.toString()).get(0)).reason()).startsWith("no articles, feeds, OPML lists or WARC files");
  }

  @Test
  void aFeedEntryWithFullContentIsTakenFromTheFeedWithItsTitleAndDay() throws IOException {
    Path feed = write("feed.rss", RSS_FULL);

    List<SourceItem> items = read(SourceOptions.defaults().withFetchLinkedPages(false), feed.toString());

    ArticleInput first = article(items.get(0));
    assertThat(first.uri()).isEqualTo("https://quotidien.example/2025/06/10/maire");
    assertThat(text(first)).isEqualTo("<p>Le maire de Lyon a démissionné mardi.</p>");
    assertThat(first.contentType()).contains("text/html; charset=UTF-8");
    assertThat(first.title()).contains("Le maire démissionne");
    assertThat(first.published()).contains(LocalDate.of(2025, 6, 10));
    assertThat(skipped(items.get(1)).reason())
        .isEqualTo("feed entry without full content, and fetching linked pages is off");
  }

  @Test
  void anAtomEntryKeepsItsTextTypeAndAnEntryWithoutLinkOrContentIsSkipped() throws IOException {
    Path feed = write("feed.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Agence</title><id>urn:agence</id><updated>2025-06-10T08:00:00Z</updated>
          <entry>
            <title>Dépêche</title><id>urn:agence:1</id>
            <link href="https://agence.example/1"/>
            <published>2025-06-09T23:30:00Z</published><updated>2025-06-10T08:00:00Z</updated>
            <content type="text">PARIS, 9 juin (Agence) - Texte brut.</content>
          </entry>
          <entry><title>Vide</title><id>urn:agence:2</id><updated>2025-06-10T08:00:00Z</updated></entry>
        </feed>
        """);

    List<SourceItem> items = read(feed.toString());

    ArticleInput first = article(items.get(0));
    assertThat(first.contentType()).contains("text/plain; charset=UTF-8");
    assertThat(first.published()).contains(LocalDate.of(2025, 6, 9));
    assertThat(text(first)).isEqualTo("PARIS, 9 juin (Agence) - Texte brut.");
    assertThat(items.get(1)).isEqualTo(new SourceItem.Skipped("urn:agence:2", "feed entry with neither full content nor a link"));
  }

  @Test
  void malformedFeedXmlIsOneSkipWithTheReason() throws IOException {
    Path feed = write("broken.xml", "<rss version=\"2.0\"><channel><item><title>Coupé</title></chan");

    SourceItem.Skipped skip = skipped(read(feed.toString()).get(0));

    assertThat(skip.uri()).isEqualTo(feed.toString());
    assertThat(skip.reason()).startsWith("not a readable RSS or Atom feed (").doesNotContain("\n");
  }

  @Test
  void aFeedCannotReadLocalFilesThroughAnExternalEntity() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET-42");
    Path feed = write("xxe.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
          <item><title>&leak;</title><link>https://x.example/1</link>
            <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&leak;</content:encoded></item>
        </channel></rss>
        """.formatted(secret.toUri()));

    List<SourceItem> items = read(SourceOptions.defaults().withFetchLinkedPages(false), feed.toString());

    assertThat(items).hasSize(1);
    assertThat(skipped(items.get(0)).reason()).startsWith("not a readable RSS or Atom feed (");
    assertThat(items.get(0).toString()).doesNotContain("TOP-SECRET-42");
  }

  @Test
  void anOpmlListGivesTheEntriesOfEachFeedOnce() throws IOException {
    write("feeds/one.rss", RSS_FULL);
    write("feeds/two.xml", RSS_FULL.replace("maire", "préfet"));
    Path list = write("list.opml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>Abonnements</title></head><body>
          <outline text="Presse">
            <outline type="rss" text="Un" xmlUrl="feeds/one.rss"/>
            <outline type="rss" text="Deux" xmlUrl="feeds/two.xml"/>
          </outline>
          <outline type="rss" text="Un encore" xmlUrl="feeds/one.rss"/>
          <outline type="rss" text="Absent" xmlUrl="feeds/absent.rss"/>
        </body></opml>
        """);

    List<SourceItem> items = read(SourceOptions.defaults().withFetchLinkedPages(false), list.toString());

    assertThat(items).extracting(SourceItem::uri).containsExactly(
        "https://quotidien.example/2025/06/10/maire", "https://quotidien.example/2025/06/11/sans-texte",
        "https://quotidien.example/2025/06/10/préfet", "https://quotidien.example/2025/06/11/sans-texte",
        dir.resolve("feeds/absent.rss").toString());
    assertThat(skipped(items.get(4)).reason()).isEqualTo("no such file or directory");
  }

  @Test
  void anOpmlListWithADoctypeIsRefused() throws IOException {
    Path list = write("xxe.opml", """
        <?xml version="1.0"?>
        <!DOCTYPE opml [<!ENTITY leak SYSTEM "file:///etc/hostname">]>
        <opml version="2.0"><body><outline xmlUrl="&leak;"/></body></opml>
        """);

    SourceItem.Skipped skip = skipped(read(list.toString()).get(0));

    assertThat(skip.reason()).startsWith("not a readable OPML file (").containsIgnoringCase("DOCTYPE");
  }

  @Test
  void aFeedOverHttpFetchesTheLinkedPagesOfEntriesWithoutContent() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Site</title><link>%1$s</link><description>d</description>
          <item><title>Un</title><link>%1$s/articles/1</link><description>résumé</description>
            <pubDate>Mon, 09 Jun 2025 10:00:00 GMT</pubDate></item>
          <item><title>Deux</title><link>/articles/2</link><description>résumé</description></item>
          <item><title>Trois</title><link>%1$s/articles/3</link><description>résumé</description></item>
        </channel></rss>
        """.formatted(server.url(""));
    server.page("/feed", "application/rss+xml; charset=UTF-8", feed);
    server.page("/articles/1", "text/html; charset=UTF-8", "<p>Premier article.</p>");
    server.page("/articles/2", "text/html; charset=UTF-8", "<p>Deuxième article.</p>");
    server.on("/articles/3", ex -> LoopbackServer.send(ex, 404, "text/html", new byte[0]));

    List<SourceItem> items = read(SourceOptions.defaults().withHostDelay(Duration.ofSeconds(1)), server.url("/feed"));

    ArticleInput first = article(items.get(0));
    assertThat(first.uri()).isEqualTo(server.url("/articles/1"));
    assertThat(text(first)).isEqualTo("<p>Premier article.</p>");
    assertThat(first.title()).contains("Un");
    assertThat(first.published()).contains(LocalDate.of(2025, 6, 9));
    assertThat(article(items.get(1)).uri()).isEqualTo(server.url("/articles/2")); // relative link resolved
    assertThat(items.get(2)).isEqualTo(new SourceItem.Skipped(server.url("/articles/3"), "HTTP 404"));
    long[] starts = server.requests().stream().mapToLong(LoopbackServer.Request::arrivedAt).toArray();
    for (int i = 1; i < starts.length; i++) {
      assertThat(starts[i] - starts[i - 1]).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }
  }

  @Test
  void linkedPagesAreFetchedOnlyAsTheStreamReachesThem() {
    String feed = """
        <rss version="2.0"><channel><title>Site</title><link>%1$s</link><description>d</description>
          <item><title>Un</title><link>%1$s/p/1</link></item>
          <item><title>Deux</title><link>%1$s/p/2</link></item>
        </channel></rss>
        """.formatted(server.url(""));
    server.page("/feed", "application/xml", feed);
    server.page("/p", "text/html", "<p>page</p>");

    try (Stream<SourceItem> items = sources(SourceOptions.defaults()).open(server.url("/feed"))) {
      Iterator<SourceItem> it = items.iterator();
      assertThat(it.next()).isInstanceOf(SourceItem.Article.class);
      assertThat(server.requests()).extracting(LoopbackServer.Request::path).containsExactly("/feed", "/p/1");
    }
  }

  @Test
  void anOpmlListOverHttpReadsItsWebFeedsButNeverALocalFile() throws IOException {
    Path local = write("local.rss", RSS_FULL);
    server.page("/feed", "application/rss+xml", RSS_FULL);
    server.page("/list.opml", "text/x-opml", """
        <opml version="1.0"><body>
          <outline xmlUrl="/feed"/>
          <outline xmlUrl="%s"/>
        </body></opml>
        """.formatted(local.toUri()));

    List<SourceItem> items = read(SourceOptions.defaults().withFetchLinkedPages(false), server.url("/list.opml"));

    assertThat(items).hasSize(3);
    assertThat(article(items.get(0)).uri()).isEqualTo("https://quotidien.example/2025/06/10/maire");
    assertThat(skipped(items.get(2)).reason()).isEqualTo("a list fetched from the web may only name http(s) feeds");
  }

  @Test
  void aPageUrlIsOneArticleAndAFailedFetchOneSkip() {
    server.page("/page", "text/html; charset=windows-1252", "<html><p>x</p></html>");

    assertThat(article(read(server.url("/page")).get(0)).contentType()).contains("text/html; charset=windows-1252");
    assertThat(read(server.url("/none"))).containsExactly(new SourceItem.Skipped(server.url("/none"), "HTTP 404"));
  }

  @Test
  void skipReasonsAreOneLine() {
    SourceItem.Skipped skip = new SourceItem.Skipped("x", "first line\n  second line\r\n");

    assertThat(skip.reason()).isEqualTo("first line second line");
  }

  @Test
  void kindsAreSniffedUnderTheTurkishLocaleToo() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(SourceKind.of("FEED.XML", java.util.Optional.empty(), "<?xml version='1.0'?><RSS/>".getBytes(StandardCharsets.UTF_8)))
          .isEqualTo(SourceKind.FEED);
      assertThat(SourceKind.byName("INDEX.HTML")).contains(SourceKind.HTML);
      assertThat(SourceKind.byName("CRAWL.WARC.GZ")).contains(SourceKind.WARC);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
