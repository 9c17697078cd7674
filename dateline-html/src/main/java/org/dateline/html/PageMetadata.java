package org.dateline.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page declares about itself, each field from the most specific source it has: JSON-LD
 * first, then OpenGraph and the article namespace, then plain and Dublin Core meta tags, then the
 * markup itself ({@code <time datetime>}, {@code <html lang>}, the first {@code <h1>}).
 */
record PageMetadata(String title, String headline, Optional<String> published, List<String> authors,
    Optional<String> language, Optional<String> canonicalUrl, Optional<String> siteName) {

  static PageMetadata of(Document page, JsonLd ld) {
    String title = page.title().strip();
    String headline = ld.headline()
        .or(() -> meta(page, "og:title", "twitter:title"))
        .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text).filter(s -> !s.isBlank()))
        .orElse(title);
    Optional<String> published = ld.published()
        .or(() -> meta(page, "article:published_time", "og:published_time", "date", "pubdate", "publishdate",
            "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"))
        .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime").strip())
            .filter(s -> !s.isEmpty()));
    Set<String> authors = new LinkedHashSet<>(ld.authors());
    if (authors.isEmpty()) {
      for (Element m : page.select("meta[name~=(?i)^(author|dc\\.creator|article:author)$], meta[property~=(?i)^article:author$]")) {
        String a = m.attr("content").strip();
        if (!a.isEmpty() && !a.startsWith("http")) {
          authors.add(a);
        }
      }
    }
    Optional<String> language = nonEmpty(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"))
        .or(ld::language)
        .or(() -> meta(page, "og:locale").map(l -> l.replace('_', '-')))
        .or(() -> Optional.ofNullable(page.selectFirst("meta[http-equiv~=(?i)^content-language$]"))
            .flatMap(m -> nonEmpty(m.attr("content"))));
    Optional<String> canonical = Optional.ofNullable(page.selectFirst("link[rel~=(?i)^canonical$][href]"))
        .flatMap(l -> nonEmpty(l.absUrl("href")).or(() -> nonEmpty(l.attr("href"))))
        .or(() -> meta(page, "og:url"))
        .or(ld::url);
    Optional<String> site = meta(page, "og:site_name", "application-name").or(ld::siteName);
    return new PageMetadata(title, headline.strip(), published, List.copyOf(authors), language, canonical, site);
  }

  /** The first non-empty content of a meta tag named (name or property, any case) by one of the keys, in key order. */
  private static Optional<String> meta(Document page, String... keys) {
    for (String key : keys) {
      for (Element m : page.getElementsByTag("meta")) {
        String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        if (k.equalsIgnoreCase(key)) {
          Optional<String> content = nonEmpty(m.attr("content"));
          if (content.isPresent()) {
            return content;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonEmpty(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
