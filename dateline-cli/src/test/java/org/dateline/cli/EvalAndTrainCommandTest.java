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

  /** Open-data lists for the gazetteer, in the layout of ../shared/data, one or two names each. */
  private void writeResources() throws IOException {
    write("res/countries-mledoze/countries.json", "[{\"name\":{\"common\":\"France\",\"official\":\"French Republic\"},"
        + "\"cca2\":\"FR\",\"cca3\":\"FRA\",\"capital\":[\"Paris\"],\"altSpellings\":[],"
        + "\"translations\":{\"fra\":{\"common\":\"France\",\"official\":\"République française\"}},"
        + "\"demonyms\":{\"fra\":{\"m\":\"Français\",\"f\":\"Française\"},\"eng\":{\"m\":\"French\",\"f\":\"French\"}}}]");
    write("res/geonames-cities15000/cities15000.txt", "2996944\tLyon\tLyon\tLione,Lyons\t45.7\t4.8\tP\tPPLA\tFR\n");
    write("res/world-leaders-wikidata/wikidata.csv", "countryid,country,position,positionLabel,officeholder,"
        + "officeholderLabel,start_year,end_year\nQ142,France,Q1,President,Q2,Emmanuel Macron,2017,\n");
    String actors = "res/petrarch2-cameo/petrarch2/data/dictionaries/";
    write(actors + "Phoenix.International.actors.txt", "THE_RED_CROSS_ [NGOHLH]\n+RED_CROSS_\n"
        + "KOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n");
    write(actors + "Phoenix.MilNonState.actors.txt", "ANGRY_BRIGADE_ [ITAREB] #  kkl 21 Mar 13\n");
  }

  @Test
  void trainsAndScoresAnEnglishModelOnCoNllFiles() throws IOException {
    writeResources();
    StringBuilder conll = new StringBuilder();
    String[] people = {"John", "Mary", "Paul", "Anne", "Luke", "Eve"};
    for (int doc = 0; doc < 12; doc++) {
      conll.append("-DOCSTART- -X- -X- O\n\n");
      String person = people[doc % people.length];
      // CoNLL-2003's own layout (word POS chunk tag) and IOB1 tags: an entity opens with I-
      conll.append(person).append(" NNP B-NP I-PER\nSmith NNP I-NP I-PER\nvisited VBD B-VP O\nLyon NNP B-NP I-LOC\n")
          .append(". . O O\n\n");
      conll.append("The DT B-NP O\nRed NNP I-NP I-ORG\nCross NNP I-NP I-ORG\nhelped VBD B-VP O\n")
          .append(person).append(" NNP B-NP I-PER\n. . O O\n\n");
    }
    String[] documents = conll.toString().split("(?=-DOCSTART-)");
    write("conll/train.txt", String.join("", java.util.Arrays.copyOfRange(documents, 0, 8)));
    write("conll/val.txt", String.join("", java.util.Arrays.copyOfRange(documents, 8, 12)));
    write("text/news/a.txt", "Mary Smith visited Lyon. John Smith visited Paris. Anne Smith visited Lyon.\n".repeat(5));
    Files.write(dir.resolve("text/news/binary.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
    Path model = dir.resolve("en.bin.gz");
    Run train = run("train", "ner", "--lang", "en", "--format", "conll", "--data",
        dir.resolve("conll/train.txt").toString(), "--data", dir.resolve("conll/val.txt").toString(),
        "--unlabelled", dir.resolve("text").toString(), "--word-classes", "4",
        "--resources", dir.resolve("res").toString(), "--out", model.toString(), "--epochs", "4");
    assertThat(train.code()).as(train.err()).isEqualTo(ExitCode.OK);
    assertThat(train.out()).contains("8 documents").contains("4 documents").contains("24 sentences")
        .contains("unlabelled: 15 sentences");
    assertThat(train.err().lines()).singleElement().asString().endsWith("binary.txt: not UTF-8 text, skipped");
    // the WikiNEuRal layout (index word tag), IOB2
    write("conll/test.conllu", "0\tMary\tB-PER\n1\tSmith\tI-PER\n2\tvisited\tO\n3\tLyon\tB-LOC\n4\t.\tO\n");
    Run eval = run("eval", "ner", "--lang", "en", "--format", "conll", "--model", model.toString(),
        dir.resolve("conll/test.conllu").toString());
    assertThat(eval.code()).as(eval.err()).isEqualTo(ExitCode.OK);
    assertThat(eval.out()).contains("1 documents").contains("F1 with MISC").endsWith("overall F1 = 1.000\n");
    try (InputStream in = Files.newInputStream(model)) {
      assertThat(NerModel.load(in).metadata()).containsEntry("language", "en")
          .containsEntry("documentFeatures", "true").containsEntry("split", "whole file")
          .hasEntrySatisfying("gazetteer", g -> assertThat(g).contains("organisations"))
          .hasEntrySatisfying("data", d -> assertThat(d).contains("train.txt").contains("; val.txt"))
          .hasEntrySatisfying("unlabelled", u -> assertThat(u).contains(dir.resolve("text") + " ").contains("files, sha256 "))
          .hasEntrySatisfying("wordClasses", c -> assertThat(c).startsWith("4 classes of"));
    }
  }

  @Test
  void refusesABrokenCoNllFileOrModelInOneLine() throws IOException {
    write("bad.conll", "John B-PER\nSmith\n");
    write("model.bin.gz", "hello");
    write("empty.conll", "-DOCSTART- -X- -X- O\n\n");
    Run empty = run("eval", "ner", "--lang", "fr", "--format", "conll", dir.resolve("empty.conll").toString());
    assertThat(empty.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(empty.err().lines()).singleElement().asString().contains("no sentences to score");
    Run broken = run("eval", "ner", "--lang", "fr", "--format", "conll", dir.resolve("bad.conll").toString());
    assertThat(broken.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(broken.err().lines()).singleElement().asString().contains("bad.conll:2");
    Run model = run("eval", "ner", "--lang", "en", "--format", "conll", "--model",
        dir.resolve("model.bin.gz").toString(), dir.resolve("bad.conll").toString());
    assertThat(model.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(model.err().lines()).singleElement().asString().contains("not a Dateline NER model");
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
    writeResources();
    Path model = dir.resolve("ner.bin.gz");
    Run r = run("train", "ner", "--lang", "fr", "--data", dir.resolve("brat").toString(),
        "--resources", dir.resolve("res").toString(), "--out", model.toString(), "--epochs", "3", "--split", "dev", "--no-document-features",
        "--gazetteer", "places,people");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("epoch 3").contains("wrote");
    try (InputStream in = Files.newInputStream(model)) {
      NerModel loaded = NerModel.load(in);
      assertThat(loaded.metadata()).containsEntry("epochs", "3").containsEntry("seed", "1")
          .containsEntry("documentFeatures", "false")
          .containsEntry("language", "fr").containsKey("data");
      assertThat(loaded.metadata().get("data")).contains("sha256");
      assertThat(loaded.tags()).contains("B-PER", "B-LOC");
    }
    assertThat(dir).isDirectoryNotContaining(p -> p.toString().endsWith(".partial"));
  }
}
