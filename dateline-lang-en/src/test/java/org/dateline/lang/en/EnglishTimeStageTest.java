package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English time expressions in context: what the words around an expression decide. */
class EnglishTimeStageTest {

  private static English english;

  @BeforeAll
  static void load() throws IOException {
    english = English.load();
  }

  private static List<String> values(String text, LocalDate published) {
    Document doc = english.pipeline().apply(Document.of("test", text)
        .withStructure(List.of(new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withPublicationDate(Optional.of(published))
        .withLanguage(Language.given("en")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE)));
    return doc.times().stream().map(t -> doc.text(t.span()) + "=" + t.value().orElse("-")).toList();
  }

  @Test
  void refusesAnAbsurdYearButNotANumberOfPeople() {
    assertThat(values("The treaty will be signed on March 3, 99999. On March 3, 25000 people marched.",
        LocalDate.of(2025, 3, 22))).containsExactly("March 3, 99999=-", "March 3=2025-03-03");
  }

  @Test
  void readsAYearBeforeTheNounItDatesButNotACount() {
    assertThat(values("The 1959 trade embargo holds. Some 2000 troops left.", LocalDate.of(2025, 3, 22)))
        .containsExactly("1959=1959");
  }

  @Test
  void readsAClockTimeWithItsWholeDate() {
    assertThat(values("The talks began at 3 p.m. on March 22, 2025. The server fell at 02/08/2012 4:49 PM.",
        LocalDate.of(2025, 3, 22))).containsExactly("3 p.m. on March 22, 2025=2025-03-22T15:00",
        "02/08/2012 4:49 PM=2012-02-08T16:49");
  }

  @Test
  void readsTheYearEndedAsTwelveMonthsAndTheYearAsTheAnchors() {
    assertThat(values("Net for the year ended March 31 rose. For the year, volume was flat.", LocalDate.of(1989, 11, 2)))
        .containsExactly("the year=P1Y", "March 31=1989-03-31", "the year=1989");
  }

  @Test
  void readsYearAgoAsTheQuarterInAQuarterlyReport() {
    assertThat(values("Profit rose in the third quarter. The year-ago results included a charge.",
        LocalDate.of(1989, 11, 2))).containsExactly("the third quarter=1989-Q3", "year-ago=1988-Q3");
    assertThat(values("The year-ago figures were revised.", LocalDate.of(1989, 11, 2))).containsExactly("year-ago=1988");
  }

  @Test
  void keepsAClockTimeWhoseAbbreviationEndedASentence() {
    assertThat(values("He was kidnapped at 10 p.m. Wednesday, police said.", LocalDate.of(1998, 2, 13)))
        .containsExactly("10 p.m. Wednesday=1998-02-11T22:00");
  }

  @Test
  void readsTheTenseNearTheExpressionNotAtTheFarEndOfALongClause() {
    assertThat(values("The announcement Friday of a big loss for the third quarter showed that the company is moving"
        + " even faster than analysts had expected to take write-offs", LocalDate.of(1989, 10, 30)))
        .containsExactly("Friday=1989-10-27", "the third quarter=1989-Q3");
  }

  @Test
  void anchorsThatYearOnTheLastDateNamed() {
    assertThat(values("He was made a general on May 22, 1995, and the following year he was appointed attache."
        + " He returned in June 1998 and left later that year.", LocalDate.of(2000, 1, 28)))
        .containsExactly("May 22, 1995=1995-05-22", "the following year=1996", "June 1998=1998-06", "later that year=1998");
  }

  @Test
  void readsReportedWouldAsLookingAhead() {
    assertThat(values("The lawyer announced the father would be traveling to Washington Thursday.", LocalDate.of(2000, 4, 5)))
        .containsExactly("Thursday=2000-04-06");
    assertThat(values("The lawyer announced the father would have traveled to Washington Thursday.",
        LocalDate.of(2000, 4, 5))).containsExactly("Thursday=2000-03-30");
  }

  @Test
  void placesTheWeekendByTheTense() {
    assertThat(values("Talks broke down over the weekend, officials said.", LocalDate.of(1990, 8, 13)))
        .containsExactly("the weekend=1990-W32-WE");
    assertThat(values("Talks will resume over the weekend.", LocalDate.of(1990, 8, 15)))
        .containsExactly("the weekend=1990-W33-WE");
  }

  /**
   * The words around a weekday choose the week: a speech verb just before it is the past ("said
   * Friday that he would …"), a sentence told in the past places a weekday with no verb of its own,
   * schedules and "is to", "as soon as" look ahead; "earlier that day" is the day last named, "by
   * year's end" the end of the anchor's year, a bare "that day" no time of its own, "in the near term"
   * the future, "a second term" an ordinal and "60 Minutes" a title; a month opening a sentence
   * ("In January, …") takes the tense of the verb after it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "He said Friday that he would seek a new provider.|1999-02-06|Friday=1999-02-05",
      "On Sunday, police and FBI agents said they had made discoveries.|1998-09-11|Sunday=1998-09-06",
      "The attorney has scheduled a news conference Thursday.|1999-05-05|Thursday=1999-05-06",
      "The stock is to resume trading in Paris Tuesday.|1989-10-27|Tuesday=1989-10-31",
      "The group is ready to leave as soon as Tuesday, Castro said.|2000-04-03|Tuesday=2000-04-04",
      "He was killed on Oct. 23, 1999. Earlier that day, police were warned.|1999-10-24|Oct. 23, 1999=1999-10-23;Earlier that day=1999-10-23",
      "The debt will be paid by year's end.|1989-11-02|year's end=1989",
      "Trades made that day lost money.|1989-11-02|",
      "Sales will grow in the near term, and he will decide at a later date.|1989-11-02|the near term=FUTURE_REF;a later date=FUTURE_REF",
      "He won a second term and appeared on 60 Minutes for a second.|1989-11-02|a second=PT1S",
      "The carrier, which has been on patrol since March, is due back.|1990-08-13|March=1990-03",
      "The carrier has been on patrol since October.|1990-08-13|October=1989-10",
      // "ago" after a vague count is some time back, after an approximate one that many units back
      "The mill closed a few years ago and several months ago it was sold.|2004-06-10|a few years ago=PAST_REF;several months ago=PAST_REF",
      "The bridge opened nearly three weeks ago.|2004-06-10|nearly three weeks ago=2004-W21",
      "The board met a month or so ago.|2004-06-10|a month or so ago=2004-05",
      // a month of every year; "will one day" is the future, not a day long; a payment date is ahead
      "The fair opens each July and every March.|2004-06-10|each July=XXXX-07;every March=XXXX-03",
      "She hopes the town will one day have a school.|2004-06-10|one day=FUTURE_REF",
      "The strike lasted one day.|2004-06-10|one day=P1D",
      "The company cut its dividend, which is payable Jan. 5.|2004-11-10|Jan. 5=2005-01-05",
      // an effective date is the nearest one, ahead or behind, whatever the announcement's tense
      "The bank created a new office, effective Feb. 1.|1989-10-26|Feb. 1=1990-02-01",
      "The bank created a new office, effective Oct. 1.|1989-10-26|Oct. 1=1989-10-01",
      // TIMEX3 writes centuries "C" and decades with three digits; "in his sixties" is an age
      "The church stood for centuries, two centuries at least.|2004-06-10|centuries=PXC;two centuries=P2C",
      "Prices rose in the 1990s and in the late seventies, when he was in his sixties.|2004-06-10|the 1990s=199;the late seventies=197",
      // an evening keeps its part of the day on its weekday, a night or a morning does not
      "Talks ended Wednesday evening and resumed Friday night.|2000-03-31|Wednesday evening=2000-03-29TEV;Friday night=2000-03-31",
      // "three days later" is a duration and the signal "later"
      "Three days later, the bid was raised.|1989-11-02|Three days=P3D",
      // "supposed to", "is expected in" look ahead; the participles tell no past
      "The talks are supposed to conclude by May.|1998-03-22|May=1998-05",
      "The closing, which is expected in December, was delayed.|1989-11-02|December=1989-12",
      // a fronted adverbial takes the tense of the verb of the clause it opens
      "In January, American Medical brought in a new chief.|1989-10-27|January=1989-01",
      "In September, it announced plans to acquire a unit.|1989-10-30|September=1989-09",
      // a march with a name is no month; a decade after "his" is an age
      "They joined the March for Life and the March of the Mothers in March.|1999-01-22|March=1999-03",
      "Protesters gathered in March on Capitol Hill.|1999-05-22|March=1999-03",
      "He married when he was in his 30s, in the 1980s.|1999-05-06|the 1980s=198",
      // "today's youth" and "the people of tomorrow" are ages, no days; "today's session" is the day
      "Today's youth and the people of tomorrow met at today's session.|1999-05-06|today=1999-05-06",
      "This is VOA Today. For Poland, high noon comes today.|1999-03-12|today=1999-03-12",
      "The talks ended, officials said Tuesday. Today they resume.|1999-03-12|Tuesday=1999-03-09;Today=1999-03-12",
      "Today, the talks resume at noon.|1999-03-12|Today=1999-03-12;noon=1999-03-12T12:00",
      "Stocks fell Friday, down 4% from the previous Friday.|1989-10-30|Friday=1989-10-27;the previous Friday=1989-10-20"})
  void readsAnExpressionByTheWordsAroundIt(String text, String published, String expected) {
    assertThat(values(text, LocalDate.parse(published)))
        .containsExactly(expected == null ? new String[0] : expected.split(";"));
  }
}
