package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbImportCommandTest {

  @TempDir Path dir;

  private Path kb() {
    return dir.resolve("kb");
  }

  @Test
  void importsTheValidRowsOfACsvAndReportsTheOthersByLine() throws IOException {
    Path csv = Files.writeString(dir.resolve("people.csv"), """
        kind,name,country,id,role
        PERSON,Anaïs Dubreuil-Karam,FRA,,Mayor of Testville
        PERSON,Nobody,France,,
        CITY,Testville-sur-Mer,FRA,,
        PLANET,Mars,MRS,,
        MEDIA,Le Courrier de Testville,FRA
        """);
    Run r = Run.of("kb", "import", "--kb", kb().toString(), csv.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("imported 1 people and 1 places", "3 records skipped");
    assertThat(r.err().lines()).hasSize(3);
    assertThat(r.err()).contains("people.csv line 3: country must be an ISO 3166-1 alpha-3 code, not 'France'")
        .contains("people.csv line 5: unknown kind 'PLANET'").contains("people.csv line 6: expected 5 fields, found 3");
    Run found = Run.of("kb", "lookup", "--kb", kb().toString(), "Anais Dubreuil Karam");
    assertThat(found.code()).isEqualTo(ExitCode.OK);
    assertThat(found.out()).contains("Anaïs Dubreuil-Karam\tFRA\tMayor of Testville");
  }

  @Test
  void streamsAWikidataDumpAndKeepsWhatCameBeforeACut() throws IOException {
    String dump = String.join("\n",
        "[",
        "{\"type\":\"item\",\"id\":\"Q990001\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Testland\"}},"
            + "\"claims\":{\"P298\":[{\"mainsnak\":{\"datavalue\":{\"value\":\"TST\",\"type\":\"string\"}}}]}},",
        "{\"type\":\"item\",\"id\":\"Q990002\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Zorba Quellington\"},"
            + "\"fr\":{\"language\":\"fr\",\"value\":\"Zorba Quellingtonne\"}},"
            + "\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"President of Testland\"}},"
            + "\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q5\"}}}}],"
            + "\"P27\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q990001\"}}}}]}},",
        "this line is broken,",
        "{\"type\":\"item\",\"id\":\"Q990003\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Quelltown\"}},"
            + "\"claims\":{\"P625\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"latitude\":1,\"longitude\":2}}}}],"
            + "\"P17\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q990001\"}}}}]}}",
        "]");
    Path plain = Files.writeString(dir.resolve("dump.json"), dump);
    Run r = Run.of("kb", "import", "--kb", kb().toString(), plain.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("imported 2 people and 1 places", "1 records skipped");
    assertThat(r.err()).contains("dump.json line 4: not a JSON entity");
    assertThat(Run.of("kb", "lookup", "--kb", kb().toString(), "Zorba Quellingtonne").out())
        .contains("Q990002\tZorba Quellington\tTST\tPresident of Testland");

    byte[] gz = gzip(dump.getBytes(StandardCharsets.UTF_8));
    Path cut = dir.resolve("cut.json.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length * 3 / 4));
    Run truncated = Run.of("kb", "import", "--kb", dir.resolve("kb2").toString(), cut.toString());
    assertThat(truncated.err()).contains("ends early or is corrupt");
  }

  @Test
  void importsNothingFromNothingValid() throws IOException {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "name,country\nX,FRA\n");
    Run r = Run.of("kb", "import", "--kb", kb().toString(), csv.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("bad.csv line 1: the header must name the columns kind, name and country")
        .contains("nothing to import");
    assertThat(kb()).doesNotExist();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
