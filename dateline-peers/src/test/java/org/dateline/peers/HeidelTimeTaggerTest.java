package org.dateline.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dateline.peers.HeidelTimeTagger.Timex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeidelTimeTaggerTest {

  private static final LocalDate DCT = LocalDate.of(2025, 3, 20);
  private static HeidelTimeTagger french;

  @BeforeAll
  static void loadHeidelTime() {
    french = HeidelTimeTagger.french();
  }

  /** Every span covers exactly the text HeidelTime tagged, and the spans are in text order. */
  private static void assertSpansInside(String text, List<Timex> timexes) {
    int previousStart = -1;
    for (Timex t : timexes) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousStart);
      assertThat(t.end()).isLessThanOrEqualTo(text.length());
      assertThat(t.text(text)).isEqualTo(text.substring(t.start(), t.end())).isNotBlank();
      previousStart = t.start();
    }
  }

  @Test
  void tagsFrenchNewsRelativeToTheDct() {
    String text = "Le président a parlé hier. Le 22 mars 2025, il viendra.";

    List<Timex> found = french.tag(text, DCT);

    assertThat(found)
        .extracting(t -> text.substring(t.start(), t.end()), Timex::type, Timex::value)
        .containsExactly(
            tuple("hier", "DATE", "2025-03-19"),
            tuple("Le 22 mars 2025", "DATE", "2025-03-22"));
    assertThat(found.get(0).start()).isEqualTo(text.indexOf("hier"));
    assertThat(found.get(1).start()).isEqualTo(text.indexOf("Le 22"));
    assertThat(found.get(1).end()).isEqualTo(text.indexOf(", il"));
    assertSpansInside(text, found);
  }

  @Test
  void offsetsSurviveCharactersXmlEscapesAndIrregularWhiteSpace() {
    // '&' and '<' are what an XML writer escapes; HeidelTime 2.1 copies them raw, so its TimeML is
    // not well-formed here. Double spaces, blank lines and CRLF must keep their length too.
    String text = "Ventes & achats <3 : le  22 mars\n\n2025, puis\r\nlundi  matin. A&B < C > D &amp; hier";

    List<Timex> found = french.tag(text, DCT);

    assertThat(found)
        .extracting(t -> t.text(text), Timex::type, Timex::value)
        .contains(
            tuple("le  22 mars\n\n2025", "DATE", "2025-03-22"),
            tuple("hier", "DATE", "2025-03-19"));
    assertThat(found).extracting(t -> t.text(text)).anySatisfy(s -> assertThat(s).startsWith("lundi  matin"));
    assertThat(found).extracting(Timex::start)
        .contains(text.indexOf("le  22"), text.indexOf("lundi"), text.lastIndexOf("hier"));
    assertSpansInside(text, found);
  }

  @Test
  void offsetsAreUtf16IndicesPastSupplementaryCharacters() {
    String text = "🗞️ Édition spéciale 𝔸 : hier soir, à Paris.";

    List<Timex> found = french.tag(text, DCT);

    assertThat(found).extracting(t -> t.text(text)).anySatisfy(s -> assertThat(s).startsWith("hier"));
    assertThat(found).extracting(Timex::start).contains(text.indexOf("hier"));
    assertSpansInside(text, found);
  }

  @Test
  void textWithoutTimeExpressionsGivesNothing() {
    assertThat(french.tag("Le chat dort sur le canapé.", DCT)).isEmpty();
    assertThat(french.tag("", DCT)).isEmpty();
  }

  @Test
  void tagsEnglishNews() {
    HeidelTimeTagger english = HeidelTimeTagger.english();
    String text = "The president spoke yesterday. On March 22, 2025 he will come & stay < 3 days.";

    List<Timex> found = english.tag(text, DCT);

    assertThat(found)
        .extracting(t -> t.text(text), Timex::type, Timex::value)
        .containsExactly(
            tuple("yesterday", "DATE", "2025-03-19"),
            tuple("March 22, 2025", "DATE", "2025-03-22"),
            tuple("3 days", "DURATION", "P3D"));
    assertSpansInside(text, found);
  }

  @Test
  void leavesTheCallersDefaultLocaleAlone() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      HeidelTimeTagger tagger = new HeidelTimeTagger("fr");
      assertThat(tagger.tag("Il est venu hier.", DCT)).extracting(Timex::value).containsExactly("2025-03-19");
      assertThat(Locale.getDefault()).isEqualTo(Locale.FRANCE);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void givesTheSameResultsWhenThreadsTagAtOnce() throws Exception {
    List<String> texts = List.of(
        "Le président a parlé hier. Le 22 mars 2025, il viendra.",
        "Lundi matin, pendant trois jours, chaque semaine, depuis l'été 2024.",
        "Il reviendra dans deux mois, le 1er mai, vers 10 h 30.");
    List<List<Timex>> expected = texts.stream().map(t -> french.tag(t, DCT)).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int thread = 0; thread < 3; thread++) {
        runs.add(pool.submit(() -> {
          HeidelTimeTagger own = HeidelTimeTagger.french(); // one per thread, sharing HeidelTime's tables
          for (int round = 0; round < 20; round++) {
            for (int k = 0; k < texts.size(); k++) {
              if (!own.tag(texts.get(k), DCT).equals(expected.get(k))
                  || !french.tag(texts.get(k), DCT).equals(expected.get(k))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> run : runs) {
        assertThat(run.get(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesOtherLanguages() {
    assertThatThrownBy(() -> new HeidelTimeTagger("de")).isInstanceOf(IllegalArgumentException.class);
  }

  // --- mapping TimeML onto the input, without HeidelTime ----------------------------------------

  private static String timeMl(String body) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n" + body + "\n</TimeML>\n";
  }

  @Test
  void alignsRawOutputAsHeidelTime21WritesIt() {
    String input = "A&B <3 hier";
    String output = timeMl("A&B <3 <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-19\">hier</TIMEX3>");

    assertThat(HeidelTimeTagger.align(input, output)).containsExactly(new Timex(7, 11, "DATE", "2025-03-19"));
  }

  @Test
  void alignsEscapedOutput() {
    String input = "A&B <3 > 2, hier";
    String output = timeMl("A&amp;B &lt;3 &gt; 2, <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-19\">hier</TIMEX3>");

    List<Timex> found = HeidelTimeTagger.align(input, output);

    assertThat(found).containsExactly(new Timex(12, 16, "DATE", "2025-03-19"));
    assertThat(found.get(0).text(input)).isEqualTo("hier");
  }

  @Test
  void tellsALiteralEntityInTheInputFromAnEscapedCharacter() {
    String input = "R&amp;D, lundi";
    String tag = "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-17\">lundi</TIMEX3>";

    assertThat(HeidelTimeTagger.align(input, timeMl("R&amp;D, " + tag)))
        .containsExactly(new Timex(9, 14, "DATE", "2025-03-17"));
    assertThat(HeidelTimeTagger.align(input, timeMl("R&amp;amp;D, " + tag)))
        .containsExactly(new Timex(9, 14, "DATE", "2025-03-17"));
  }

  @Test
  void alignsOutputWhoseWhiteSpaceChanged() {
    String input = "Le  22 mars\r\n\r\n2025,\tpuis\u00a0lundi matin.";
    // white space collapsed, CRLF turned into LF, a tab and a no-break space into spaces
    String output = timeMl("Le <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-22\">22 mars\n2025</TIMEX3>, puis "
        + "<TIMEX3 tid=\"t2\" type=\"TIME\" value=\"2025-03-17TMO\">lundi  matin</TIMEX3>.");

    List<Timex> found = HeidelTimeTagger.align(input, output);

    assertThat(found).extracting(t -> t.text(input), Timex::type, Timex::value).containsExactly(
        tuple("22 mars\r\n\r\n2025", "DATE", "2025-03-22"),
        tuple("lundi matin", "TIME", "2025-03-17TMO"));
  }

  @Test
  void readsAttributesInAnyOrderAndIgnoresIntervals() {
    String input = "du 1er au 3 mai";
    String output = timeMl("<TIMEX3INTERVAL earliestBegin=\"2025-05-01\" latestEnd=\"2025-05-03\">du "
        + "<TIMEX3 value=\"2025-05-01\" tid=\"t1\" type=\"DATE\">1er</TIMEX3> au "
        + "<TIMEX3 value=\"2025-05-03\" type=\"DATE\" tid=\"t2\" mod=\"END\">3 mai</TIMEX3></TIMEX3INTERVAL>");

    assertThat(HeidelTimeTagger.align(input, output)).containsExactly(
        new Timex(3, 6, "DATE", "2025-05-01"), new Timex(10, 15, "DATE", "2025-05-03"));
  }

  @Test
  void refusesOutputThatIsNotTheInput() {
    assertThatThrownBy(() -> HeidelTimeTagger.align("hier soir", timeMl("<TIMEX3 type=\"DATE\">hier</TIMEX3> matin")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text differs");
    assertThatThrownBy(() -> HeidelTimeTagger.align("hier soir", timeMl("hier")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ends before the input");
    assertThatThrownBy(() -> HeidelTimeTagger.align("hier", timeMl("<TIMEX3 type=\"DATE\">hier")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not closed");
  }
}
