package org.dateline.lang.fr;

import java.util.List;
import java.util.Objects;
import org.dateline.core.Span;
import org.dateline.quote.DialogueGrammar;
import org.dateline.quote.QuoteLexicon;

/**
 * French dialogue: incises after the words they report ("— Tiens, dit-il, nous avons…"), and the
 * narrator's sentences inside a turn told in the narrative tenses ("Les trois hommes rentrèrent").
 */
final class FrenchDialogue implements DialogueGrammar {

  private final FrenchIncises incises;

  /** @param lexicon the verbs of speech, which lead an incise as well as the verbs only incises have */
  FrenchDialogue(QuoteLexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    List<String> inciseVerbs = FrenchQuotes.inciseVerbStems();
    this.incises = new FrenchIncises(verb -> lexicon.isCue(verb)
        || (verb.length() >= 3 && inciseVerbs.stream().anyMatch(verb::startsWith)));
  }

  @Override
  public boolean dashesOpenTurns() {
    return true;
  }

  @Override
  public List<Span> speechPieces(String text, int from, int to) {
    return incises.cut(text, from, to);
  }

  @Override
  public List<Span> sentences(String text, Span piece) {
    return FrenchNarration.sentences(text, piece);
  }

  @Override
  public boolean narrates(String sentence) {
    return FrenchNarration.narrates(sentence);
  }

  @Override
  public boolean goesOnNarrating(String sentence) {
    return FrenchNarration.goesOnNarrating(sentence);
  }

  @Override
  public boolean soundsSpoken(String passage) {
    return FrenchNarration.soundsSpoken(passage);
  }
}
