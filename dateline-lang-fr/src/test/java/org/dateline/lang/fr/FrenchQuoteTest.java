package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes through the whole French pipeline: what is speech, and who said it. */
class FrenchQuoteTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static Document analyze(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        blocks.add(new Block(new Span(start, start + line.length()), Block.Kind.PARAGRAPH));
      }
      start += line.length() + 1;
    }
    return french.pipeline().apply(Document.of("test", text).withStructure(blocks, Optional.empty())
        .withLanguage(Language.given("fr")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE)));
  }

  private static List<String> quotes(Document doc) {
    return doc.quotes().stream().map(q -> doc.text(q.span())).toList();
  }

  private static String speaker(Document doc, Quote q) {
    return q.speaker().flatMap(id -> doc.entities().stream().filter(e -> e.id().equals(id)).findFirst())
        .map(Entity::name).orElse("-");
  }

  @Test
  void leavesTitlesNamesAndTermsOut() {
    Document doc = analyze("Le journal «Il Giornale» évoque les exercices «Freedom Shield» et une «défense réciproque».");
    assertThat(doc.quotes()).isEmpty();
  }

  @Test
  void makesANameInGuillemetsOneMentionWithoutTheMarks() {
    String text = "Ahn Chan Il dirige le «World Institute for North Korea Studies» et lit «Il Giornale» chaque jour.";
    Document doc = analyze(text);
    for (String name : List.of("World Institute for North Korea Studies", "Il Giornale")) {
      int start = text.indexOf(name);
      Span whole = new Span(start, start + name.length());
      List<Span> inside = doc.entities().stream().flatMap(e -> e.mentions().stream()).map(m -> m.span())
          .filter(whole::overlaps).toList();
      assertThat(inside).as(name).isIn(List.of(), List.of(whole));
    }
  }

  @Test
  void attributesADirectQuoteToTheSpeakerAfterTheCue() {
    Document doc = analyze("«Nous ne céderons jamais devant la menace», a déclaré Emmanuel Macron à l'AFP.");
    assertThat(doc.quotes()).singleElement().satisfies(q -> {
      assertThat(doc.text(q.span())).isEqualTo("Nous ne céderons jamais devant la menace");
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.cue()).contains("a déclaré");
      assertThat(speaker(doc, q)).isEqualTo("Emmanuel Macron");
    });
  }

  @Test
  void attributesAPartialQuoteToTheSubjectBeforeTheCue() {
    Document doc = analyze("Angela Merkel a promis un «soutien total et durable à l'Ukraine» mardi.");
    assertThat(doc.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
      assertThat(speaker(doc, q)).isEqualTo("Angela Merkel");
    });
  }

  @Test
  void readsDialogueTurnsAroundTheirIncises() {
    Document doc = analyze("— Tiens, dit-il, nous avons eu la même idée.\nIl sortit. -- Ah ! Dieu ! où suis-je ? -- Chez vous.");
    assertThat(quotes(doc)).containsExactly("Tiens", "nous avons eu la même idée.", "Ah ! Dieu ! où suis-je ?",
        "Chez vous.");
  }

  @Test
  void cutsANovelsIncisesAndNarrationOutOfItsSpeech() {
    Document doc = analyze("— Silence ! gronda le vieux berger en levant son bâton. Et il sortit dans la nuit.\n"
        + "« Allons, s’écria la fermière, qui riait encore, à table ! »");
    assertThat(quotes(doc)).containsExactly("Silence !", "Allons", "à table !");
  }

  @Test
  void endsATurnAtTheNarratorsSentence() {
    assertThat(quotes(analyze("— Hier soir, comme j’allais me coucher. Les trois hommes rentrèrent fort inquiets.")))
        .containsExactly("Hier soir, comme j’allais me coucher.");
    assertThat(quotes(analyze("— Ah ! tu raisonnes ? s’écria le charretier. Et il donna un coup de fouet au cheval.")))
        .containsExactly("Ah ! tu raisonnes ?");
  }

  @Test
  void keepsATaleTheSpeakerTellsInTheNarrativeTenses() {
    assertThat(quotes(analyze("— Le planteur, dit le marin, tenait à ce jeune esclave. Il l’envoya étudier en "
        + "France. Nous le revîmes plus tard à Paris."))).containsExactly("Le planteur",
            "tenait à ce jeune esclave. Il l’envoya étudier en France. Nous le revîmes plus tard à Paris.");
  }

  @Test
  void resumesTheSpeechAfterAnInciseSentenceThatSpeechFollows() {
    assertThat(quotes(analyze("— Je vais te dire ça, s’écria le bandit en avançant. Ah ! je te tiens !")))
        .containsExactly("Je vais te dire ça", "Ah ! je te tiens !");
  }

  @Test
  void takesADashInsideAParagraphForNarrationWhenItNarrates() {
    assertThat(quotes(analyze("La nuit tombait sur la plaine. — Nous arrivâmes bientôt devant une auberge. "
        + "— Entrez donc !"))).containsExactly("Entrez donc !");
    assertThat(quotes(analyze("Le notaire se tut. — Un gendre sans fortune, reprit le baron, ce qui est pis.")))
        .containsExactly("Un gendre sans fortune", "ce qui est pis.");
  }

  @Test
  void endsATurnWhereItsGuillemetsCloseAndSkipsATurnThatIsOnlyAnIncise() {
    assertThat(quotes(analyze("Le comte demanda tout bas : « Ça y est ? — Oui. » Par convenance, il ne dit rien.")))
        .containsExactly("Oui.");
    assertThat(quotes(analyze("Ils causèrent : — « J’emmène ma femme, » — dit l’un."))).containsExactly(
        "J’emmène ma femme,");
  }

  @Test
  void cutsTheIncisesInsideGuillemets() {
    assertThat(quotes(analyze("« Allons, habillez-vous, dit-elle en me montrant la porte ; les chevaux attendent. »")))
        .containsExactly("Allons, habillez-vous", "les chevaux attendent.");
  }

  @Test
  void takesAShortQuoteAfterAColonForSpeech() {
    Document doc = analyze("En descendant, il dit au cocher : « Bonjour, l’ami » et partit.\n"
        + "Une voix du dedans répondit : — « Oui. »");
    assertThat(quotes(doc)).containsExactly("Bonjour, l’ami", "Oui.");
  }

  @Test
  void reportsAQuoteThatNeverCloses() {
    Document doc = analyze("Le ministre a déclaré : «nous ne céderons pas devant la menace des sanctions");
    assertThat(quotes(doc)).containsExactly("nous ne céderons pas devant la menace des sanctions");
    assertThat(doc.diagnostics()).extracting(d -> d.code()).contains("QUOTE_UNCLOSED");
  }
}
