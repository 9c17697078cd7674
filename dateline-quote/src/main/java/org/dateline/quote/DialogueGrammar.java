package org.dateline.quote;

import java.util.List;
import org.dateline.core.Span;

/**
 * What a language's grammar tells of dialogue, which fiction and long-form reporting write with
 * dashes and incises: the narrator's words to cut out of a piece of speech ("— Tiens, dit-il, nous
 * avons…"), and which sentences of a turn the narrator tells rather than the speaker. The layout
 * (which dash opens a turn, where a turn ends) is the same in every language and is read by the
 * quote stage; the words are the language's.
 */
public interface DialogueGrammar {

  /**
   * Whether the language writes dialogue with dashes ("— Entrez !"), not only within quotation
   * marks; where it does not (English), a dash after a sentence is a writer's pause.
   */
  boolean dashesOpenTurns();

  /** The pieces of speech in [from, to) once the narrator's incises are cut out. */
  List<Span> speechPieces(String text, int from, int to);

  /** The sentences of a piece of a turn, in order. */
  List<Span> sentences(String text, Span piece);

  /** Whether a sentence inside a turn is the narrator's rather than the speaker's. */
  boolean narrates(String sentence);

  /** Whether a sentence right after the narrator's own still narrates: the narrator may say "I". */
  boolean goesOnNarrating(String sentence);

  /** Whether a passage still sounds spoken though it narrates: a speaker telling a tale. */
  boolean soundsSpoken(String passage);

  /** A language without a dialogue grammar: no dash opens speech, and marks hold speech and nothing else. */
  DialogueGrammar NONE = new DialogueGrammar() {
    @Override
    public boolean dashesOpenTurns() {
      return false;
    }

    @Override
    public List<Span> speechPieces(String text, int from, int to) {
      return List.of(new Span(from, to));
    }

    @Override
    public List<Span> sentences(String text, Span piece) {
      return List.of(piece);
    }

    @Override
    public boolean narrates(String sentence) {
      return false;
    }

    @Override
    public boolean goesOnNarrating(String sentence) {
      return false;
    }

    @Override
    public boolean soundsSpoken(String passage) {
      return true;
    }
  };
}
