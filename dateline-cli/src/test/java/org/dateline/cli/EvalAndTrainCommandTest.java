package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.ner.NerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval and train commands end to end, on small corpora in the formats the real ones use. */
class EvalAndTrainCommandTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return Run.of(args);
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void scoresTimesOnTimeMl() throws IOException {
    write("tml/a.tml", "<?xml version='1.0' encoding='UTF-8'?><TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
        + "value=\"1999-05-20\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>Le ministre est parti "
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999-05-19\">hier</TIMEX3> pour <TIMEX3 tid=\"t2\" type=\"DURATION\" "
        + "value=\"P2D\">deux jours</TIMEX3>.</TEXT></TimeML>");
    Run r = run("eval", "times", "--format", "timeml", dir.resolve("tml").toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("split all: 1 documents").endsWith("overall F1 = 1.000\n");
  }

  @Test
  void refusesAMissingCorpusOrSplitInOneLine() {
    Run missing = run("eval", "ner", dir.resolve("nothing").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err().lines()).singleElement().asString().contains("no such corpus");
    Run split = run("eval", "times", "--format", "timeml", "--split", "bogus", dir.toString());
    assertThat(split.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(split.err()).contains("--split must be one of");
  }

  @Test
  void trainsANerModelThatCarriesItsDataChecksumAndSettings() throws IOException {
    String[] people = {"Jean Dupont", "Marie Curie", "Paul Martin", "Anne Morel", "Luc Petit", "Eva Blanc"};
    for (int i = 0; i < 40; i++) {
      String person = people[i % people.length];
      String text = person + " est arrivé à Lyon mardi.\n";
      write(String.format("brat/2016/01/2016_01_%02d-001.txt", i % 28 + 1).replace("-001", "-" + (100 + i)), text);
      write(String.format("brat/2016/01/2016_01_%02d-001.ann", i % 28 + 1).replace("-001", "-" + (100 + i)),
          "T1\tPerson 0 " + person.length() + "\t" + person + "\nT2\tLocation " + (person.length() + 14) + " "
              + (person.length() + 18) + "\tLyon\n");
    }
    write("res/countries-mledoze/countries.json", "[{\"name\":{\"common\":\"France\",\"official\":\"French Republic\"},"
        + "\"cca2\":\"FR\",\"cca3\":\"FRA\",\"capital\":[\"Paris\"],\"altSpellings\":[],"
        + "\"translations\":{\"fra\":{\"common\":\"France\",\"official\":\"République française\"}},"
        + "\"demonyms\":{\"fra\":{\"m\":\"Français\",\"f\":\"Française\"},\"eng\":{\"m\":\"French\",\"f\":\"French\"}}}]");
    write("res/geonames-cities15000/cities15000.txt", "2996944\tLyon\tLyon\tLione,Lyons\t45.7\t4.8\tP\tPPLA\tFR\n");
    write("res/world-leaders-wikidata/wikidata.csv", "countryid,country,position,positionLabel,officeholder,"
        + "officeholderLabel,start_year,end_year\nQ142,France,Q1,President,Q2,Emmanuel Macron,2017,\n");
    Path model = dir.resolve("ner.bin.gz");
    Run r = run("train", "ner", "--lang", "fr", "--data", dir.resolve("brat").toString(),
        "--resources", dir.resolve("res").toString(), "--out", model.toString(), "--epochs", "3", "--split", "dev");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("epoch 3").contains("wrote");
    try (InputStream in = Files.newInputStream(model)) {
      NerModel loaded = NerModel.load(in);
      assertThat(loaded.metadata()).containsEntry("epochs", "3").containsEntry("seed", "1")
          .containsEntry("language", "fr").containsKey("data");
      assertThat(loaded.metadata().get("data")).contains("sha256");
      assertThat(loaded.tags()).contains("B-PER", "B-LOC");
    }
    assertThat(dir).isDirectoryNotContaining(p -> p.toString().endsWith(".partial"));
  }
}
