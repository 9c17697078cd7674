package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.core.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgtCorpusTest {

  private static final String ID = "5c182ac21e67d78e277944ad";
  // "said" twice: the second quote's words occur twice, and its offset picks the later one
  private static final String TEXT = "“We won,” Café owner Ann Lee said.\nShe said: “We won,” again.\n";

  @TempDir Path dir;

  @Test
  void readsQuotesLocatedByTheirWordsNearTheirOffsets() throws Exception {
    // offsets off by a few characters, as in the real workbook; a continuation with speaker "";
    // a quote whose words are not in the text; a leading space trimmed
    GgtWorkbooks.write(dir, ID, TEXT, """
        [{"speaker": "Ann Lee", "verb": "said", "quote": "“We won,”", "speaker_index": "(21,28)",
          "verb_index": "(29,33)", "quote_index": "(2,11)", "reference": "Ann Lee"},
         {"speaker": "", "verb": "", "quote": " “We won,”", "speaker_index": "", "verb_index": "",
          "quote_index": "(44,53)", "reference": "Ann Lee"},
         {"speaker": "She", "verb": "said", "quote": "nowhere", "speaker_index": "(,)", "verb_index": "",
          "quote_index": ")", "reference": ""}]
        """);

    List<GgtCorpus.Article> articles = GgtCorpus.read(dir);

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(ID);
      assertThat(a.outlet()).isEqualTo("CBC News");
      assertThat(a.text()).isEqualTo(TEXT);
      assertThat(a.date()).isEmpty();
      assertThat(a.unlocated()).isEqualTo(1);
      assertThat(a.quotes()).containsExactly(new GgtCorpus.GoldQuote(new Span(0, 9), "Ann Lee", "said"),
          new GgtCorpus.GoldQuote(new Span(45, 54), "Ann Lee", ""));
    });
  }

  @Test
  void repairsTheSecondListOpenedWhereACommaBelongs() throws Exception {
    assertThat(GgtCorpus.quotations("[{\"quote\": \"a\"}\n[\n  {\"quote\": \"b\"}]", "row 2")).hasSize(2);
    assertThatThrownBy(() -> GgtCorpus.quotations("{\"quote\": \"a\"}", "row 2"))
        .isInstanceOf(CorpusFormatException.class).hasMessage("row 2: quotations is not a JSON list");
    assertThatThrownBy(() -> GgtCorpus.quotations("[{\"quote\": ", "row 3"))
        .isInstanceOf(CorpusFormatException.class).hasMessageStartingWith("row 3: quotations is not JSON");
  }

  @Test
  void missingOrBrokenFilesAreNamed() throws Exception {
    assertThatThrownBy(() -> GgtCorpus.read(dir)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("no " + GgtCorpus.WORKBOOK + " here");
    Files.writeString(dir.resolve(GgtCorpus.WORKBOOK), "not a zip");
    Files.writeString(dir.resolve(GgtCorpus.TEXTS), "not a zip");
    assertThatThrownBy(() -> GgtCorpus.read(dir)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("not a zip archive");
    GgtWorkbooks.write(dir, ID, TEXT, "[]");
    GgtWorkbooks.zip(dir.resolve(GgtCorpus.TEXTS), List.of("rawtext/other.txt", TEXT));
    assertThatThrownBy(() -> GgtCorpus.read(dir)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("row 2: no rawtext/" + ID + ".txt");
  }

  @Test
  void aDoctypeInTheWorkbookIsRefused() throws Exception {
    GgtWorkbooks.write(dir, ID, TEXT, "[]");
    GgtWorkbooks.zip(dir.resolve(GgtCorpus.WORKBOOK), List.of("xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w>&x;</w>"));
    assertThatThrownBy(() -> GgtCorpus.read(dir)).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void readsTheRealCorpusWhenPresent() throws Exception {
    Path real = Path.of("../../shared/data/ggt-quotes-en");
    Assumptions.assumeTrue(Files.isDirectory(real), "no shared data here");
    List<GgtCorpus.Article> articles = GgtCorpus.read(real);
    assertThat(articles).hasSize(98);
    assertThat(articles.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(1519);
    assertThat(articles.stream().mapToInt(GgtCorpus.Article::unlocated).sum()).isEqualTo(1);
    assertThat(articles).allSatisfy(a -> assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker()).isNotEmpty()));
  }
}
