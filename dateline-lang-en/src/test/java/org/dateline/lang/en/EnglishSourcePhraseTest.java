package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The phrase that says who speaks or claims, through the whole English pipeline. */
class EnglishSourcePhraseTest {

  private static English english;

  @BeforeAll
  static void load() throws IOException {
    english = English.load();
  }

  /** Each paragraph of {@code text} (separated by a blank line) a block. */
  private static Document analyze(String text) {
    return EnglishParagraphs.analyze(english, text, LocalDate.of(2016, 9, 30));
  }

  private static List<String> quotes(Document doc) {
    return doc.quotes().stream().map(q -> doc.text(q.span()) + " <- " + q.sourcePhrase().map(doc::text).orElse("-"))
        .toList();
  }

  private static List<String> claims(Document doc) {
    return doc.claims().stream().map(c -> doc.text(c.span()) + " <- " + c.sourcePhrase().map(doc::text).orElse("-"))
        .toList();
  }

  @Test
  void aPronounSpeakerIsTheQuotesSourcePhrase() {
    Document doc = analyze("Hillary Clinton spoke in Ohio. “We will win this state,” she said.");
    assertThat(quotes(doc)).containsExactly("We will win this state, <- she");
    Quote q = doc.quotes().get(0);
    assertThat(q.speaker()).isPresent(); // still resolved to the person named before
  }

  @Test
  void aDescriptionSpeaksWhenNoNameDoes() {
    assertThat(quotes(analyze("“The plan is dead,” a senior official said on Monday.")))
        .containsExactly("The plan is dead, <- a senior official");
    assertThat(quotes(analyze("“The plan is dead,” said a spokesman for the campaign.")))
        .containsExactly("The plan is dead, <- a spokesman for the campaign");
  }

  @Test
  void aNameWithItsAppositionIsOnePhrase() {
    assertThat(quotes(analyze("“It is over for them,” Jane Roe, a spokeswoman for the ministry, said.")))
        .containsExactly("It is over for them, <- Jane Roe, a spokeswoman for the ministry,");
  }

  @Test
  void aBracketAfterTheNameAndADayAfterTheCueAreNoSpeaker() {
    assertThat(quotes(analyze("“It is a dog whistle to all of us,” Rep. Gwen Moore (D-Wis.) said Friday.")))
        .containsExactly("It is a dog whistle to all of us, <- Rep. Gwen Moore (D-Wis.)");
  }

  @Test
  void theCueMayStandInTheShortSentenceAfterAQuestion() {
    Document doc = analyze("“How many times do we have to see this?” Clinton said. “It is unbearable.”");
    assertThat(quotes(doc)).containsExactly("How many times do we have to see this? <- Clinton",
        "It is unbearable. <- Clinton");
  }

  @Test
  void aClaimNeedsNoEntityWhenItsSubjectSaysWho() {
    assertThat(claims(analyze("The campaign says the ad will air nationally.")))
        .containsExactly("the ad will air nationally. <- The campaign");
    assertThat(claims(analyze("In a statement, officials said that the bridge had been closed.")))
        .containsExactly("the bridge had been closed. <- officials");
    assertThat(claims(analyze("The economy grew by two percent, according to the latest figures.")))
        .containsExactly("The economy grew by two percent <- the latest figures");
  }

  @Test
  void auxiliariesAndAdverbsStandBetweenTheSubjectAndItsCue() {
    assertThat(claims(analyze("Several cast members have repeatedly said that the host was rude.")))
        .containsExactly("the host was rude. <- Several cast members");
  }

  @Test
  void aRelativePronounIsTheSourceOfItsClause() {
    assertThat(claims(analyze("He hired a contractor, who said that he was never paid.")))
        .extracting(s -> s.substring(s.indexOf("<-"))).contains("<- who");
  }

  @Test
  void aParticipleHasNoSubjectPhraseOfItsOwnButTheMainVerbs() {
    // not "an hour": the subject of "spoke"
    assertThat(claims(analyze("The mayor spoke for an hour, saying the plan would fail.")))
        .containsExactly("the plan would fail. <- The mayor");
  }

  @Test
  void aTranscriptLabelAndASignatureGiveTheSpeaker() {
    Document doc = analyze("\"WALLACE: Will she be there?\n\n\"PENCE: She will not be attending the debate.");
    assertThat(quotes(doc)).containsExactly("Will she be there? <- WALLACE",
        "She will not be attending the debate. <- PENCE");
    assertThat(quotes(analyze("“He is ignorant of our culture and lives.” ― Pamela Padilla")))
        .containsExactly("He is ignorant of our culture and lives. <- Pamela Padilla");
  }

  @Test
  void aShortQuotedTitleInsideASentenceIsNoSpeechEvenWithItsPeriod() {
    assertThat(analyze("Clinton thinks this is an episode of “Shark Tank.” Voters disagree.").quotes()).isEmpty();
    assertThat(quotes(analyze("“Not now.” That was all he wrote."))).hasSize(1);
  }

  @Test
  void twoApostrophesQuoteAsOneMark() {
    assertThat(quotes(analyze("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.")))
        .containsExactly("This isn't tax reform, <- Douglas Holtz-Eakin");
  }

  @Test
  void claimsKeepTheirEntitySourcesBesideThePhrase() {
    Document doc = analyze("Vladimir Putin said that Russia would respond.");
    Claim c = doc.claims().get(0);
    assertThat(c.sources()).isNotEmpty();
    assertThat(c.sourcePhrase().map(doc::text)).contains("Vladimir Putin");
  }

  @Test
  void aQuoteAfterOneSaidByAPhraseContinuesIt() {
    Document doc = analyze("“This is a sad day,” said a spokesman for the caucus. “The vote was rigged from the start.”");
    assertThat(quotes(doc)).containsExactly("This is a sad day, <- a spokesman for the caucus",
        "The vote was rigged from the start. <- a spokesman for the caucus");
  }

  @Test
  void theCueMayComePastABracketAfterTheName() {
    Document doc = analyze("\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz (R-Utah) said after "
        + "the witness failed to appear.");
    assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.cue()).contains("said"));
  }

  @Test
  void aStanceMostlyInQuotationMarksIsLeftToTheQuotes() {
    Document doc = analyze("Trump called the “absolute disgrace” of a deal.");
    assertThat(claims(doc)).isEmpty();
  }

  @Test
  void moreVerbsOfSpeechAreCues() {
    assertThat(quotes(analyze("“Go back to Univision,” the candidate barked.")))
        .containsExactly("Go back to Univision, <- the candidate");
    assertThat(quotes(analyze("The senator groused: “They never treat me properly.”")))
        .containsExactly("They never treat me properly. <- The senator");
  }
}
