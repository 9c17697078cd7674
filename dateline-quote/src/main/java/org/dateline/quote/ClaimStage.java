package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;
import org.dateline.kb.CountryLexicon;

/**
 * Indirect reported content and who it is attributed to, sentence by sentence:
 *
 * <ul>
 *   <li>"selon X, …" / "…, selon X": the rest of the sentence, source X;
 *   <li>"X a annoncé que …", "X a annoncé avoir …": what follows the cue, source the subject;
 *   <li>"… est accusé par Y de …": what follows "de", sources the agents after "par";
 *   <li>"Y soupçonnent X de …": what follows "de", sources the subjects;
 *   <li>"…, écrit X": what precedes the cue, source X;
 *   <li>"X criticized the plan", "X wants to win": the object of a verb of stance ({@link ObjectCues});
 *   <li>"Graham: Trump's Rhetoric …": a headline's label ({@link HeadlineSources}).
 * </ul>
 *
 * A people named by a demonym ("des responsables américains") stands for its country's entity in
 * the article. Content that is mostly a quote is left to the quote. Each sentence is read by
 * {@link SentenceClaims}; the subject before a cue is found by {@link ClaimSubjects}.
 */
public final class ClaimStage implements Stage {

  private final QuoteLexicon lexicon;
  private final ClaimSources sourceNames;
  private final HeadlineSources headlines;
  private final SentenceClaims sentences;

  public ClaimStage(QuoteLexicon lexicon, CountryLexicon countries) {
    this(lexicon, countries, SourcePhrases.NONE, ClaimCues.NONE);
  }

  /**
   * @param phrases finds the phrase that says who claims ("officials said"); with it a claim whose
   *     source names no entity is kept with that phrase alone
   */
  public ClaimStage(QuoteLexicon lexicon, CountryLexicon countries, SourcePhrases phrases) {
    this(lexicon, countries, phrases, ClaimCues.NONE);
  }

  /** @param cues verbs of stance and appearance, headline labels: claims without a reporting verb */
  public ClaimStage(QuoteLexicon lexicon, CountryLexicon countries, SourcePhrases phrases, ClaimCues cues) {
    this.headlines = Objects.requireNonNull(cues, "cues").headlines();
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.sourceNames = new ClaimSources(countries);
    this.sentences = new SentenceClaims(lexicon, sourceNames, Objects.requireNonNull(phrases, "phrases"), cues);
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.CLAIMS);
  }

  @Override
  public Document apply(Document document) {
    PersonGenders genders = PersonGenders.of(document, lexicon.genders());
    List<Claim> claims = new ArrayList<>();
    for (List<Token> tokens : document.tokensBySentence()) {
      sentences.read(document, tokens, genders).stream().filter(c -> !mostlyQuoted(document, c.span()))
          .filter(c -> claims.stream().noneMatch(o -> o.span().equals(c.span()))).forEach(claims::add);
    }
    for (Block block : document.blocks()) {
      if (headlines.link(document.text(), block.span())) {
        claims.removeIf(c -> block.span().contains(c.span()));
        continue;
      }
      headlines.read(document.text(), block.span()).filter(h -> claims.stream().noneMatch(c -> c.span().overlaps(h.content())))
          .filter(h -> !mostlyQuoted(document, h.content()))
          .map(h -> new Claim(h.content(), sourceNames.named(document, h.label()), ":", Optional.of(h.label())))
          .ifPresent(h -> claims.add(insertionPoint(claims, h.span()), h));
    }
    return document.withClaims(claims);
  }

  /** Where a claim goes so that the claims stay in the text's order: before the first one after it. */
  private static int insertionPoint(List<Claim> claims, Span span) {
    int k = 0;
    while (k < claims.size() && claims.get(k).span().start() <= span.start()) {
      k++;
    }
    return k;
  }

  private boolean mostlyQuoted(Document doc, Span content) {
    int quoted = 0;
    for (var q : doc.quotes()) {
      quoted += Math.max(0, Math.min(q.span().end(), content.end()) - Math.max(q.span().start(), content.start()));
    }
    return quoted * 2 > content.length();
  }
}
