package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dateline.event.CameoCodebook;
import org.dateline.event.EventLexicon;
import org.junit.jupiter.api.Test;

/** The shipped French event lexicon reads and codes only real CAMEO codes. */
class FrenchEventLexiconTest {

  @Test
  void everyTriggerHasACodeOfTheCodebook() throws IOException {
    EventLexicon lexicon = French.eventLexicon();
    CameoCodebook codebook = CameoCodebook.load();
    assertThat(lexicon.triggers()).hasSizeGreaterThan(50)
        .allSatisfy(t -> assertThat(codebook.knows(t.cameo())).as(t.lemma() + " " + t.cameo()).isTrue());
  }
}
