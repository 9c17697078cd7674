package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;

/**
 * Who says a whole quote that has no cue of its own, once claims are known: the source of the
 * speech reported just before it ("Young said cold weather takes a toll. “Things break.”"), or the
 * person whose sentence introduces it with a colon ("Martell is more blunt: “…”"). A quote that
 * {@link QuoteStage} took as continuing the quote before it goes to the speech reported since, if any.
 */
public final class OrphanQuoteStage implements Stage {

  /** How far after reported speech a quote with no cue still continues it, in characters. */
  private static final int REACH = 400;

  @Override
  public String name() {
    return "orphan quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES, Layer.CLAIMS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document document) {
    List<Quote> quotes = new ArrayList<>(document.quotes());
    boolean changed = false;
    for (int k = 0; k < quotes.size(); k++) {
      Quote q = quotes.get(k);
      if (!q.cue().isEmpty() || q.kind() != Quote.Kind.DIRECT) {
        continue;
      }
      boolean orphan = q.speaker().isEmpty() && q.sourcePhrase().isEmpty();
      // a quote that continues the quote before it, unless speech reported since then has another source
      // an orphan with no speech before it within reach is the person a sentence of narration right before it opens on
      int since = previousQuote(quotes, q).map(p -> p.span().end()).orElse(0);
      Optional<Quote> narrated = NarratedSubjects.opening(document, since, q.span().start())
          .map(id -> new Quote(q.span(), q.kind(), Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty()));
      Optional<Quote> found = orphan
          ? introducedByColon(document, q).or(() -> afterSpeech(document, quotes, q)).or(() -> narrated)
          : claimSince(document, quotes, q).map(c -> fromClaim(q, c));
      if (found.isPresent()) {
        quotes.set(k, found.get());
        changed = true;
      }
    }
    return changed ? document.withQuotes(quotes) : document;
  }

  /** "Martell, the addictions doctor, is more blunt: “…”": the first person of the words before the colon. */
  private static Optional<Quote> introducedByColon(Document doc, Quote q) {
    Optional<Sentence> sentence = doc.sentences().stream()
        .filter(s -> s.span().start() <= q.span().start() && q.span().start() < s.span().end()).findFirst();
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    String before = doc.text().substring(sentence.get().span().start(), q.span().start()).stripTrailing();
    while (!before.isEmpty() && "\"“'‘".indexOf(before.charAt(before.length() - 1)) >= 0) {
      before = before.substring(0, before.length() - 1).stripTrailing();
    }
    if (!before.endsWith(":")) {
      return Optional.empty();
    }
    Span intro = new Span(sentence.get().span().start(), sentence.get().span().start() + before.length());
    Mention first = null;
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        if (m.type() == EntityType.PERSON && intro.contains(m.span()) && (first == null || m.span().start() < first.span().start())) {
          first = m;
        }
      }
    }
    return Optional.ofNullable(first).flatMap(m -> Antecedents.entityOf(doc, m))
        .map(id -> new Quote(q.span(), q.kind(), Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  /**
   * "Young said cold weather takes a toll. / “Things break.”": the latest speech reported before the
   * quote within reach, a claim or an attributed quote (one this stage attributed too).
   */
  private static Optional<Quote> afterSpeech(Document doc, List<Quote> quotes, Quote q) {
    Optional<Claim> claim = claimSince(doc, quotes, q);
    if (claim.isPresent()) {
      return claim.map(c -> fromClaim(q, c));
    }
    return previousQuote(quotes, q).filter(p -> p.speaker().isPresent() || p.sourcePhrase().isPresent())
        .filter(p -> q.span().start() - p.span().end() <= REACH)
        .map(p -> new Quote(q.span(), q.kind(), p.speaker(), Optional.empty(), p.via(), p.sourcePhrase()));
  }

  /** The speech claim with a source reported last before the quote, if no quote stands between and it is within reach. */
  private static Optional<Claim> claimSince(Document doc, List<Quote> quotes, Quote q) {
    int since = previousQuote(quotes, q).map(p -> p.span().end()).orElse(0);
    return doc.claims().stream()
        .filter(c -> c.kind() == Claim.Kind.SPEECH && c.span().end() <= q.span().start() && c.span().start() >= since
            && (!c.sources().isEmpty() || c.sourcePhrase().isPresent()))
        .reduce((a, b) -> b).filter(c -> q.span().start() - c.span().end() <= REACH);
  }

  private static Optional<Quote> previousQuote(List<Quote> quotes, Quote q) {
    return quotes.stream().filter(o -> o.span().end() <= q.span().start()).reduce((a, b) -> b);
  }

  private static Quote fromClaim(Quote q, Claim c) {
    return new Quote(q.span(), q.kind(), c.sources().stream().findFirst(), Optional.empty(), Optional.empty(),
        c.sourcePhrase());
  }
}
