package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest, query, search and export as a user runs them, on articles made up here. */
class IngestCommandTest {

  @TempDir Path dir;

  private static final String PAGE = "<html lang=fr><head><title>Sommet à Rome | Le Journal</title></head><body>"
      + "<nav>Accueil Monde Politique</nav><article><h1>Sommet à Rome</h1>"
      + "<p>ROME, 12 mars 2025 (AFP) - Giorgia Meloni a reçu Emmanuel Macron à Rome pour évoquer les missiles "
      + "antiaériens livrés à l'Ukraine. « Nous sommes unis », a déclaré Emmanuel Macron.</p>"
      + "<p>Les deux dirigeants ont aussi parlé du budget européen et de la frontière orientale.</p></article>"
      + "<footer>© Le Journal</footer></body></html>";

  private Path db() {
    return dir.resolve("data/kb.db");
  }

  private Run ingest(Path... inputs) {
    String[] args = new String[inputs.length + 5];
    args[0] = "ingest";
    for (int i = 0; i < inputs.length; i++) {
      args[i + 1] = inputs[i].toString();
    }
    System.arraycopy(new String[] {"--db", db().toString(), "--lang", "fr"}, 0, args, inputs.length + 1, 4);
    return Run.of(args);
  }

  @Test
  void badFilesAreSkippedWithTheirReasonAndTheBatchGoesOn() throws IOException {
    Path in = dir.resolve("in");
    GeneratedArticles.write(in, "a", 1, 3, 4);
    Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("page.html"), PAGE, StandardCharsets.UTF_8);

