package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

/**
 * The layout of dialogue, the same in every language, read with a toy grammar: an incise is written
 * between angle brackets, the narrator's sentences say NARRATES, and an exclamation sounds spoken.
 * The French grammar's own tests are in dateline-lang-fr.
 */
class DialogueTurnsTest {

  private static final DialogueGrammar TOY = new DialogueGrammar() {
    @Override
    public boolean dashesOpenTurns() {
      return true;
    }

    @Override
    public List<Span> speechPieces(String text, int from, int to) {
      List<Span> pieces = new ArrayList<>();
      int start = from;
      for (int open = text.indexOf('<', from); open >= 0 && open < to; open = text.indexOf('<', start)) {
        int close = text.indexOf('>', open);
        if (close < 0 || close >= to) {
          break;
        }
        pieces.add(new Span(start, open));
        start = close + 1;
      }
      pieces.add(new Span(start, to));
      return pieces;
    }

    @Override
    public List<Span> sentences(String text, Span piece) {
      List<Span> sentences = new ArrayList<>();
      int start = piece.start();
      for (int dot = text.indexOf(". ", start); dot >= 0 && dot < piece.end(); dot = text.indexOf(". ", start)) {
        sentences.add(new Span(start, dot + 1));
        start = dot + 2;
      }
      if (start < piece.end()) {
        sentences.add(new Span(start, piece.end()));
      }
      return sentences;
    }

    @Override
    public boolean narrates(String sentence) {
      return sentence.contains("NARRATES");
    }

    @Override
    public boolean goesOnNarrating(String sentence) {
      return narrates(sentence);
    }

    @Override
    public boolean soundsSpoken(String passage) {
      return passage.contains("!");
    }
  };

  private static List<String> turns(DialogueGrammar grammar, String paragraph) {
    Block block = new Block(new Span(0, paragraph.length()), Block.Kind.PARAGRAPH);
    Document doc = Document.of("test", paragraph).withStructure(List.of(block), Optional.empty());
    return new DialogueTurns(grammar).find(doc, block).stream().map(f -> f.content().of(paragraph)).toList();
  }

  @Test
  void endsATurnAtTheNarratorsSentenceUnlessTheRestSoundsSpoken() {
    assertThat(turns(TOY, "— Come in. The host NARRATES. Then more.")).containsExactly("Come in.");
    assertThat(turns(TOY, "— Come in. The host NARRATES. Then more!"))
        .containsExactly("Come in. The host NARRATES. Then more!");
  }

  @Test
  void takesAParagraphsFirstSentenceForSpeechWhateverItSays() {
    assertThat(turns(TOY, "— It NARRATES. He NARRATES too.")).containsExactly("It NARRATES.");
  }

  @Test
  void takesADashInsideAParagraphForNarrationWhenItNarrates() {
    assertThat(turns(TOY, "Night fell. — We NARRATES on. — Come in!")).containsExactly("Come in!");
    assertThat(turns(TOY, "Night fell. -- Who is there?")).containsExactly("Who is there?");
  }

  @Test
  void cutsTheIncisesAndTakesATurnWithOneForSpeechWhereverItsDash() {
    assertThat(turns(TOY, "Night fell. — A guest, <NARRATES the host,> at last.")).containsExactly("A guest",
        "at last.");
  }

  @Test
  void endsATurnWhereItsGuillemetsCloseAndLeavesMarkedSpeechToTheMarks() {
    assertThat(turns(TOY, "He asked: « Done? — Yes. » Then silence.")).containsExactly("Yes.");
    assertThat(turns(TOY, "He asked: — « Done? »")).isEmpty();
  }

  @Test
  void withoutAGrammarNoDashOpensSpeech() {
    assertThat(turns(DialogueGrammar.NONE, "— Come in, <said he,> and sit.")).isEmpty();
    assertThat(turns(DialogueGrammar.NONE, "OTTAWA. — The minister said he would stay.")).isEmpty();
  }

  @Test
  void cutsTheIncisesInsideGuillemets() {
    String text = "« Come in, <said he,> the door is open. »";
    QuoteFinder.Found quote = new QuoteFinder().find(text, new Span(0, text.length())).get(0);
    assertThat(new DialogueTurns(TOY).withoutIncises(text, quote)).extracting(f -> f.content().of(text))
        .containsExactly("Come in", "the door is open.");
    assertThat(new DialogueTurns(DialogueGrammar.NONE).withoutIncises(text, quote)).containsExactly(quote);
  }

  @Property(tries = 300)
  void findsSpeechInsideItsParagraphWhateverTheText(@ForAll String text) {
    String paragraph = "— " + text + " <said he>. « " + text;
    Block block = new Block(new Span(0, paragraph.length()), Block.Kind.PARAGRAPH);
    Document doc = Document.of("test", paragraph).withStructure(List.of(block), Optional.empty());
    for (DialogueGrammar grammar : List.of(TOY, DialogueGrammar.NONE)) {
      for (QuoteFinder.Found f : new DialogueTurns(grammar).find(doc, block)) {
        assertThat(block.span().contains(f.content())).isTrue();
        assertThat(f.content().isEmpty()).isFalse();
      }
    }
  }
}
