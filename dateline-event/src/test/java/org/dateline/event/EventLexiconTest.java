package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dateline.event.EventLexicon.Words;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

  /** A toy inflection: lemma and lemma+"ed". */
  private static final Inflector TOY = lemma -> Map.of(lemma, EnumSet.of(VerbForm.INFINITIVE, VerbForm.FINITE),
      lemma + "ed", EnumSet.of(VerbForm.PARTICIPLE));

  private static EventLexicon read(String text) throws IOException {
    return EventLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TOY);
  }

  @Test
  void anActorNounIsFoundInTheSingularOrThePluralAndItsFirstListingWins() throws IOException {
    EventLexicon lexicon = read("actor-nouns: court=JUD rebels=REB police=COP\nactor-nouns: court=GOV\n");
    assertThat(lexicon.actorRole("courts")).contains("JUD");
    assertThat(lexicon.actorRole("court")).contains("JUD");
    assertThat(lexicon.actorRole("rebel")).contains("REB");
    assertThat(lexicon.actorRole("police")).contains("COP");
    assertThat(lexicon.actorRole("bus")).isEmpty();
    assertThat(lexicon.actorRole("courtship")).isEmpty();
  }

  @Test
  void readsWordListsActorNounsAndTriggers() throws IOException {
    EventLexicon lexicon = read("""
        # comment
        auxiliaries: has Had
        actor-nouns: army=mil government=GOV
        meet\t040\tOBJECT
        give|given|gives,gave|giving\t072\tRECIPIENT\tobjects=weapon,missile
        visit,visits\t042\tVISIT\tnoun
        put\t130\tOBJECT\tthen=on_notice reflexive
        """);
    assertThat(lexicon.is(Words.AUXILIARIES, "had")).isTrue();
    assertThat(lexicon.actorRole("army")).contains("MIL");
    assertThat(lexicon.triggers()).hasSize(4);
    Trigger meet = lexicon.triggers().get(0);
    assertThat(meet.forms()).containsKeys("meet", "meeted");
    Trigger give = lexicon.triggers().get(1);
    assertThat(give.formOf("gave")).contains(Set.of(VerbForm.FINITE));
    assertThat(give.formOf("given")).contains(Set.of(VerbForm.PARTICIPLE));
    assertThat(give.isObject("missiles")).isTrue();
    assertThat(give.isObject("money")).isFalse();
    assertThat(lexicon.triggers().get(2).isNoun()).isTrue();
    Trigger put = lexicon.triggers().get(3);
    assertThat(put.particles()).containsExactly("on", "notice");
    assertThat(put.reflexive()).isTrue();
    assertThat(put.neverReflexive()).isFalse();
  }

  @Test
  void reportsTheLineOfAMistake() {
    assertThatThrownBy(() -> read("meet\t040\tOBJECT\nhit\t19x\tOBJECT\n")).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2").hasMessageContaining("19x");
    assertThatThrownBy(() -> read("meet\t040\tSIDEWAYS\n")).hasMessageContaining("unknown frame");
    assertThatThrownBy(() -> read("colours: red\n")).hasMessageContaining("unknown word list 'colours'");
    assertThatThrownBy(() -> read("meet\t040\tOBJECT\tloud\n")).hasMessageContaining("unknown option 'loud'");
  }

  @Test
  void theShippedCodebookLabelsEveryCode() throws IOException {
    CameoCodebook codebook = CameoCodebook.load();
    assertThat(codebook.size()).isGreaterThan(300);
    assertThat(codebook.label("043")).contains("Host a visit");
    assertThat(codebook.label("163")).contains("Impose embargo, boycott, or sanctions");
    assertThat(codebook.label("040")).contains("Consult");
    assertThat(codebook.label("190")).contains("Use conventional military force");
    assertThat(codebook.knows("999")).isFalse();
  }
}
