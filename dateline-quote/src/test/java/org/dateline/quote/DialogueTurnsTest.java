package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Span;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DialogueTurnsTest {

  private final DialogueTurns turns = new DialogueTurns(new QuoteLexicon(List.of("dit", "répond", "repri", "s'écri"),
      Set.of(), Set.of(), Set.of(), Set.of(), List.of("écria"), GenderWords.NONE));

  private List<String> turns(String paragraph) {
    Block block = new Block(new Span(0, paragraph.length()), Block.Kind.PARAGRAPH);
    Document doc = Document.of("test", paragraph).withStructure(List.of(block), Optional.empty());
    return turns.find(doc, block).stream().map(f -> f.content().of(paragraph)).toList();
  }

  @Test
  void endsATurnAtTheNarratorsSentence() {
    assertThat(turns("— Hier soir, comme j’allais me coucher. Les trois hommes rentrèrent fort inquiets."))
        .containsExactly("Hier soir, comme j’allais me coucher.");
    assertThat(turns("— Ah ! tu raisonnes ? s’écria le charretier. Et il donna un coup de fouet au cheval."))
        .containsExactly("Ah ! tu raisonnes ?");
  }

  @Test
  void keepsATaleTheSpeakerTellsInTheNarrativeTenses() {
    assertThat(turns("— Le planteur, dit le marin, tenait à ce jeune esclave. Il l’envoya étudier en France. "
        + "Nous le revîmes plus tard à Paris.")).containsExactly("Le planteur",
            "tenait à ce jeune esclave. Il l’envoya étudier en France. Nous le revîmes plus tard à Paris.");
  }

  @Test
  void resumesTheSpeechAfterAnInciseSentenceThatSpeechFollows() {
    assertThat(turns("— Je vais te dire ça, s’écria le bandit en avançant. Ah ! je te tiens !"))
        .containsExactly("Je vais te dire ça", "Ah ! je te tiens !");
  }

  @Test
  void takesADashInsideAParagraphForNarrationWhenItNarrates() {
    assertThat(turns("La nuit tombait sur la plaine. — Nous arrivâmes bientôt devant une auberge. — Entrez donc !"))
        .containsExactly("Entrez donc !");
  }

  @Test
  void takesATurnWithAnInciseForSpeechWhereverItsDash() {
    assertThat(turns("Le notaire se tut. — Un gendre sans fortune, reprit le baron, ce qui est pis."))
        .containsExactly("Un gendre sans fortune", "ce qui est pis.");
  }

  @Test
  void endsATurnWhereItsGuillemetsCloseAndSkipsATurnThatIsOnlyAnIncise() {
    assertThat(turns("Le comte demanda tout bas : « Ça y est ? — Oui. » Par convenance, il ne dit rien."))
        .containsExactly("Oui.");
    assertThat(turns("Ils causèrent : — « J’emmène ma femme, » — dit l’un.")).isEmpty();
  }

  @Test
  void cutsTheIncisesInsideGuillemets() {
    String text = "« Allons, habillez-vous, dit-elle en me montrant la porte ; les chevaux attendent. »";
    QuoteFinder.Found quote = new QuoteFinder().find(text, new Span(0, text.length())).get(0);
    assertThat(turns.withoutIncises(text, quote)).extracting(f -> f.content().of(text))
        .containsExactly("Allons, habillez-vous", "les chevaux attendent.");
  }

  @Property(tries = 300)
  void findsSpeechInsideItsParagraphWhateverTheText(@ForAll String text) {
    String paragraph = "— " + text + " — dit-il. « " + text;
    Block block = new Block(new Span(0, paragraph.length()), Block.Kind.PARAGRAPH);
    Document doc = Document.of("test", paragraph).withStructure(List.of(block), Optional.empty());
    for (QuoteFinder.Found f : turns.find(doc, block)) {
      assertThat(block.span().contains(f.content())).isTrue();
      assertThat(f.content().isEmpty()).isFalse();
    }
  }
}
