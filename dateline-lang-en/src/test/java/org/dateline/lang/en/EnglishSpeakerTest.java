package org.dateline.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who speaks when the text says it with a pronoun, a description or nothing, through the whole English pipeline. */
class EnglishSpeakerTest {

  private static English english;

  @BeforeAll
  static void load() throws IOException {
    english = English.load();
  }

  /** Paragraphs separated by blank lines. */
  private static Document analyze(String text) {
    return EnglishParagraphs.analyze(english, text, java.time.LocalDate.of(2019, 1, 15));
  }

  private static Optional<String> name(Document doc, Optional<String> id) {
    return id.flatMap(i -> doc.entities().stream().filter(e -> e.id().equals(i)).map(Entity::name).findFirst());
  }

  private static List<String> quoteSpeakers(Document doc) {
    return doc.quotes().stream().map(q -> name(doc, q.speaker()).orElse("-")).toList();
  }

  private static List<String> claimSources(Document doc) {
    return doc.claims().stream().filter(c -> c.kind() == Claim.Kind.SPEECH)
        .map(c -> name(doc, c.sources().stream().findFirst()).orElse("-")).toList();
  }

  @Test
  void aGivenNameAndTheCapitalisedWordsAfterItAreAPersonAndTheSurnameAloneIsThemToo() {
    Document doc = analyze("Roy Graf protested on the highway with a hundred trucks. Later Graf drove home.");
    assertThat(doc.entities()).filteredOn(e -> e.name().equals("Roy Graf")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    // a word the article writes in lower case is no given name; an institution's name is no person
    assertThat(namesAndTypes("Will Young will speak at Maria Hall University."))
        .containsExactly("Maria Hall University/ORGANIZATION");
  }

  @Test
  void aCommonGivenNameOfTheNameListMakesAPersonButNotInAPhotosCredit() {
    assertThat(quoteSpeakers(analyze("Peter Brandt met Lucille Fenwick at the rally. “We will win this,” she said.")))
        .containsExactly("Lucille Fenwick");
    assertThat(namesAndTypes("The shelter opened in May. (Lucille Fenwick/CBC)"))
        .doesNotContain("Lucille Fenwick/PERSON");
    // after an article a given name opens a thing's name: "the Diamond Resorts"
    assertThat(namesAndTypes("The players stayed at the Diamond Resorts in May.")).doesNotContain("Diamond Resorts/PERSON");
    // a name both sexes bear makes a person too, "her statement" hers
    assertThat(quoteSpeakers(analyze("Jody Marlowe resigned on Monday. “I am proud of my work,” her statement said.")))
        .containsExactly("Jody Marlowe");
  }

  @Test
  void aWordTheArticleWritesInLowerCaseOrAfterAPossessiveIsNoName() {
    // a headline's "Man charged", where the article speaks of "the man"
    assertThat(namesAndTypes("Man charged in crash\n\nThe man was charged on Monday.")).isEmpty();
    // "her English" is the language, not Bill English of the people index
    assertThat(namesAndTypes("Anna Berg practises her English every day.")).containsExactly("Anna Berg/PERSON");
  }

  @Test
  void anInstitutionOfThePeopleIndexIsNoPersonNorIsItsLastWordASurname() {
    // the index's actors include "White House": "the House" names no one
    assertThat(namesAndTypes("Peter Brandt spoke in the House on Monday."))
        .containsExactly("Peter Brandt/PERSON");
  }

  @Test
  void aSurnameAloneIsThePersonTheArticleNamesInFullNotTheKnowledgeBasesGuess() {
    Document doc = analyze("Dorie Greenspan has written many books. Later, Greenspan met Julia Child.");
    assertThat(doc.entities()).extracting(Entity::name).containsExactly("Dorie Greenspan", "Julia Child");
    assertThat(doc.entities().get(0).mentions()).hasSize(2);
  }

  @Test
  void aGivenNameTheGazetteerTookForAPlaceIsAPersonBeforeASurname() {
    Document doc = analyze("Victoria Stewart said the plan failed. Victoria signed a treaty.");
    assertThat(claimSources(doc)).containsExactly("Victoria Stewart");
    assertThat(doc.entities()).extracting(Entity::name).contains("Victoria");
  }

  @Test
  void aNameAnAppositionDescribesAsAPersonIsAPerson() {
    Document doc = analyze("Shanaaz Gokool, president of the charity, is hopeful. “It will pass,” she said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Shanaaz Gokool");
    // a noun before a name describes it too
    assertThat(analyze("Toronto retiree Doug Purdy lost weight.").entities()).extracting(Entity::name).contains("Doug Purdy");
    // an organisation's apposition names no person noun; one capitalised word opening a sentence is no name
    assertThat(analyze("Dixon Hall, a social services agency, runs the program.").entities()).isEmpty();
    assertThat(analyze("Meanwhile, a spokesman declined to comment.").entities()).isEmpty();
  }

  @Test
  void afterACommaTheNameAfterTheCueSpeaksAndACapitalisedCueIsATitlesWord() {
    assertThat(analyze("Somehow, the family will find a way, adds Abir Basha.").entities()).extracting(Entity::name)
        .containsExactly("Abir Basha");
    assertThat(analyze("Article Continued Below").entities()).isEmpty();
    // an organisation's name before a cue is an organisation's, a surname like "Hall" a person's
    assertThat(analyze("The Fairview Health Authority says the wait is long.").entities())
        .extracting(e -> e.type().name()).containsExactly("ORGANIZATION");
    assertThat(analyze("Kate Hall says the wait is long.").entities())
        .extracting(e -> e.type().name()).containsExactly("PERSON");
  }

  @Test
  void anAgedDescriptionAfterAQuoteIsThePersonNamedJustBefore() {
    Document doc = analyze("Roy Graf opened a comic shop in March. “We print anything,” says the 39-year-old founder of "
        + "the press.");
    assertThat(quoteSpeakers(doc)).containsExactly("Roy Graf");
  }

  @Test
  void heIsTheSubjectOfTheNearestSentenceNamingSomeone() {
    Document doc = analyze("Roy Graf met Peter Brandt in the morning. “It went well,” he said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Roy Graf");
  }

  @Test
  void heIsRatherThePersonWhoSpeaksInThatSentence() {
    Document doc = analyze("Asked what he would tell Mayor Peter Brandt, Roy Graf says he is tired.\n\n"
        + "“We are people,” he said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Roy Graf");
  }

  @Test
  void heIsNoOneNamedInASentenceHeAlreadyLeads() {
    Document doc = analyze("Roy Graf runs the dairy in the valley.\n\nHe said the farm, like one run by his friend "
        + "Peter Brandt, was struggling. “They brought a lot of jobs,” he said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Roy Graf");
  }

  @Test
  void aPronounRightBeforeTheCueIsTheSubjectNotTheNameBeforeIt() {
    Document doc = analyze("Peter Brandt has lived in a tent since May.\n\n"
        + "Asked what he would tell Mayor Roy Graf, he said: “Just listen to us.”");
    assertThat(quoteSpeakers(doc)).containsExactly("Peter Brandt");
  }

  @Test
  void sheIsNoOneTheArticleCallsMrOrAHusband() {
    Document doc = analyze("Laura Stone came with her husband, Paul Stone. Later, Mr. Peter Brandt arrived. "
        + "“We waited for hours,” she said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Laura Stone");
    // and "Anna Berg said she …" tells that Anna Berg is a woman
    Document told = analyze("Peter Brandt came late. Anna Berg said she was tired. “It is over,” he said.");
    assertThat(quoteSpeakers(told)).containsExactly("Peter Brandt");
  }

  @Test
  void aGivenNameOneSexBearsTellsWhomSheIsWhenTheArticleDoesNot() {
    Document doc = analyze("Peter Brandt met Anna Berg at the school board. “We need more room,” she said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Anna Berg");
    // what the article says wins over the name: "Mr. Evelyn Carver"
    Document told = analyze("Mr. Evelyn Carver met Anna Berg at the school board. “We need more room,” he said.");
    assertThat(quoteSpeakers(told)).containsExactly("Evelyn Carver");
  }

  @Test
  void aPronounBeforeAClosingCueIsThePersonItStandsFor() {
    Document doc = analyze("Maria Lopez spoke in Ottawa on Monday. The plan failed, she said.");
    assertThat(claimSources(doc)).containsExactly("Maria Lopez");
  }

  @Test
  void aPersonInTheSubjectSpeaksRatherThanTheCountryBeforeThem() {
    Document doc = analyze("U.S. Secretary of State Mike Pompeo said the talks would go on.");
    assertThat(claimSources(doc)).containsExactly("Mike Pompeo");
    Document apposition = analyze("Peter Brandt, a mechanic based in Kansas City, Mo., said the cold takes a toll.");
    assertThat(claimSources(apposition)).containsExactly("Peter Brandt");
  }

  @Test
  void aQuoteWithNoCueAfterReportedSpeechIsItsSourcesAndOneAfterAColonIsTheIntroducedPersons() {
    Document doc = analyze("Peter Brandt said the cold takes a toll on the trains.\n\n“Things break that normally don't.”");
    assertThat(quoteSpeakers(doc)).containsExactly("Peter Brandt");
    Document colon = analyze("Roy Graf, the doctor on the coast, is more blunt: “We are failing them.”");
    assertThat(quoteSpeakers(colon)).containsExactly("Roy Graf");
  }

  @Test
  void aQuoteTakenAsContinuingTheOneBeforeGoesToTheSpeechReportedSince() {
    Document doc = analyze("“We lost,” Roy Graf said.\n\nMaria Lopez said the plan failed.\n\n“It is over.”");
    assertThat(quoteSpeakers(doc)).containsExactly("Roy Graf", "Maria Lopez");
  }

  @Test
  void theMayorIsThePersonNamedWithThatRoleAndTheAgencyTheOrganisationNamedLast() {
    Document doc = analyze("Mayor Peter Brandt opened the rink on Monday. “We will build more,” the mayor said.");
    assertThat(quoteSpeakers(doc)).containsExactly("Peter Brandt");
    Document agency = analyze("The United Nations sent food to the region. “More is coming,” the agency said.");
    assertThat(quoteSpeakers(agency)).containsExactly("United Nations");
  }

  /** Each entity as "name/TYPE". */
  private static List<String> namesAndTypes(String text) {
    return analyze(text).entities().stream().map(e -> e.name() + "/" + e.type().name()).toList();
  }

  @Test
  void namesJoinedByAnAmpersandOrACoinedWordAreAFirmThatTheCompanyFinds() {
    assertThat(quoteSpeakers(analyze("On Monday, shares of Harlow & Finch rose 4 per cent. "
        + "“Our sales grew in every region,” the company said."))).containsExactly("Harlow & Finch");
    assertThat(quoteSpeakers(analyze("The bus operator BayLink cut two routes in March. "
        + "“The routes were nearly empty,” the agency said."))).containsExactly("BayLink");
    // a family name with a particle is no brand, and a tag is no name
    assertThat(namesAndTypes("Fred MacTavish and Anna VanBuren met at the rink. #GoodTimes"))
        .doesNotContain("MacTavish/ORGANIZATION", "VanBuren/ORGANIZATION", "GoodTimes/ORGANIZATION");
  }

  @Test
  void capitalisedWordsBetweenAnArticleAndADocumentNameItsAuthor() {
    Document doc = analyze("The Clear Harbour study was released on Monday. The study said rents rose 9 per cent last year.");
    assertThat(namesAndTypes("The Clear Harbour study was released on Monday.")).containsExactly("Clear Harbour/ORGANIZATION");
    assertThat(claimSources(doc)).containsExactly("Clear Harbour");
    // one word may be a person's report: "the Mueller report"
    assertThat(namesAndTypes("The Brandle report was released on Monday.")).doesNotContain("Brandle/ORGANIZATION");
  }

  @Test
  void aDescriptionWithModifiersSplitByACommaIsThePersonJustNamed() {
    assertThat(quoteSpeakers(analyze("Nadia Rusk has run the battery lab since 2015. "
        + "“Cells are getting cheaper every year,” the tall, soft-spoken engineer said."))).containsExactly("Nadia Rusk");
  }

  @Test
  void aCueJoinedByAndAfterAPartialQuoteSharesTheSubjectOfTheCueBefore() {
    assertThat(quoteSpeakers(analyze("Harbour commissioner Ada Quill said “the bridge will open in spring,” and added "
        + "that tolls would stay low."))).containsExactly("Ada Quill");
  }

  @Test
  void aMonthAfterAGivenNameIsAFamilyNameUnlessADayFollows() {
    assertThat(namesAndTypes("Councillor Nora April said the vote would go ahead.")).contains("Nora April/PERSON");
    assertThat(namesAndTypes("The rally with Nora May 4 tickets sold out.")).doesNotContain("Nora May/PERSON");
  }

  @Test
  void aQuoteWithNoCueNorSpeechBeforeItIsThePersonTheNarrationBeforeItOpensOn() {
    assertThat(quoteSpeakers(analyze("Lena Ortiz, a nurse at the clinic, described for visitors how the night shift works."
        + "\n\n“We never know who will come through the door.”"))).containsExactly("Lena Ortiz");
    // two people opening the sentence are no one speaker
    assertThat(quoteSpeakers(analyze("Lena Ortiz and Sam Hale ran the clinic for ten years."
        + "\n\n“We never know who will come through the door.”"))).containsExactly("-");
  }

  @Test
  void aGivenNameThatNamesAPlaceIsAPersonSetOffByCommasAndAloneAfterwards() {
    String text = "The goalie of the team, Chad Ellery, and his father met the coach.\n\n“He is a great coach,” Chad said.";
    assertThat(quoteSpeakers(analyze(text))).containsExactly("Chad Ellery");
    // with no reporting verb after it the word is still the place
    assertThat(namesAndTypes(text + " Ellery later flew to Chad.")).contains("Chad/LOCATION");
    // and without the commas, no person is guessed
    assertThat(namesAndTypes("Chad Ellery met the coach.")).doesNotContain("Chad Ellery/PERSON");
  }

  @Test
  void oneCapitalisedPluralAfterTheIsATeamOrAPartyThatTheTeamFinds() {
    assertThat(quoteSpeakers(analyze("Fans cheered as the Harriers won the final on Sunday. "
        + "“We played as one,” the team said."))).containsExactly("Harriers");
    // a people and a singular on "-s" are no team
    assertThat(namesAndTypes("Schools close for the Christmas break, the Canadians said."))
        .doesNotContain("Christmas/ORGANIZATION", "Canadians/ORGANIZATION");
  }

  @Test
  void theFirstWordOfAFullNameAloneIsThatPerson() {
    assertThat(quoteSpeakers(analyze("Foreign ministry spokeswoman Tarn Velko said on Monday that talks would resume. "
        + "“We want calm,” Tarn said."))).containsExactly("Tarn Velko");
    // not when two people of the article begin with it
    assertThat(quoteSpeakers(analyze("Tarn Velko said the talks failed. Tarn Oduya said they would resume. "
        + "“We want calm,” Tarn said."))).containsExactly("Tarn");
    // but when the article names one of them more often, the word alone is that one
    assertThat(quoteSpeakers(analyze("Tarn Velko said the talks failed. Tarn Oduya said they would resume. "
        + "Tarn Velko told reporters the hall was closed. “We want calm,” Tarn said."))).containsExactly("Tarn Velko");
  }

  @Test
  void anAcronymBeforeACueIsAnOrganisationNamedAsTheArticleSpellsItOut() {
    assertThat(claimSources(analyze("Export Development Canada (EDC) insures investors. EDC said the claim was paid.")))
        .containsExactly("Export Development Canada");
    assertThat(namesAndTypes("Lake Fenwood Water Authority sent a letter. LFWA said the pipes were safe."))
        .contains("Lake Fenwood Water Authority/ORGANIZATION");
    // a name opening on an acronym is an organisation's, a title in capitals is no organisation
    assertThat(namesAndTypes("NB Power said the storm was over.")).containsExactly("NB Power/ORGANIZATION");
    assertThat(namesAndTypes("MP Walter Dunn said the storm was over.")).containsExactly("Walter Dunn/PERSON");
  }

  @Test
  void capitalisedWordsEndingOnAnOrganisationsHeadOrWithItsComplementAreAnOrganisation() {
    assertThat(namesAndTypes("Trains of the Northern Lakes Railway run late in winter."))
        .containsExactly("Northern Lakes Railway/ORGANIZATION");
    // the place inside the name gives way to it; "on" joins no name ("Council on Nov. 5")
    assertThat(namesAndTypes("He wrote to the Appeal Board of Canada about it."))
        .containsExactly("Appeal Board of Canada/ORGANIZATION");
    assertThat(namesAndTypes("The Harbour Council on Nov. 5 voted for it."))
        .containsExactly("Harbour Council/ORGANIZATION");
    // a place the gazetteer knows by the whole name stays a place
    assertThat(namesAndTypes("Troops entered the West Bank city of Nablus.")).contains("West Bank/LOCATION");
    // and "the agency" finds it
    assertThat(quoteSpeakers(analyze("Fares of the Lakeshore Transit Authority rose in May. "
        + "“Costs went up,” the agency said."))).containsExactly("Lakeshore Transit Authority");
  }

  @Test
  void theyAsSourceIsTheGroupWhoseSpeechWasReportedJustBefore() {
    Document doc = analyze("Several dairy farmers said the new rules had failed. They say milk prices could rise soon.");
    assertThat(doc.claims()).extracting(c -> c.sourcePhrase().map(doc::text).orElse("-"))
        .containsExactly("Several dairy farmers", "Several dairy farmers");
    // one person is no group "they" stands for
    Document one = analyze("The mayor said the new rules had failed. They say milk prices could rise soon.");
    assertThat(one.claims()).extracting(c -> c.sourcePhrase().map(one::text).orElse("-"))
        .containsExactly("The mayor", "They");
  }

  @Test
  void aDocumentAsSourceIsItsAuthor() {
    // the author named when the document was first mentioned
    assertThat(quoteSpeakers(analyze("The Dairy Farmers Association said in a statement that prices would rise. "
        + "“Feed costs doubled,” the statement said."))).containsExactly("Dairy Farmers Association");
    assertThat(quoteSpeakers(analyze("The Northern Lakes Railway published a white paper on winter. "
        + "“Cold is a challenge,” the white paper says."))).containsExactly("Northern Lakes Railway");
    // the organisation whose name holds the words before the noun, and "her statement" a woman's
    assertThat(claimSources(analyze("The Appeal Board of Canada met in May. The appeal board decision said he may go.")))
        .containsExactly("Appeal Board of Canada");
    assertThat(quoteSpeakers(analyze("Anna Berg resigned after Peter Brandt spoke. “I am proud of my work,” her statement said.")))
        .containsExactly("Anna Berg");
  }

  @Test
  void anOrganisationFoundByOneWordTakesTheFullerNameTheArticleWrites() {
    assertThat(namesAndTypes("Norvex said in its annual report that sales fell. Shares of Norvex Energy Inc. rose."))
        .containsExactly("Norvex Energy Inc./ORGANIZATION");
  }

  @Test
  void anAcronymTheArticleSpellsOutIsThatOrganisationAnywhere() {
    Document doc = analyze("The Northern Lakes Water Commission met in May. Later NLWC staff left the building.");
    assertThat(doc.entities()).filteredOn(e -> e.name().equals("Northern Lakes Water Commission")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
  }

  @Test
  void aPersonAfterAnOrganisationsPossessiveSpeaks() {
    assertThat(quoteSpeakers(analyze("“Roads just sound like a good thing,” said the NLWC’s Tavi Orsk.")))
        .containsExactly("Tavi Orsk");
  }

  @Test
  void aNameWhoseSpeechSaysItsIsAnOrganisationAndItAsSourceIsTheOrganisationNamedLast() {
    String text = "Norvex said in its annual report that sales fell. “We expect a better year,” it said.";
    assertThat(namesAndTypes(text)).contains("Norvex/ORGANIZATION");
    assertThat(quoteSpeakers(analyze(text))).containsExactly("Norvex");
  }

  @Test
  void anIndefiniteDescriptionIsThePersonNamedRightAfter() {
    Document doc = analyze("A Lakeside hockey coach says he is overwhelmed by the video his team made. "
        + "Roy Graf said the video is the nicest gift he ever got.");
    assertThat(claimSources(doc)).containsExactly("Roy Graf", "Roy Graf");
  }

  @Test
  void aDescriptionWithAModifierIsThePersonJustNamedWhenNoOneHasThatRole() {
    String opening = "Roy Graf opened a comic shop in March. “We sell local work,” says ";
    assertThat(quoteSpeakers(analyze(opening + "the affable proprietor."))).containsExactly("Roy Graf");
    // a bare role nobody was named with stays unresolved
    assertThat(quoteSpeakers(analyze(opening + "the proprietor."))).containsExactly("-");
  }

  @Test
  void anAgeBeforeANameMakesItAPerson() {
    assertThat(claimSources(analyze("For three months, 13-year-old Tavi Orsk hid in a cabin. Tavi told police she heard "
        + "sirens."))).containsExactly("Tavi Orsk");
  }

  @Test
  void aSubjectPronounIsThePersonOfItsGenderNotThePersonNamedLast() {
    Document doc = analyze("Peter Brandt drove north. Anna Berg said she was cold. He told police he saw nothing.");
    assertThat(claimSources(doc)).containsExactly("Anna Berg", "Peter Brandt");
  }

  @Test
  void aSentenceAfterAQuestionMayOpenOnItsSpeakerAndCue() {
    String opening = "Anna Berg joined the players on the first tee. ";
    assertThat(quoteSpeakers(analyze(opening + "“Are there prizes?” Berg asked before going off in the last group.")))
        .containsExactly("Anna Berg");
    // a sentence of its own after a statement is not the quote's cue (the narration before opens on no
    // one, who would speak it: aQuoteWithNoCueNorSpeechBeforeItIsThePersonTheNarrationBeforeItOpensOn)
    assertThat(quoteSpeakers(analyze("The players joined Anna Berg on the first tee. “There are prizes for all.” "
        + "While some critics say prizes are silly, the players love them."))).containsExactly("-");
  }

  @Test
  void aTermInQuotesSomeoneCalledSomethingIsTheirQuote() {
    assertThat(quoteSpeakers(analyze("Peter Brandt called the allegation “false” on Thursday."))).containsExactly("Peter Brandt");
    assertThat(quoteSpeakers(analyze("Anna Berg calls it a “scaffold” for the dancers."))).containsExactly("Anna Berg");
    // a term no one is said to call so stays a term
    assertThat(analyze("The new “war room” opened on Monday in Ottawa.").quotes()).isEmpty();
  }

  @Test
  void theDashAfterANewsDatelineOpensNoSpeech() {
    assertThat(analyze("LAKE TAVERN, Ont. – Anna Berg is set for her tenth start at the open this week.").quotes()).isEmpty();
  }

  @Test
  void remarkingAndEchoingAreSpeech() {
    assertThat(quoteSpeakers(analyze("Roy Graf wrote a book. “I never put these together,” he remarks.")))
        .containsExactly("Roy Graf");
    assertThat(quoteSpeakers(analyze("Roy Graf spoke first. “Confidence is attractive,” echoes Anna Berg.")))
        .containsExactly("Anna Berg");
  }

  @Test
  void aBeliefOrAFindingIsAStanceNotSpeech() {
    Document doc = analyze("Peter Brandt believes the bridge will close in May.");
    assertThat(claimSources(doc)).isEmpty();
    assertThat(doc.claims()).extracting(Claim::kind).containsExactly(Claim.Kind.STANCE);
    Document found = analyze("The Lakeside survey found most residents were against the bridge.");
    assertThat(found.claims()).extracting(Claim::kind).containsOnly(Claim.Kind.STANCE);
    assertThat(claimSources(analyze("Peter Brandt says the bridge will close in May."))).containsExactly("Peter Brandt");
  }

  @Test
  void blurtingAndCommentingAreSpeech() {
    assertThat(quoteSpeakers(analyze("“You are short,” Roy Graf blurted out."))).containsExactly("Roy Graf");
    assertThat(quoteSpeakers(analyze("As Anna Berg commented: “It never comes in on time.”"))).containsExactly("Anna Berg");
  }

  @Test
  void emptyAndRandomTextAndTheTurkishLocaleAreNoTrouble() {
    assertThat(analyze("").quotes()).isEmpty();
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 20; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        b.append("Aa “”\",.:Ms he she said Graf\n".charAt(random.nextInt(29)));
      }
      analyze(b.toString());
    }
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(quoteSpeakers(analyze("Roy Graf met Peter Brandt in the morning. “It went well,” he said.")))
          .containsExactly("Roy Graf");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
