package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEventsCommandTest {

  @TempDir Path dir;

  @Test
  void scoresTriplesOnAValidationFile() throws IOException {
    Path file = Files.writeString(dir.resolve("v.xml"), """
        <Validation><Sentences>
        <Sentence date="20150105" id="T_1"/>
        <EventCoding eventcode="190" sourcecode="USA" targetcode="RUS" />
        <Text>The United States fired missiles at Russia.</Text>
        <Sentence date="20150105" id="T_2"/>
        <EventCoding eventcode="042" sourcecode="CHN" targetcode="JPN" />
        <Text>Nothing here names a visit.</Text>
        </Sentences></Validation>
        """);
    Run r = Run.of("eval", "events", "--format", "petrarch", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("2 sentences", "triples: gold 2, system 1, correct 1")
        .endsWith("overall F1 = 0.667\n");
  }

  @Test
  void aMissingOrWrongCorpusIsOneLine() throws IOException {
    Run missing = Run.of("eval", "events", "--format", "petrarch", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err().lines()).singleElement().asString().contains("no such corpus");
    Path empty = Files.writeString(dir.resolve("e.xml"), "<Validation/>");
    Run wrong = Run.of("eval", "events", "--format", "petrarch", empty.toString());
    assertThat(wrong.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(wrong.err().lines()).singleElement().asString().contains("no <Sentence> records");
  }
}
