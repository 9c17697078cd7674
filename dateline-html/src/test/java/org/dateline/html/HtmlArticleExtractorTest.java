package org.dateline.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dateline.html.HtmlArticle.Block;
import org.dateline.io.BadInputException;
import org.junit.jupiter.api.Test;

/** The extractor on small pages written the way news sites write them. */
class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static final String PARAGRAPHS = """
      <p>The city council voted on Tuesday to close the old harbour bridge, citing a report that found
      corrosion in three of its five supports, and ordered a study of a replacement.</p>
      <p>Residents who cross the bridge every day said the closure, which begins next month, would add
      half an hour to their commute, while shop owners on the north bank feared for their trade.</p>
      <h2>A long history of repairs</h2>
      <p>The bridge, opened in 1931, has been repaired four times, most recently in 2009, when engineers
      replaced the deck and warned that the supports would need work within a decade.</p>
      """;

  private static String page(String head, String article) {
    return "<!DOCTYPE html><html lang=\"en\"><head>" + head + "<title>Harbour bridge to close | The Gazette</title></head>"
        + "<body><header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
        + "<a href=\"/sport\">Sport</a></nav></header>"
        + "<div class=\"cookie-banner\"><p>We use cookies to improve your experience on our site, to show you "
        + "personalised content and to analyse our traffic. Accept all cookies?</p></div>"
        + "<main><article><h1>Harbour bridge to close</h1>"
        + "<div class=\"share-tools\"><a href=\"https://x.example/share\">Share on X</a> <a href=\"#\">Email</a></div>"
        + "<div class=\"article-body\">" + article + "</div>"
        + "<figure><img src=\"bridge.jpg\"><figcaption>The bridge at dawn. Photo: Jane Roe</figcaption></figure>"
        + "<ul class=\"related-links\"><li><a href=\"/a\">Council budget approved after long debate</a></li>"
        + "<li><a href=\"/b\">New ferry route planned for the summer season</a></li></ul></article>"
        + "<section id=\"comments\"><h3>Comments</h3><p>I have crossed that bridge every day for thirty years, "
        + "and honestly, it was about time somebody did something about it.</p></section></main>"
        + "<aside><p>Most read: a cat, a ferry and a very long afternoon in the harbour, told by a witness.</p></aside>"
        + "<footer><p>Copyright 2019 The Gazette. All rights reserved. Terms, privacy, contact, advertising.</p>"
        + "</footer><script>var tracking = 'never text, never, ever';</script></body></html>";
  }

  @Test
  void keepsTheArticleAndDropsNavigationCommentsRelatedLinksAndFooter() throws BadInputException {
    HtmlArticle article = extractor.extract("bridge.html", page("", PARAGRAPHS), null);

    assertThat(article.blocks()).extracting(Block::text).containsExactly(
        "The city council voted on Tuesday to close the old harbour bridge, citing a report that found corrosion "
            + "in three of its five supports, and ordered a study of a replacement.",
        "Residents who cross the bridge every day said the closure, which begins next month, would add half an "
            + "hour to their commute, while shop owners on the north bank feared for their trade.",
        "A long history of repairs",
        "The bridge, opened in 1931, has been repaired four times, most recently in 2009, when engineers replaced "
            + "the deck and warned that the supports would need work within a decade.");
    assertThat(article.blocks().get(2).kind()).isEqualTo(Block.Kind.HEADING);
    assertThat(article.blocks().get(0).kind()).isEqualTo(Block.Kind.PARAGRAPH);
    assertThat(article.text()).doesNotContain("cookies", "Share on X", "Council budget", "thirty years", "Most read",
        "Copyright", "tracking", "Photo: Jane Roe", "Home");
    assertThat(article.title()).isEqualTo("Harbour bridge to close | The Gazette");
    assertThat(article.headline()).isEqualTo("Harbour bridge to close");
    assertThat(article.language()).contains("en");
  }

  @Test
  void readsJsonLdAndOpenGraphMetadata() throws BadInputException {
    String head = """
        <meta property="og:site_name" content="The Gazette">
        <meta property="og:title" content="OG headline">
        <meta property="article:published_time" content="2019-11-19T08:00:00Z">
        <meta name="author" content="Meta Author">
        <link rel="canonical" href="/news/bridge-to-close">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Gazette site"},
          {"@type": ["NewsArticle"], "headline": "Harbour bridge to close after corrosion found",
           "datePublished": "2019-11-19T07:55:00+01:00",
           "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
           "publisher": {"@type": "Organization", "name": "Gazette Media"}}]}
        </script>""";
    HtmlArticle article = extractor.extract("bridge.html", page(head, PARAGRAPHS), "https://gazette.example/x/y");

    assertThat(article.headline()).isEqualTo("Harbour bridge to close after corrosion found");
    assertThat(article.published()).contains("2019-11-19T07:55:00+01:00");
    assertThat(article.authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(article.canonicalUrl()).contains("https://gazette.example/news/bridge-to-close");
    assertThat(article.siteName()).contains("The Gazette");
  }

  @Test
  void fallsBackToOpenGraphMetaTagsAndTimeWhenThereIsNoJsonLd() throws BadInputException {
    String head = """
        <meta property="og:title" content="OG headline">
        <meta name="author" content="Meta Author">
        <meta property="og:locale" content="fr_FR">
        <meta property="og:url" content="https://gazette.example/og">
        <script type="application/ld+json">{ this is not JSON </script>""";
    String html = page(head, "<time datetime=\"2019-11-18\">Monday</time>" + PARAGRAPHS).replace(" lang=\"en\"", "");
    HtmlArticle article = extractor.extract("bridge.html", html, null);

    assertThat(article.headline()).isEqualTo("OG headline");
    assertThat(article.authors()).containsExactly("Meta Author");
    assertThat(article.published()).contains("2019-11-18");
    assertThat(article.language()).contains("fr-FR");
    assertThat(article.canonicalUrl()).contains("https://gazette.example/og");
    assertThat(article.siteName()).isEmpty();
    assertThat(article.text()).contains("harbour bridge");
  }

  @Test
  void readsDublinCoreDate() throws BadInputException {
    HtmlArticle article = extractor.extract("x", page("<meta name=\"DC.date\" content=\"2018-10-05\">", PARAGRAPHS), null);
    assertThat(article.published()).contains("2018-10-05");
  }

  @Test
  void decodesBytesByTheMetaCharset() throws BadInputException {
    String html = page("<meta charset=\"windows-1252\">", "<p>Le café de la gare, fermé depuis l’été, rouvrira "
        + "ses portes en décembre, a annoncé le maire, qui promet des travaux rapides et une terrasse neuve.</p>");
    HtmlArticle article = extractor.extract("cafe.html", html.getBytes(Charset.forName("windows-1252")), null, null);
    assertThat(article.text()).contains("Le café de la gare, fermé depuis l’été");
  }

  @Test
  void theHttpHeaderCharsetWinsOverTheMetaTag() throws BadInputException {
    // the page says Latin-1 but the server, which knows, says UTF-8
    String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        "<p>Zoë and Chloé opened a bakery in Zürich, selling crème brûlée, and their first week went well, "
            + "the two friends said, with queues around the block every morning.</p>");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    assertThat(extractor.extract("z.html", bytes, null, "text/html; charset=UTF-8").text())
        .contains("Zoë and Chloé opened a bakery in Zürich, selling crème brûlée");
    assertThat(extractor.extract("z.html", bytes, null, null).text()).contains("ZoÃ«");
  }

  @Test
  void aByteOrderMarkWinsAndUndeclaredUtf8IsRecognised() throws BadInputException {
    String html = page("", "<p>Gdańsk and Kraków signed a cultural agreement on Friday, the mayors said, "
        + "covering museums, theatres and a shared festival in the spring of next year.</p>");
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    assertThat(extractor.extract("p.html", utf8, null, null).text()).contains("Gdańsk and Kraków");
    byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
    assertThat(extractor.extract("p.html", utf16, null, "text/html; charset=windows-1252").text())
        .contains("Gdańsk and Kraków");
  }

  @Test
  void readsMalformedHtml() throws BadInputException {
    String html = "<html><body><div class=content><p>The storm knocked out power to twelve thousand homes overnight, "
        + "the utility said, and crews were working to restore it by the evening<p>Schools in the valley stayed "
        + "closed, and the police asked drivers to keep off the coast road, which was flooded in two places"
        + "</div></span></b><table><tr><td>";
    HtmlArticle article = extractor.extract("storm.html", html, null);
    assertThat(article.blocks()).extracting(Block::text).containsExactly(
        "The storm knocked out power to twelve thousand homes overnight, the utility said, and crews were working "
            + "to restore it by the evening",
        "Schools in the valley stayed closed, and the police asked drivers to keep off the coast road, which was "
            + "flooded in two places");
    assertThat(article.title()).isEmpty();
  }

  @Test
  void aPageWithoutProseGivesNoBlocksRatherThanAnError() throws BadInputException {
    HtmlArticle article = extractor.extract("x", "<html><body><nav><a href=/>Home</a></nav></body></html>", null);
    assertThat(article.blocks()).isEmpty();
    assertThat(article.text()).isEmpty();
  }

  @Test
  void refusesEmptyAndBinaryInputWithAReason() {
    assertThatThrownBy(() -> extractor.extract("empty.html", new byte[0], null, null))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(BadInputException.Reason.EMPTY);
          assertThat(e.getMessage()).isEqualTo("empty.html: empty page");
        });
    assertThatThrownBy(() -> extractor.extract("blank.html", " \n\t ".getBytes(StandardCharsets.UTF_8), null, null))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).isEqualTo(BadInputException.Reason.EMPTY));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertThatThrownBy(() -> extractor.extract("logo.html", png, null, null))
        .isInstanceOfSatisfying(BadInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(BadInputException.Reason.BINARY);
          assertThat(e.getMessage()).contains("logo.html").contains("PNG").doesNotContain("\n");
        });
    assertThatThrownBy(() -> extractor.extract("nul.html", "<p>a\0b</p>", null))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).isEqualTo(BadInputException.Reason.BINARY));
  }

  @Test
  void worksUnderTheTurkishLocale() throws BadInputException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String html = page("<META PROPERTY=\"OG:TITLE\" CONTENT=\"TITLE IN CAPITALS\">", PARAGRAPHS)
          .replace("<aside>", "<ASIDE CLASS=\"SIDEBAR\">").replace("</aside>", "</ASIDE>");
      HtmlArticle article = extractor.extract("tr.html", html, null);
      assertThat(article.headline()).isEqualTo("TITLE IN CAPITALS");
      assertThat(article.text()).contains("harbour bridge").doesNotContain("Most read");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
