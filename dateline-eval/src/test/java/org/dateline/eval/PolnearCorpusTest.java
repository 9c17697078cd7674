package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {

  private static final String TEXT = "“We will win,” Smith said. “And soon.”\nTaxes will rise, it is feared.\n";

  @TempDir Path dir;

  @Test
  void readsAttributionsOfTheFirstAnnotatorWithDiscontinuousAndMissingSources() throws Exception {
    Path dev = Files.createDirectories(dir.resolve("data/dev/text"));
    Path ann = Files.createDirectories(dir.resolve("data/dev/attributions"));
    Files.writeString(dev.resolve("nyt_2016-01-02_a.txt"), TEXT);
    // the second piece first, as some PolNeAR files have it; a T text running over a newline
    Files.writeString(ann.resolve("nyt_2016-01-02_a_4b22.ann"), """
        T1\tContent 27 38;0 14\t“We will win,” “And soon.”
        T2\tSource 15 20\tSmith
        T3\tCue 21 25\tsaid
        T4\tAttribution 21 25\tsaid
        E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
        T5\tContent 39 54\tTaxes will
        rise
        T6\tCue 59 68\tis feared
        T7\tAttribution-no-source 59 68\tis feared
        E2\tAttribution-no-source:T7 Content:T5 Cue:T6
        #1\tAnnotatorNotes T5\ta note
        """);
    Files.writeString(ann.resolve("nyt_2016-01-02_a_ef2d.ann"), """
        T1\tContent 0 5\t“We w
        T2\tAttribution 21 25\tsaid
        E1\tAttribution:T2 Content:T1
        """);
    Files.writeString(dir.resolve("data/metadata.tsv"), "compartment\tfilename\tpublication_date\n"
        + "dev\tnyt_2016-01-02_a\t2016-01-03\n");

    List<PolnearCorpus.Article> articles = PolnearCorpus.read(dir, "dev");

    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.annotation()).isEqualTo("nyt_2016-01-02_a_4b22.ann");
      assertThat(a.date()).contains(LocalDate.of(2016, 1, 3));
      assertThat(a.attributions()).containsExactly(
          new GoldAttribution(new Span(0, 38), Optional.of(new Span(15, 20)), Optional.of(new Span(21, 25))),
          new GoldAttribution(new Span(39, 54), Optional.empty(), Optional.of(new Span(59, 68))));
    });
  }

  @Test
  void refusesAMissingSplitAndOffsetsPastTheText() throws IOException {
    assertThatThrownBy(() -> PolnearCorpus.read(dir, "test")).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("no PolNeAR split 'test'");
    Path text = Files.createDirectories(dir.resolve("data/dev/text"));
    Path ann = Files.createDirectories(dir.resolve("data/dev/attributions"));
    Files.writeString(text.resolve("a.txt"), "short");
    Files.writeString(ann.resolve("a_0001.ann"), "T1\tContent 0 99\tshort\n");
    assertThatThrownBy(() -> PolnearCorpus.read(dir, "dev")).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("a_0001.ann:1: offsets 0-99 outside a text of 5 characters");
  }

  /** The real dev split, when ../shared/data holds it: every article read, the direct quotes counted. */
  @Test
  void readsTheRealDevSplit() throws Exception {
    Path root = Path.of("../../shared/data/polnear");
    Assumptions.assumeTrue(Files.isDirectory(root.resolve("data/dev")), "PolNeAR is not in ../shared/data");
    List<PolnearCorpus.Article> articles = PolnearCorpus.read(root, "dev");
    assertThat(articles).hasSize(84).allSatisfy(a -> assertThat(a.date()).isPresent());
    int attributions = 0;
    int direct = 0;
    for (PolnearCorpus.Article a : articles) {
      QuotationMarks marks = new QuotationMarks(a.text());
      attributions += a.attributions().size();
      direct += (int) a.attributions().stream().filter(g -> marks.isDirect(g.content())).count();
    }
    assertThat(attributions).isEqualTo(2192);
    assertThat(direct).isEqualTo(481);
  }
}
