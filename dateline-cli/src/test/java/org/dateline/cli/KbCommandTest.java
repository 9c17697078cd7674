package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.dateline.kb.PeopleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge-base commands end to end: building the people index, and looking people up. */
class KbCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void looksUpTheShippedIndexByAnySpelling() {
    Run run = run("kb", "lookup", "Choïgou");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).contains("Sergey Shoygu").contains("RUS");
    assertThat(run("kb", "lookup", "Vladimir", "Poutine").out()).contains("Vladimir Putin\tRUS");
  }

  @Test
  void saysWhenNobodyHasTheName() {
    Run run = run("kb", "lookup", "Zzyzx Qwfpgj");
    assertThat(run.code()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).isEqualTo("dateline: nobody named Zzyzx Qwfpgj in the knowledge base\n");
  }

  @Test
  void buildsThePeopleIndexFromBothSources() throws IOException {
    Path data = dir.resolve("data");
    Path phoenix = data.resolve("petrarch2-cameo/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt");
    Files.createDirectories(phoenix.getParent());
    Files.writeString(phoenix, "# header\nSERGEY_SHOYGU_  # CountryInfo.txt\n+SERGEY_KUZHUGETOVICH_SHOYGU_\n"
        + "\t[RUSGOVBUS 940101-120511]\n\t[RUSGOVMIL >120512]\nNOBODY_FROM_NOWHERE_\n\t[ZZZGOV]\n", StandardCharsets.UTF_8);
    Path leaders = data.resolve("world-leaders-wikidata/wikidata.csv");
    Files.createDirectories(leaders.getParent());
    Files.writeString(leaders, "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
        + "Q159,Russia,Q218295,\"President of Russia, the\",Q7747,Vladimir Putin,2012,\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("people.tsv.gz");

    Run run = run("kb", "people", "--resources", data.toString(), "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 rows");
    PeopleIndex index;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      index = PeopleIndex.read(in);
    }
    assertThat(index.lookup("Choïgou")).extracting(p -> p.role() + " " + p.from() + " " + p.to())
        .containsExactlyInAnyOrder("GOVBUS 1994-01-01 2012-05-11", "GOVMIL 2012-05-12 ");
    assertThat(index.lookup("Poutine")).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("Q7747");
      assertThat(p.role()).isEqualTo("President of Russia, the");
      assertThat(p.country()).isEqualTo("RUS");
    });
  }

  @Test
  void refusesAMissingDataDirectory() {
    Run run = run("kb", "people", "--resources", dir.resolve("absent").toString(), "--out", dir.resolve("p.gz").toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("no such directory");
  }
}
