package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalQuotesCommandTest {

  // the speaker before the quote: Dateline's English quotes do not yet take "“…,” X said"
  // a headline line first, as in PolNeAR's texts
  private static final String TEXT = "Obama speaks\nBarack Obama said: “We will win this election.”\nThe weather was fine.\n";

  @TempDir Path dir;

  @Test
  void scoresAttributionsOnAPolnearSplit() throws IOException {
    Path text = Files.createDirectories(dir.resolve("data/dev/text"));
    Path ann = Files.createDirectories(dir.resolve("data/dev/attributions"));
    Files.writeString(text.resolve("a.txt"), TEXT);
    Files.writeString(ann.resolve("a_0001.ann"), """
        T1\tContent 32 60\t“We will win this election.”
        T2\tSource 13 25\tBarack Obama
        T3\tCue 26 30\tsaid
        T4\tAttribution 26 30\tsaid
        E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
        """);
    Run r = Run.of("eval", "quotes", "--format", "polnear", dir.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("split dev: 1 articles, first annotator file of each",
        "content, all: gold 1, system 1, correct 1", "content, direct quotes: gold 1, system 1, correct 1")
        .contains("attribution, all: gold 1, system 1, correct 1;").endsWith("overall F1 = 1.000\n");
  }

  @Test
  void listsTheAadsMissesWhenVerbose() throws IOException {
    // "— Entrez !" is found; the second gold span, in the narrator's line, is missed and listed
    String chapter = "— Entrez ! dit-elle.\nIl entra sans un mot.\n";
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/aggregated_corpus.json"), """
        {"c1": {"text": "%s", "labels": [[0, 10], [33, 40]], "split": "val"}}
        """.formatted(chapter.replace("\n", "\\n")));
    Run r = Run.of("eval", "quotes", "--format", "aads", "--split", "val", "--verbose", dir.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("- c1 33-40 ").contains("gold 2, system 1, correct 1").doesNotContain("+ c1");
  }

  @Test
  void aMissingSplitIsOneLine() throws IOException {
    Files.createDirectories(dir.resolve("data/dev/text"));
    Run r = Run.of("eval", "quotes", "--format", "polnear", "--split", "test", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString().contains("no PolNeAR split 'test'");
    Run missing = Run.of("eval", "quotes", "--format", "polnear", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err().lines()).singleElement().asString().contains("no such corpus");
  }

  @Test
  void scoresQuotesAndSpeakersOnAGgtCorpus() throws Exception {
    // one article: a quote Dateline finds with its speaker, and a gold "quote" it does not find (made by ggt/make.py)
    Path corpus = Path.of(getClass().getResource("ggt/rawtext.zip").toURI()).getParent();
    Run r = Run.of("eval", "quotes", "--format", "ggt", corpus.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(": 1 articles, 2 gold quotes (0 more not found in the text, left out)",
        "quotes, overlap > 0.3: gold 2, system 1, matched 1; precision 1.000, recall 0.500, F1 0.667",
        "speakers, overlap > 0.3: right 1 of 1 matched (accuracy 1.000); precision 1.000, recall 0.500, F1 0.667",
        "quotes, overlap > 0.8: gold 2, system 1, matched 1;").endsWith("overall F1 = 0.667\n");
  }

  @Test
  void aGgtDirectoryWithoutTheWorkbookIsOneLine() {
    Run r = Run.of("eval", "quotes", "--format", "ggt", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString().contains("no AnnotationTable_byArticle");
    Run split = Run.of("eval", "quotes", "--format", "ggt", "--split", "dev", dir.toString());
    assertThat(split.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(split.err().lines()).singleElement().asString().contains("has no splits");
  }
}
