package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.dateline.core.Stage;

/**
 * Reported speech in quotation marks and who said it. Each quoted passage is first sorted: a title
 * or name («Il Giornale», «World Institute for North Korea Studies») and a short scare-quoted term
 * («défense réciproque») are not speech; anything else is, direct when it is a whole utterance,
 * partial when it is words inside the writer's sentence ({@link PassageSorter}). The speaker is found
 * from the reporting cue nearest the quote ({@link QuoteAttributor}), or from a transcript's label or
 * a signature ({@link LayoutSpeakers}); a quote with no cue right after an attributed one continues it.
 */
public final class QuoteStage implements Stage {

  /** How far after an attributed quote a quote with no cue of its own still continues it, in characters. */
  private static final int CONTINUATION_REACH = 400;

  private final QuoteFinder finder = new QuoteFinder();
  private final QuoteLexicon lexicon;
  private final DialogueTurns turns;
  private final PassageSorter sorter;
  private final QuoteAttributor attributor;

  public QuoteStage(QuoteLexicon lexicon) {
    this(lexicon, SourcePhrases.NONE);
  }

  /** @param phrases finds the phrase that says who speaks beside a cue ("he said", "a spokesman said") */
  public QuoteStage(QuoteLexicon lexicon, SourcePhrases phrases) {
    this(lexicon, phrases, DialogueGrammar.NONE);
  }

  /** @param dialogue tells the narrator's incises and sentences from speech in dialogue */
  public QuoteStage(QuoteLexicon lexicon, DialogueGrammar dialogue) {
    this(lexicon, SourcePhrases.NONE, dialogue);
  }

  public QuoteStage(QuoteLexicon lexicon, SourcePhrases phrases, DialogueGrammar dialogue) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.attributor = new QuoteAttributor(lexicon, phrases);
    this.turns = new DialogueTurns(dialogue);
    this.sorter = new PassageSorter(lexicon);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    // entities are used when an earlier stage found them; without them quotes have no speaker
    return Set.of(Layer.STRUCTURE, Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document document) {
    List<Quote> quotes = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    String text = document.text();
    PersonGenders genders = PersonGenders.of(document, lexicon.genders());
    for (Block block : document.blocks()) {
      if (block.kind() != Block.Kind.PARAGRAPH) {
        continue;
      }
      List<Quote> marked = new ArrayList<>();
      for (QuoteFinder.Found found : finder.find(text, block.span())) {
        if (!found.closed()) {
          notes.add(new Diagnostic(Diagnostic.Severity.WARNING, "QUOTE_UNCLOSED", found.withMarks(),
              "a quotation mark opens here and never closes in its paragraph"));
        }
        Optional<Span> label = LayoutSpeakers.label(text, found.content());
        Optional<Span> signature = LayoutSpeakers.signature(text, found.withMarks().end(), block.span());
        if (label.isPresent() || signature.isPresent()) {
          marked.add(QuoteAttributor.laidOut(document, found, label, signature));
          continue;
        }
        if (!sorter.isSpeech(document, found)) {
          continue; // a title, a name or a term in quotes
        }
        for (QuoteFinder.Found piece : turns.withoutIncises(text, found)) {
          marked.add(attributor.attribute(document, piece, genders));
        }
      }
      List<Quote> spoken = turns.find(document, block).stream()
          .map(turn -> attributor.attribute(document, turn, genders)).toList();
      quotes.addAll(DialogueTurns.outside(marked, spoken));
      quotes.addAll(spoken);
    }
    Document result = document.withQuotes(continued(quotes));
    for (Diagnostic d : notes) {
      result = result.withDiagnostic(d);
    }
    return result;
  }

  /**
   * "“We will win,” she said. “And we will win again.”": a whole quote with no cue of its own, right
   * after an attributed one, continues it and has its speaker, or its source phrase.
   */
  private static List<Quote> continued(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Quote previous = null;
    for (Quote q : quotes) {
      Quote current = q;
      // a transcript's label or a signature says who already: no orphan
      boolean orphan = q.speaker().isEmpty() && q.cue().isEmpty() && q.sourcePhrase().isEmpty()
          && q.kind() == Quote.Kind.DIRECT;
      // the speaker may be known by the phrase alone: "“…,” said a spokesman. “…”"
      boolean attributed = previous != null && (previous.speaker().isPresent() || previous.sourcePhrase().isPresent());
      if (orphan && attributed
          && q.span().start() - previous.span().end() <= CONTINUATION_REACH) {
        current = new Quote(q.span(), q.kind(), previous.speaker(), Optional.empty(), previous.via(),
            previous.sourcePhrase());
      }
      out.add(current);
      previous = current;
    }
    return out;
  }
}
