package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** Where English indirect speech starts and ends, through the whole English pipeline. */
class EnglishReportedClauseTest {

  private static English english;

  @BeforeAll
  static void load() throws IOException {
    english = English.load();
  }

  private static List<String> claims(String text) {
    Document doc = english.pipeline().apply(Document.of("test", text)
        .withStructure(List.of(new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withLanguage(Language.given("en")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE)));
    return doc.claims().stream()
        .map(c -> doc.text(c.span()) + " <- " + c.sourcePhrase().map(doc::text).orElse("-")).toList();
  }

  @Test
  void aReportingWordAfterAnArticleOrToIsNoFiniteVerbAndReportsNothing() {
    assertThat(claims("That is a claim the harbour board never accepted.")).isEmpty();
    assertThat(claims("To say the ferry is late again would be unkind.")).isEmpty();
    assertThat(claims("The harbour board says the ferry is late again."))
        .containsExactly("the ferry is late again. <- The harbour board");
  }

  @Test
  void aNameMayOpenAClauseWithoutThat() {
    assertThat(claims("Donald Trump says Hillary Clinton is lying about the trade deal."))
        .containsExactly("Hillary Clinton is lying about the trade deal. <- Donald Trump");
  }

  @Test
  void aVerbThatTakesObjectsTooReportsAClauseOnlyWhenItsVerbComesSoon() {
    // an object: a quantity, or a noun phrase with no verb close by
    assertThat(claims("The Lakeside index added 0.4 per cent to 5,835.20 while the bond market was flat.")).isEmpty();
    assertThat(claims("Peter Brandt and Roy Graf each added a goal and an assist as the Rams won the final.")).isEmpty();
    assertThat(claims("The Rams responded a couple of minutes later when Roy Graf scored his first goal.")).isEmpty();
    // a clause
    assertThat(claims("Peter Brandt added the bridge would close in May."))
        .containsExactly("the bridge would close in May. <- Peter Brandt");
    // "said" takes a clause that opens on a number
    assertThat(claims("Peter Brandt said 112 cars is long for a freight train."))
        .containsExactly("112 cars is long for a freight train. <- Peter Brandt");
  }

  @Test
  void confirmingMaintainingExplainingAndAllegingReportAClauseWithoutThat() {
    assertThat(claims("City staff confirmed there are no plans to close the rink.")).contains(
        "there are no plans to close the rink. <- City staff");
    assertThat(claims("Officials explain they will have to gut the old building first.")).containsExactly(
        "they will have to gut the old building first. <- Officials");
    assertThat(claims("Anna Berg maintains she has always been a home cook.")).containsExactly(
        "she has always been a home cook. <- Anna Berg");
    assertThat(claims("Peter Brandt alleges he was pushed by the guards.")).containsExactly(
        "he was pushed by the guards. <- Peter Brandt");
  }

  @Test
  void rightAfterAQuoteTheCueIsFollowedByItsSourceNotAClause() {
    assertThat(claims("“We respect the rule of law,” said a statement released by the mayor's office.")).isEmpty();
  }

  @Test
  void whomTheSpeakerToldIsNoClause() {
    assertThat(claims("“We will fight this,” Anna Berg told CBC Radio host Roy Graf.")).isEmpty();
    assertThat(claims("Anna Berg told reporters the plant will close in May."))
        .containsExactly("the plant will close in May. <- Anna Berg");
  }

  @Test
  void anEnglishAndBeforeTheArticleAGoesOnWithTheClause() {
    // "a" is a French auxiliary ("et a menacé"), not after "and"
    assertThat(claims("Peter Brandt said the closure came as a shock and a disappointment to the town."))
        .containsExactly("the closure came as a shock and a disappointment to the town. <- Peter Brandt");
  }

  @Test
  void aThatPastButIsAnotherVerbsClause() {
    assertThat(claims("Officials have reported little progress on the talks but are hopeful that a deal will come."))
        .doesNotContain("a deal will come. <- Officials");
  }

  @Test
  void aThatInsideAClauseOrAfterAPrepositionOpensNone() {
    assertThat(claims("Peter Brandt said he is sure the party has learned from that mistake."))
        .containsExactly("he is sure the party has learned from that mistake. <- Peter Brandt");
    assertThat(claims("Anna Berg says the system is built for that to happen.")).containsExactly(
        "the system is built for that to happen. <- Anna Berg");
  }

  @Test
  void whatGoesOnAfterAnInciseWithAConjunctionIsReportedApart() {
    assertThat(claims("The pills have a few uses, Peter Brandt says, and are meant to be taken only briefly."))
        .containsExactly("The pills have a few uses <- Peter Brandt", "and are meant to be taken only briefly. <- Peter Brandt");
    // without a conjunction the incise stays inside one report
    assertThat(claims("Too often, Peter Brandt says, the patients get the pills.")).hasSize(1);
  }

  @Test
  void whatASpeakerCallsSomethingIsReported() {
    assertThat(claims("Peter Brandt describes himself as the most careful driver in town."))
        .containsExactly("the most careful driver in town. <- Peter Brandt");
    assertThat(claims("Anna Berg calls it a rookie mistake.")).containsExactly("a rookie mistake. <- Anna Berg");
    // "called her brother" names nothing: "her" is his possessive
    assertThat(claims("Anna Berg called her brother on Monday.")).doesNotContain("brother on Monday. <- Anna Berg");
  }

  @Test
  void whatASpeakerToldSomeoneToDoIsReported() {
    assertThat(claims("Peter Brandt urged all residents of the valley to conserve water."))
        .containsExactly("to conserve water. <- Peter Brandt");
    // a clause before the infinitive is what was said; a passive verb reports no one's words
    assertThat(claims("Anna Berg told police that her dog began to bark."))
        .containsExactly("her dog began to bark. <- Anna Berg");
    assertThat(claims("Anna Berg was asked to speak at the rally.")).isEmpty();
  }

  @Test
  void aCueAfterADeterminerIsANoun() {
    assertThat(claims("His comments come days after Peter Brandt told reporters that the bridge would close."))
        .containsExactly("the bridge would close. <- Peter Brandt");
  }

  @Test
  void aLinkToAnotherStoryReportsNoSpeech() {
    assertThat(claims("READ MORE: Peter Brandt says the bridge will close in May")).isEmpty();
    assertThat(claims("Peter Brandt says the bridge will close in May.")).hasSize(1);
  }

  @Test
  void aSecondReportOfTheSameSpeakerIsAClaimOfItsOwn() {
    assertThat(claims("The bridge will close in May, Peter Brandt said, adding that a ferry would run."))
        .containsExactly("The bridge will close in May <- Peter Brandt", "a ferry would run. <- Peter Brandt");
    assertThat(claims("Peter Brandt said the bridge will close in May, but added that a ferry would run."))
        .contains("the bridge will close in May <- Peter Brandt");
    // a participle with no comma before it is no second report
    assertThat(claims("Peter Brandt said he was tired of people adding taxes to fuel."))
        .containsExactly("he was tired of people adding taxes to fuel. <- Peter Brandt");
  }

  @Test
  void aPronounMayOpenTheClausePastAShortAdjunct() {
    assertThat(claims("Peter Brandt said in his New Year's speech he was ready to meet them."))
        .containsExactly("he was ready to meet them. <- Peter Brandt");
    // a pronoun right after the preposition is the adjunct's own, the next one opens the clause
    assertThat(claims("Peter Brandt said in it they were wrong.")).containsExactly("they were wrong. <- Peter Brandt");
  }

  @Test
  void aQuantityMayOpenTheClause() {
    assertThat(claims("Prosecutors say more charges could come later."))
        .containsExactly("more charges could come later. <- Prosecutors");
    assertThat(claims("The principal says about 550 students attend the school."))
        .containsExactly("about 550 students attend the school. <- The principal");
    assertThat(claims("The senator said more about it on Friday.")).isEmpty();
  }

  @Test
  void aTimeOrAPrepositionAfterTheVerbOpensNoClause() {
    assertThat(claims("The senator said Friday.")).isEmpty();
    assertThat(claims("The senator said in an interview.")).isEmpty();
  }

  @Test
  void aDayAfterTheVerbMayComeBeforeItsClauseAndANumberMayOpenIt() {
    assertThat(claims("Peter Brandt said Thursday one of the suggestions could save money."))
        .containsExactly("one of the suggestions could save money. <- Peter Brandt");
    // the day that is the clause's own stays in it
    assertThat(claims("The group said Tuesday's remarks raise serious questions."))
        .containsExactly("Tuesday's remarks raise serious questions. <- The group");
    assertThat(claims("A veteran engineer said 112 cars is large for a train."))
        .containsExactly("112 cars is large for a train. <- A veteran engineer");
  }

  @Test
  void thatMayComePastAShortAdjunct() {
    assertThat(claims("The campaign said in a statement that the ad would air nationally."))
        .containsExactly("the ad would air nationally. <- The campaign");
  }

  @Test
  void anInciseReportsTheWholeSentence() {
    assertThat(claims("The museum, Mr. Bush said, celebrated several of his heroes."))
        .containsExactly("The museum, Mr. Bush said, celebrated several of his heroes. <- Mr. Bush");
  }

  @Test
  void findingsAndQuestionsAreReportedToo() {
    assertThat(claims("A Quinnipiac University poll found that most voters wanted the returns released."))
        .containsExactly("most voters wanted the returns released. <- A Quinnipiac University poll",
            "the returns released <- most voters"); // a stance inside the finding is an attribution of its own
  }

  @Test
  void aParticipleOrALongLowerCaseRunIsNoSubject() {
    assertThat(claims("The bill passed, including a provision critics said could exclude single mothers.")).isEmpty();
    assertThat(claims("please read the two guides i wrote and say what you think of them now.")).isEmpty();
  }

  @Test
  void theObjectOfAVerbOfStanceIsReported() {
    assertThat(claims("Sen. Bernie Sanders criticized the global climate accord, which passed on Saturday."))
        .containsExactly("the global climate accord <- Sen. Bernie Sanders");
    assertThat(claims("The governor has called for a ban on assault weapons."))
        .containsExactly("a ban on assault weapons <- The governor");
    assertThat(claims("Most Republican voters want all immigrants in the country illegally to be deported."))
        .containsExactly("all immigrants in the country illegally to be deported <- Most Republican voters");
  }

  @Test
  void aPassiveOrANounIsNoVerbOfStance() {
    assertThat(claims("The accord was criticized by several senators.")).isEmpty();
    assertThat(claims("The plans were drawn up in secret.")).isEmpty();
    assertThat(claims("The terror attacks shocked the city.")).isEmpty();
  }

  @Test
  void aCommaClosingTheSubjectsAppositionIsNoInvertedCue() {
    assertThat(claims("Sanders, who has already sent fundraising pleas on his behalf, said he also may campaign for him."))
        .containsExactly("he also may campaign for him. <- Sanders, who has already sent fundraising pleas on his behalf,");
    assertThat(claims("The vote was rigged from the start, said a spokesman for the campaign."))
        .containsExactly("The vote was rigged from the start <- a spokesman for the campaign");
  }

  @Test
  void aQuestionIsReportedFromItsOpeningWord() {
    assertThat(claims("A reporter asked the governor whether he would run again."))
        .containsExactly("whether he would run again. <- A reporter");
    assertThat(claims("He explained how he expanded his father’s business into Manhattan."))
        .containsExactly("how he expanded his father’s business into Manhattan. <- He");
  }

  @Test
  void thatMayComePastALongerAdjunctAndAQuantifierMayOpenTheClause() {
    assertThat(claims("Mukasey told delegates at the Republican National Convention that the server was a risk."))
        .containsExactly("the server was a risk. <- Mukasey");
    assertThat(claims("Obama says some constraints on freedom are necessary."))
        .containsExactly("some constraints on freedom are necessary. <- Obama");
  }

  @Test
  void aHeadlinesLabelIsItsSource() {
    assertThat(claims("Lindsey Graham: Trump’s Rhetoric Destroying GOP’s Chance to Win."))
        .containsExactly("Trump’s Rhetoric Destroying GOP’s Chance to Win <- Lindsey Graham");
  }

  @Test
  void aParticipleAfterACommaSharesTheSubjectOfTheMainVerb() {
    assertThat(claims("Texas Sen. Ted Cruz attacked the law on Monday, saying a state ban is hurting the economy."))
        .contains("a state ban is hurting the economy. <- Texas Sen. Ted Cruz");
  }

  @Test
  void aNameBeforeALongAppositionIsTheSubject() {
    assertThat(claims("But Murshed Zaheed, acting political director of the group, which organized the letter, said "
        + "Clinton’s response to Trump was undercut by her campaign’s ties to Clark."))
        .containsExactly("Clinton’s response to Trump was undercut by her campaign’s ties to Clark. <- Murshed Zaheed, "
            + "acting political director of the group, which organized the letter");
  }

  @Test
  void anAppositionInsideTheSentenceOrBeforeAShortClauseIsTheSubjects() {
    assertThat(claims("Talks went on, and Brian Deese, the climate adviser, said he was preparing models."))
        .containsExactly("he was preparing models. <- Brian Deese, the climate adviser,");
    assertThat(claims("Mr. Coffman, who represents a swing district, said Mr. Trump had disrespected troops."))
        .containsExactly("Mr. Trump had disrespected troops. <- Mr. Coffman, who represents a swing district,");
  }

  @Test
  void aLongerSourceMayCloseTheSentence() {
    assertThat(claims("Cameron will work with whoever is elected, the prime minister’s spokesman said."))
        .containsExactly("Cameron will work with whoever is elected <- the prime minister’s spokesman");
  }

  @Test
  void howThingsSeemIsReportedWithNoSource() {
    assertThat(claims("After the vote, the senator seemed to relish the fight."))
        .containsExactly("the senator seemed to relish the fight <- -");
    assertThat(claims("The bill is expected to pass on Friday.")).containsExactly("The bill is expected to pass on Friday <- -");
    assertThat(claims("The company appeared in court.")).isEmpty();
  }

  @Test
  void whatASourceDeclinesToDoIsReported() {
    assertThat(claims("The senator declined to say whether the letter was appropriate."))
        .containsExactly("say whether the letter was appropriate <- The senator");
  }
}
