package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FrenchNarrationTest {

  private static void reads(Predicate<String> test, boolean expected, String... sentences) {
    for (String sentence : sentences) {
      assertThat(test.test(sentence)).as(sentence).isEqualTo(expected);
    }
  }

  @Test
  void readsTheNarrativeTensesWithoutSpeechAsNarration() {
    reads(FrenchNarration::narrates, true, "Les trois hommes rentrèrent fort inquiets.",
        "Et il donna un coup de poing sur la table.", "Elle se taisait, les yeux baissés.", "Cela coûta cher au pays.");
  }

  @Test
  void readsAPersonAnExclamationOrTheFutureAsSpeech() {
    reads(FrenchNarration::narrates, false, "Je vous attendais depuis une heure.", "Il pleuvait à verse, quelle soirée !",
        "Il fait froid ici.", "Cela coûtera cher au pays.");
  }

  @Test
  void letsAFirstPersonNarratorGoOnNarratingButNotOneWhoAddressesSomeone() {
    reads(FrenchNarration::goesOnNarrating, true, "Cependant elle dormait et je veillais près d’elle.",
        "Nous arrivâmes bientôt devant une auberge.");
    reads(FrenchNarration::goesOnNarrating, false, "Vous arriviez bien tard.");
  }
}
