package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NarrationTest {

  @Test
  void readsTheNarrativeTensesWithoutSpeechAsNarration() {
    assertThat(Narration.narrates("Les trois hommes rentrèrent fort inquiets.")).isTrue();
    assertThat(Narration.narrates("Et il donna un coup de poing sur la table.")).isTrue();
    assertThat(Narration.narrates("Elle se taisait, les yeux baissés.")).isTrue();
  }

  @Test
  void readsAPersonOrAnExclamationAsSpeech() {
    assertThat(Narration.narrates("Je vous attendais depuis une heure.")).isFalse();
    assertThat(Narration.narrates("Il pleuvait à verse, quelle soirée !")).isFalse();
    assertThat(Narration.narrates("Il fait froid ici.")).isFalse();
  }
}
