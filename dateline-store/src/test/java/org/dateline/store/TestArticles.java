package org.dateline.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Event;
import org.dateline.core.Language;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Span;

/** Analyzed articles made up in the tests: no corpus, no models needed. */
final class TestArticles {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-23T10:00:00Z"), ZoneOffset.UTC);

  private static final String[] WORDS = ("maison rivière armée ministre accord frontière village sommet président "
      + "conseil réunion marché énergie missile tribunal élection police accident hôpital port navire pluie "
      + "récolte usine grève école festival musée pont route avion train nuage banque budget loi juge").split(" ");

  private TestArticles() {}

  /** A text of random words: two of them share almost no five-word run. */
  static String randomText(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }

  /**
   * "Poutine a rencontré Kim à Pyongyang." with two people, a place, a meeting event (036, RUS → PRK)
   * and a quote, followed by {@code rest}.
   */
  static Document meeting(String source, String rest, LocalDate date) {
    String head = "Poutine a rencontré Kim à Pyongyang. « Nous sommes amis », a dit Poutine. ";
    String text = head + rest;
    Entity putin = new Entity("E1", EntityType.PERSON, "Vladimir Poutine", Optional.of("RUS"), Optional.of("Q7747"),
        List.of(new Mention(new Span(0, 7), EntityType.PERSON), new Mention(new Span(61, 68), EntityType.PERSON)));
    Entity kim = new Entity("E2", EntityType.PERSON, "Kim Jong-un", Optional.of("PRK"), Optional.empty(),
        List.of(new Mention(new Span(22, 25), EntityType.PERSON)));
    Entity pyongyang = new Entity("E3", EntityType.LOCATION, "Pyongyang", Optional.of("PRK"), Optional.empty(),
        List.of(new Mention(new Span(28, 37), EntityType.LOCATION)));
    Event meet = new Event(new Span(0, 38), "036", "express intent to meet",
        new Event.Actor(Optional.of("E1"), Optional.of("RUS")),
        Optional.of(new Event.Actor(Optional.of("E2"), Optional.of("PRK"))), Optional.of("E3"),
        Optional.of(date.toString()), Event.Factuality.ASSERTED, List.of());
    Quote quote = new Quote(new Span(39, 55), Quote.Kind.DIRECT, Optional.of("E1"), Optional.of("a dit"), Optional.empty());
    return Document.of(source, text).withLanguage(Language.given("fr")).withPublicationDate(Optional.of(date))
        .withEntities(List.of(putin, kim, pyongyang)).withEvents(List.of(meet)).withQuotes(List.of(quote));
  }

  static ArticleRecord record(String uri, Document doc) {
    return new ArticleRecord(uri, TextFingerprint.sha256(doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        TextFingerprint.of(doc.text()), doc, Optional.empty(), doc.publicationDate(), "{\"source\":\"" + uri + "\"}");
  }
}