    Run r = ingest(in, dir.resolve("missing"));

    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.out()).contains("ingested 4 new articles").contains("3 skipped");
    assertThat(r.err()).contains("binary.txt:").contains("empty.txt:").contains("missing: no such file")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void readsTheArticlesOfAFeedAndReportsABrokenOne() throws IOException {
    Path feed = dir.resolve("feed.rss");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Le Journal</title>
        <item><title>Sommet à Rome</title><link>https://example.org/a</link>
          <pubDate>Wed, 12 Mar 2025 10:00:00 GMT</pubDate>
          <content:encoded><![CDATA[<p>Giorgia Meloni a reçu Emmanuel Macron à Rome mardi pour évoquer le budget
          européen et la défense de l'Union, a indiqué la présidence du Conseil dans un communiqué.</p>]]></content:encoded>
        </item>
        <item><title>Accord à Berlin</title><link>https://example.org/b</link>
          <pubDate>Thu, 13 Mar 2025 10:00:00 GMT</pubDate>
          <content:encoded><![CDATA[<p>L'Allemagne et la Pologne ont signé jeudi un accord sur la frontière, a
          annoncé le gouvernement allemand, après des mois de négociations entre les deux capitales.</p>]]></content:encoded>
        </item>
        </channel></rss>
        """, StandardCharsets.UTF_8);
    Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item>", StandardCharsets.UTF_8);

    Run r = ingest(feed, broken);

    assertThat(r.out()).contains("ingested 2 new articles").contains("1 skipped");
    assertThat(r.err()).contains("broken.rss").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Run.of("search", "frontière", "--db", db().toString()).out()).contains("Accord à Berlin");
  }

  @Test
  void aSecondRunChangesNothingAndCopiesBecomeSources() throws Exception {
    Path in = dir.resolve("in");
    GeneratedArticles.write(in, "a", 10, 3, 12);
    assertThat(ingest(in).code()).isEqualTo(ExitCode.OK);

    Path copies = dir.resolve("copies");
    Files.createDirectories(copies);
    String original = GeneratedArticles.article(10, 12);
    Files.writeString(copies.resolve("same.txt"), original);
    Files.writeString(copies.resolve("wire.txt"), original.replace("(AFP) - ", "(Reuters) - ") + "\nLire aussi : nos archives.\n");
    Run again = ingest(in, copies);

    assertThat(again.code()).isEqualTo(ExitCode.OK);
    assertThat(again.out()).contains("ingested 0 new articles, 3 already stored, 1 same text (new source), "
        + "1 near-duplicates (new source), 0 skipped");
    try (Store store = Store.openForReading(db())) {
      assertThat(store.count("articles")).isEqualTo(3);
      assertThat(store.count("article_sources")).isEqualTo(5);
    }
  }

  @Test
  void queriesSearchAndExportReadWhatWasStored() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("page.html"), PAGE, StandardCharsets.UTF_8);
    GeneratedArticles.write(in, "a", 20, 1, 4);
    Files.copy(Path.of(System.getProperty("dateline.samples"), "article-fr-shoigu-kim.txt"), in.resolve("shoigu.txt"));
    assertThat(ingest(in).code()).isEqualTo(ExitCode.OK);
    String db = db().toString();

    Run search = Run.of("search", "missiles", "antiaériens", "--db", db);
    assertThat(search.code()).isEqualTo(ExitCode.OK);
    assertThat(search.out()).contains("Sommet à Rome").contains("[missiles] [antia").contains("(2 rows)");
    assertThat(Run.of("search", "introuvable", "--db", db).code()).isEqualTo(ExitCode.NOT_FOUND);

    Run quotes = Run.of("query", "quotes", "--speaker", "sergey shoygu", "--format", "json", "--db", db);
    assertThat(quotes.code()).isEqualTo(ExitCode.OK);
    var rows = new ObjectMapper().readTree(quotes.out());
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).get("speaker").asText()).isEqualTo("Sergey Shoygu");

    Run events = Run.of("query", "events", "--actor", "RUS", "--actor2", "Kim Jong-un", "--cameo", "04",
        "--since", "2025-03-22", "--until", "2025-03-22", "--db", db);
    assertThat(events.out()).contains("Sergey Shoygu").doesNotContain("(0 rows)");
    assertThat(Run.of("query", "events", "--actor", "RUS", "--since", "2025-03-23", "--db", db).out()).contains("(0 rows)");

    Run entities = Run.of("query", "entities", "--type", "PERSON", "--format", "csv", "--db", db);
    assertThat(entities.out()).startsWith("name,type,country,kb,articles,mentions\r\n").contains("Emmanuel Macron");

    Run export = Run.of("export", "--format", "jsonl", "--db", db);
    assertThat(export.out().lines()).hasSize(3);
    for (String line : export.out().lines().toList()) {
      assertThat(new ObjectMapper().readTree(line).get("schema").asText()).isEqualTo("dateline/1");
    }

    Run gdelt = Run.of("export", "--format", "gdelt", "--db", db);
    var gdeltRows = gdelt.out().lines().map(line -> line.split("\t", -1)).toList();
    assertThat(gdeltRows).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(61));
    assertThat(gdeltRows).anySatisfy(row -> {
      assertThat(row[5]).isEqualTo("RUSGOV"); // Sergey Shoygu, linked, acts for his government
      assertThat(row[26]).startsWith("04");
      assertThat(row[60]).endsWith("shoigu.txt");
    });
  }

  @Test
  void queryingAMissingDatabaseOrWithABadFilterIsOneLine() {
    Run missing = Run.of("query", "events", "--db", dir.resolve("none.db").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err().strip()).doesNotContain("\n").contains("none.db: no such database");

    Run badCameo = Run.of("query", "events", "--cameo", "abc", "--db", dir.resolve("none.db").toString());
    assertThat(badCameo.code()).isEqualTo(ExitCode.USAGE);
    assertThat(badCameo.err()).contains("CAMEO prefix");
  }

  @Test
  void aDatabaseThatCannotBeWrittenIsOneLineAndExit2() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Path in = dir.resolve("in");
    GeneratedArticles.write(in, "a", 1, 1, 2);

    Run r = Run.of("ingest", in.toString(), "--db", file.resolve("kb.db").toString());

    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines().filter(l -> l.startsWith("dateline:")).toList()).hasSize(1);
    assertThat(r.err()).contains("cannot create the database directory").doesNotContain("\tat ");
  }
}
