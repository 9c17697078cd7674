package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchCorpusTest {

  @TempDir Path dir;

  @Test
  void readsSentencesCodingsAndDates() throws Exception {
    Path file = dir.resolve("v.xml");
    Files.writeString(file, """
        <Validation>
        # a comment line, as in the real file
        <Sentences>
        <Sentence category="AFP" date="20080804" id="A_1" evaluate="true"/>
        <EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
        <EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />
        <Text>
        The US leader
          visits Beijing.
        </Text>
        <Sentence date="20080805" id="A_2"/>
        <EventCoding noevents="True" />
        <Text>Nothing happens.</Text>
        <Sentence date="2008" id="A_3" evaluate="false"/>
        <EventCoding eventcode="010" sourcecode="USA" targetcode="USA" />
        <Text>Skipped.</Text>
        </Sentences></Validation>
        """);
    List<PetrarchCorpus.Sentence> sentences = PetrarchCorpus.read(file);
    assertThat(sentences).hasSize(2);
    PetrarchCorpus.Sentence first = sentences.get(0);
    assertThat(first.text()).isEqualTo("The US leader visits Beijing.");
    assertThat(first.date()).contains(LocalDate.of(2008, 8, 4));
    assertThat(first.codings()).extracting(PetrarchCorpus.Coding::triple)
        .containsExactly(List.of("04", "USA", "CHN"), List.of("19", "---", "SYR"));
    assertThat(sentences.get(1).codings()).isEmpty();
  }

  @Test
  void refusesAFileWithoutSentences() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.xml"), "<Validation></Validation>");
    assertThatThrownBy(() -> PetrarchCorpus.read(file)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("no <Sentence> records");
    assertThatThrownBy(() -> PetrarchCorpus.read(dir)).hasMessageContaining("no PETRARCH validation file");
  }

  @Test
  void matchesTriplesOneToOne() {
    TripleEvaluator triples = new TripleEvaluator();
    List<String> a = List.of("04", "USA", "CHN");
    List<String> b = List.of("19", "RUS", "UKR");
    assertThat(triples.add(List.of(a, b), List.of(a, a))).isEqualTo(1);
    assertThat(triples.add(List.of(), List.of(b))).isZero();
    assertThat(triples.gold()).isEqualTo(2);
    assertThat(triples.system()).isEqualTo(3);
    assertThat(triples.precision()).isEqualTo(1.0 / 3);
    assertThat(triples.recall()).isEqualTo(0.5);
    assertThat(triples.f1()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
  }
}
