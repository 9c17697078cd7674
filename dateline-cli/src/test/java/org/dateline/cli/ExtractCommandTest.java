package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: exit codes, one-line errors, batches that go on past a bad file. */
class ExtractCommandTest {

  private static final String ARTICLE = "PARIS, 22 mars (AFP) - Le gouvernement a présenté mardi son budget. "
      + "Les syndicats ont dénoncé un texte « injuste ».\nLe débat commence lundi à l'Assemblée nationale.\n";

  @TempDir Path dir;

  private static Run run(String... args) {
    return Run.of(args);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesTheContractJsonForOneArticle() throws IOException {
    Run r = run("extract", write("a.txt", ARTICLE).toString(), "--date", "2025-03-23");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"schema\" : \"dateline/1\"", "\"language\" : \"fr\"",
        "\"places\" : [ \"Paris\" ]", "\"date\" : \"2025-03-22\"", "\"agency\" : \"AFP\"", "\"entities\" : [",
        "\"quotes\" : [ ]", "\"claims\" : [ ]", "\"events\" : [ ]");
    // "a présenté mardi" is the Tuesday before the dateline's Saturday; "commence lundi" the Monday after
    assertThat(r.out()).contains("\"text\" : \"mardi\",\n    \"type\" : \"DATE\",\n    \"value\" : \"2025-03-18\"")
        .contains("\"text\" : \"lundi\",\n    \"type\" : \"DATE\",\n    \"value\" : \"2025-03-24\"");
  }

  @Test
  void writesGdeltEventRows() throws IOException {
    Path article = write("b.txt", "MOSCOU, 22 mars (AFP) - La Russie a menacé la Pologne. "
        + "Le gouvernement allemand envisage de livrer des chars à l'Ukraine.\n");
    Run r = run("extract", "--format", "gdelt", "--date", "2025-03-23", article.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    List<String[]> rows = r.out().lines().map(line -> line.split("\t", -1)).toList();
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(61));
    String[] threat = rows.get(0);
    assertThat(threat[1]).isEqualTo("20250322"); // Day: the dateline's date, its year from --date
    assertThat(threat[5]).isEqualTo("RUS");
    assertThat(threat[15]).isEqualTo("POL");
    assertThat(threat[26]).isEqualTo("130");
    assertThat(threat[28]).isEqualTo("13");
    assertThat(threat[29]).isEqualTo("3"); // verbal conflict
    assertThat(threat[60]).isEqualTo(article.toString());
    String[] tanks = rows.get(1);
    assertThat(tanks[5]).isEqualTo("DEUGOV");
    assertThat(tanks[12]).isEqualTo("GOV");
    assertThat(tanks[26]).isEqualTo("072");
    assertThat(tanks[29]).isEqualTo("2"); // material cooperation
    assertThat(run("extract", "--format", "gdelt", "--out", dir.resolve("o").toString(), article.toString()).code())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void leavesTheDatelineWithoutADateWhenTheYearIsUnknown() throws IOException {
    Run r = run("extract", write("a.txt", ARTICLE).toString(), "--format", "jsonl");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("\"places\":[\"Paris\"],\"date\":null").contains("DATELINE_DATE");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void readsADirectoryRecursivelyAndGoesOnPastABadFile() throws IOException {
    write("news/a.txt", ARTICLE);
    write("news/sub/b.txt", ARTICLE.replace("PARIS", "LYON"));
    write("news/sub/empty.txt", "");
    write("news/notes.md", "not an article");
    Run r = run("extract", dir.resolve("news").toString(), "--format", "jsonl", "--date", "2025-03-23");
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out()).contains("\"Paris\"").contains("\"Lyon\"");
    assertThat(r.err().lines()).containsExactly(
        "dateline: " + dir.resolve("news/sub/empty.txt") + ": empty file",
        "dateline: 2 input(s) processed, 1 refused");
  }

  @Test
  void refusesEachKindOfBadInputWithOneLine() throws IOException {
    Path pdf = write("doc.pdf.txt", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
    Path big = write("big.txt", "Un mot. ".repeat(200));
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    for (String[] args : new String[][] {
        {"extract", dir.resolve("missing.txt").toString()},
        {"extract", pdf.toString()},
        {"extract", big.toString(), "--max-size", "1KB"},
        {"extract", empty.toString()}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines()).hasSize(r.err().contains("processed") ? 2 : 1).first().asString()
          .startsWith("dateline: ").doesNotContain("Exception");
    }
    assertThat(run("extract", pdf.toString()).err()).contains("binary file (a PDF document)");
    assertThat(run("extract", big.toString(), "--max-size", "1KB").err()).contains("over the 1.0 KB limit");
    assertThat(run("extract", empty.toString()).err()).contains("no articles");
  }

  @Test
  void rejectsBadOptionsAsUsageErrors() throws IOException {
    Path a = write("a.txt", ARTICLE);
    assertThat(run("extract", a.toString(), "--date", "2025-02-30").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("extract", a.toString(), "--lang", "xx").err()).contains("--lang must be fr, en or auto");
    assertThat(run("extract", a.toString(), "--max-size", "lots").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("extract", a.toString(), "--format", "xml").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("extract").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("frobnicate").err()).contains("Unmatched argument");
  }

  @Test
  void processesAnUnsupportedLanguageAsFarAsItCan() throws IOException {
    Path german = write("de.txt", "Die Bundesregierung hat am Dienstag den Haushalt vorgestellt. "
        + "Die Gewerkschaften kritisierten den Entwurf scharf und kündigten Proteste an.\n");
    Run r = run("extract", german.toString(), "--format", "jsonl");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("\"language\":\"de\"").contains("UNSUPPORTED_LANGUAGE").contains("\"sentences\":[]");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
      Run r = run("extract", "-", "--format", "text", "--lang", "fr", "--date", "2025-03-23");
      assertThat(r.code()).isEqualTo(ExitCode.OK);
      assertThat(r.out()).contains("== -").contains("dateline:  Paris — 2025-03-22 (AFP)").contains("fr (given)");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void writesOneFilePerArticleWithOut() throws IOException {
    write("in/a.txt", ARTICLE);
    write("in/sub/b.txt", ARTICLE);
    Path out = dir.resolve("out");
    Run r = run("extract", dir.resolve("in").toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEmpty();
    assertThat(out.resolve("a.json")).content().contains("\"schema\" : \"dateline/1\"");
    assertThat(out.resolve("sub/b.json")).exists();
    try (var files = Files.walk(out)) {
      assertThat(files.filter(p -> p.toString().endsWith(".partial"))).isEmpty();
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}, {"eval", "--help"},
        {"eval", "segmentation", "--help"}}) {
      Run r = run(args);
      assertThat(r.code()).isEqualTo(ExitCode.OK);
      assertThat(r.out()).contains("Usage:");
    }
  }
}
