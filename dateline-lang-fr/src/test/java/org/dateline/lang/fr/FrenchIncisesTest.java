package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchIncisesTest {

  private static final List<String> VERBS = List.of("dit", "répond", "repri", "s'écri", "cria", "écria", "gronda");

  private final FrenchIncises incises = new FrenchIncises(verb -> VERBS.stream().anyMatch(verb::startsWith));

  private List<String> speech(String text) {
    return incises.cut(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void cutsAnInciseWhoseSubjectRunsLong() {
    assertThat(speech("Me voici, madame, à vos ordres, dit le capitaine de la milice bourgeoise en saluant de nouveau la baronne. Asseyez-vous."))
        .containsExactly("Me voici, madame, à vos ordres", "Asseyez-vous.");
  }

  @Test
  void readsAReflexiveVerbAndACliticBeforeTheVerb() {
    assertThat(speech("Des tenailles ! s’écria le forgeron. Pour quoi faire ?")).containsExactly("Des tenailles !",
        "Pour quoi faire ?");
    assertThat(speech("Mon ami, me dit le curé, vous êtes bien pâle.")).containsExactly("Mon ami", "vous êtes bien pâle.");
    assertThat(speech("Demain ! m’écriai-je dans mon délire.")).containsExactly("Demain !");
  }

  @Test
  void takesAVerbKnownOnlyInIncisesThere() {
    assertThat(speech("Silence, gronda le père, ou je me fâche.")).containsExactly("Silence", "ou je me fâche.");
  }

  @Test
  void carriesTheNarrationOnPastACommaUntilSpeechResumes() {
    assertThat(speech("Partons, dit la comtesse, qui souffrait de sa migraine ; je n’en puis plus."))
        .containsExactly("Partons", "je n’en puis plus.");
    assertThat(speech("Voilà tout, répondit-il, en souriant, et c’est assez.")).containsExactly("Voilà tout",
        "et c’est assez.");
  }

  @Test
  void readsATitlesPeriodAndAnAppositionAsPartOfTheIncise() {
    assertThat(speech("Partons, répondit M. Homais en souriant, et vite.")).containsExactly("Partons", "et vite.");
    assertThat(speech("Voilà le dîner, dit la fermière, son écumoire à la main.")).containsExactly("Voilà le dîner");
  }

  @Test
  void leavesImperativesAndUnknownVerbsInTheSpeech() {
    assertThat(speech("Allons, répondez-moi franchement !")).containsExactly("Allons, répondez-moi franchement !");
    assertThat(speech("Eh bien, disons demain à midi.")).containsExactly("Eh bien, disons demain à midi.");
    assertThat(speech("Il y a, dites-vous, soixante mille francs ?")).containsExactly(
        "Il y a, dites-vous, soixante mille francs ?");
  }

  @Test
  void cutsAnEditionsNoteButNotAnInsertInTheQuote() {
    assertThat(speech("La plume de Beauce ! [Note : la paille.] s’écria le vagabond, tu as raison."))
        .containsExactly("La plume de Beauce !", "tu as raison.");
    assertThat(speech("Il [le ministre] viendra demain.")).containsExactly("Il [le ministre] viendra demain.");
  }
}
