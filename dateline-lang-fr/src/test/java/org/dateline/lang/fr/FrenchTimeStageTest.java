package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.core.Span;
import org.dateline.core.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time expressions in context: anchoring, the reference day of a time of day, impossible dates, hostile text. */
class FrenchTimeStageTest {

  private static French french;

  @BeforeAll
  static void load() throws IOException {
    french = French.load();
  }

  private static Document analyze(String text, LocalDate published) {
    return french.pipeline().apply(Document.of("test", text)
        .withStructure(List.of(new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH)), Optional.empty())
        .withPublicationDate(Optional.ofNullable(published))
        .withLanguage(Language.given("fr")).withLayers(Set.of(Layer.STRUCTURE, Layer.LANGUAGE)));
  }

  private static List<String> values(Document doc) {
    return doc.times().stream().map(t -> doc.text(t.span()) + "=" + t.value().orElse("-")).toList();
  }

  @Test
  void anchorsOnThePublicationDateAndFollowsTheTense() {
    Document doc = analyze("Le ministre a parlé mardi. Il reviendra jeudi prochain, puis en juin.", LocalDate.of(2025, 3, 22));
    assertThat(values(doc)).containsExactly("mardi=2025-03-18", "jeudi prochain=2025-03-27", "juin=2025-06");
  }

  @Test
  void placesATimeOfDayOnTheLastDateMentioned() {
    Document doc = analyze("Le vote aura lieu samedi 29 mai. Rendez-vous est fixé samedi à 8 h devant la mairie.",
        LocalDate.of(1999, 5, 26));
    assertThat(values(doc)).containsExactly("samedi 29 mai=1999-05-29", "samedi=1999-05-29", "8 h=1999-05-29T08:00");
  }

  @Test
  void findsRelativeExpressionsWithoutAnAnchorButLeavesThemWithoutValue() {
    Document doc = analyze("Il est arrivé hier, le 22 mars 2025.", null);
    assertThat(values(doc)).containsExactly("hier=-", "22 mars 2025=2025-03-22");
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void givesImpossibleDatesNoValueAndADiagnostic() {
    Document doc = analyze("Le traité fut signé le 31 février 2025, ou le 45 mars, en l'an 99999.", LocalDate.of(2025, 3, 22));
    assertThat(values(doc)).containsExactly("31 février 2025=-", "45 mars=-", "l'an 99999=-");
    assertThat(doc.diagnostics()).extracting(d -> d.code()).containsExactly("TIME_UNRESOLVED", "TIME_UNRESOLVED",
        "TIME_UNRESOLVED");
    assertThat(doc.diagnostics().get(0).message()).contains("31").contains("2");
  }

  @Test
  void refusesAFiveDigitYearButNotACount() {
    Document doc = analyze("Le traité sera signé le 3 mars 99999. Le 4 mars, 2000 manifestants ont défilé.",
        LocalDate.of(2025, 3, 22));
    assertThat(values(doc)).containsExactly("3 mars 99999=-", "4 mars=2025-03-04");
    assertThat(doc.diagnostics()).extracting(d -> d.message()).containsExactly("year 99999 out of range");
  }

  @Test
  void readsAMonthStartingASentenceWithItsDirection() {
    assertThat(values(analyze("Juin dernier fut chaud. Mai Fatty a parlé.", LocalDate.of(2025, 3, 22))))
        .containsExactly("Juin dernier=2024-06");
  }

  @Test
  void typesWhatItFinds() {
    Document doc = analyze("Pendant plus de deux heures, chaque semaine, à 14h30.", LocalDate.of(2025, 3, 22));
    assertThat(doc.times()).extracting(TimeExpression::type).containsExactly(
        TimeExpression.Type.DURATION, TimeExpression.Type.SET, TimeExpression.Type.TIME);
    assertThat(doc.times().get(0).modifier()).contains(TimeExpression.Modifier.MORE_THAN);
  }

  @Test
  void finishesOnLongHostileText() {
    String hostile = "mardi dernier 14h 22/03/2025 l'automne dernier 10.000 à 12.000 il y a deux ans « ".repeat(3000);
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyze(hostile, LocalDate.of(2025, 3, 22)));
    assertThat(doc.times()).hasSizeGreaterThan(3000);
    assertThat(doc.quantities()).isNotEmpty();
  }

  @Test
  void readsShortYearsAfterEnOnlyWhenNothingIsCounted() {
    Document doc = analyze("Deux ruptures en 97 (en janvier), rien en 98, puis en 20 minutes tout était fini.",
        LocalDate.of(1999, 7, 29));
    assertThat(values(doc)).contains("97=1997", "98=1998").doesNotContain("20=2020");
  }

  @Test
  void keepsTheOrdinalSecondOutOfDurations() {
    Document doc = analyze("Il a reçu les Blazers une seconde fois, puis a attendu une seconde.", LocalDate.of(1999, 5, 20));
    assertThat(values(doc)).containsExactly("une seconde=PT1S");
  }

  @Test
  void anchorsTheSameTimeAndThatMomentOnWhatTheTextNamed() {
    Document doc = analyze("Le 22 février, vers 15 h 30, il n'y avait personne à ce moment-là.", LocalDate.of(2003, 2, 23));
    assertThat(values(doc)).contains("ce moment-là=2003-02-22");
    Document same = analyze("La hausse est de 10 points par rapport à juin 2001 à la même époque.", LocalDate.of(2002, 9, 1));
    assertThat(values(same)).contains("la même époque=2001-06");
  }

  @Test
  void countsAboutTenDaysButNoAge() {
    Document doc = analyze("Une femme d'une trentaine d'années est restée une dizaine de jours à l'hôpital.",
        LocalDate.of(2003, 2, 22));
    assertThat(values(doc)).containsExactly("une dizaine de jours=P10D");
  }

  @Test
  void readsAnAgeInAHeadline() {
    Document doc = analyze("Une Alsacienne de 6 ans se noie.", LocalDate.of(2003, 2, 21));
    assertThat(values(doc)).isEmpty();
  }

  /**
   * Expressions the French TimeBank's development split has few of: an hour in words after "à" is a
   * time of day (a distance, "à 2 heures de route", is not), quarters, counted "dernières années", the night
   * from one day to the next, the edge of a named month, sets of parts of days and of seasons, and "d'ici" before a time
   * (the TimeBank marks its "ici" as now, apart from the time it runs to); a short participle ("ai vu")
   * tells the past. Also a capital accented letter at the start of a sentence ("À présent"), "il y a"
   * before an approximate count (no age), decades in words, a day named by its hyphenated date, hours
   * in words after "à", "au petit matin", "en pleine nuit", "le jour suivant", "dans la semaine" (this
   * one), "le trimestre dernier".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      L'alerte a été levée à 20 heures.|2017-02-23|20 heures=2017-02-23T20:00
      Il est arrivé vers 9 heures 45.|2017-02-10|vers 9 heures 45=2017-02-10T09:45
      Le train est parti à 8 heures du soir.|2017-02-10|8 heures du soir=2017-02-10T20:00
      Le village est à 2 heures de route.|2017-02-10|2 heures=PT2H
      Il a attendu 15 heures.|2017-02-10|15 heures=PT15H
      L'emploi a ralenti au troisième trimestre.|2017-11-15|troisième trimestre=2017-Q3
      Le premier trimestre 2003 a été bon.|2003-05-12|Le premier trimestre 2003=2003-Q1
      La CFDT a gagné des voix pendant ces quatre dernières années.|2017-04-01|ces quatre dernières années=P4Y
      La hausse est de 0,1 % sur les douze derniers mois.|2017-04-01|les douze derniers mois=P12M
      Il embauchera au cours des cinq prochaines années.|2017-02-01|cinq prochaines années=P5Y
      Les 48 heures à venir seront décisives.|2017-02-01|Les 48 heures à venir=PT48H
      Il est décédé dans la nuit de jeudi à vendredi.|2017-03-10|la nuit de jeudi à vendredi=2017-03-09TNI
      La nuit du 4 août 1789 est célèbre.|2003-03-12|La nuit du 4 août 1789=1789-08-04TNI
      Il partira à la fin du mois de mai.|2003-03-12|fin du mois de mai=2003-05
      Il y a près de deux ans, il est parti.|2003-03-12|Il y a près de deux ans=2001
      Il espère beaucoup en ce début d'année.|2003-03-12|ce début d'année=2003
      En soirée, le ministre a parlé.|2003-03-12|En soirée=2003-03-12TEV
      Il va mieux ces derniers temps.|2003-03-12|ces derniers temps=PAST_REF
      Ces jours-ci, il fait froid.|2003-03-12|Ces jours-ci=PRESENT_REF
      Il écrit quotidiennement.|2003-03-12|quotidiennement=P1D
      Chaque matin, il court.|2003-03-12|Chaque matin=XXXX-XX-XXTMO
      Chaque été, il part.|2003-03-12|Chaque été=XXXX-SU
      Il vote tous les deux ans.|2003-03-12|tous les deux ans=P2Y
      Bagdad exporte du brut à hauteur de 5 milliards de dollars par semestre.|1999-05-27|semestre=P6M
      Les chiffres seront affinés d'ici la fin de l'année.|1999-07-07|ici=1999-07-07;la fin de l'année=1999
      Il veut atteindre 3.000 milliards d'ici à dix ans.|1999-08-07|ici=1999-08-07;dix ans=P10Y
      Il est parti loin d'ici.|1999-08-07|
      Le surlendemain, il est mort.|2003-03-12|Le surlendemain=2003-03-14
      Voilà deux ans, il est parti.|2003-03-12|Voilà deux ans=2001
      Il verra au cours des prochaines semaines.|2003-03-12|des prochaines semaines=PXW
      Il partira dans les jours qui viennent.|2003-03-12|les jours qui viennent=PXD
      Le projet durera deux ans et demi.|2003-03-12|deux ans et demi=P2Y6M
      Je n'en ai vu que trois samedi en forme.|1999-09-15|samedi=1999-09-11
      Il a plu au cours du week-end.|2003-03-12|week-end=2003-W10-WE
      Il partira dans la journée.|2003-03-12|dans la journée=2003-03-12TDT
      La journée de mobilisation a réuni du monde.|2003-03-12|
      Le porte-avions patrouille depuis mai.|2003-03-12|mai=2002-05
      À présent, il vit seul. À l'heure actuelle, il travaille.|2003-03-12|À présent=PRESENT_REF;À l'heure actuelle=PRESENT_REF
      Dorénavant, il viendra seul.|2003-03-12|Dorénavant=PRESENT_REF
      Il y a une dizaine d'années, le quartier était désert.|2003-03-12|Il y a une dizaine d'années=1993
      Il a une trentaine d'années.|2003-03-12|
      Les années quatre-vingt et les années soixante-dix furent dures.|2003-03-12|Les années quatre-vingt=198X;les années soixante-dix=197X
      Il défilera le 14-Juillet.|2003-03-12|14-Juillet=2003-07-14
      Il est arrivé à trois heures du matin.|2003-03-12|trois heures du matin=2003-03-12T03:00
      Il est parti au petit matin et revenu en pleine nuit.|2003-03-12|au petit matin=2003-03-12TMO;en pleine nuit=2003-03-12TNI
      Le jour suivant, il signera dans la semaine.|2003-03-12|Le jour suivant=2003-03-13;dans la semaine=2003-W11
      Les ventes ont baissé le trimestre dernier, il reviendra dans le mois de mai.|2003-03-12|le trimestre dernier=2002-Q4;le mois de mai=2003-05
      """)
  void readsHoursQuartersPeriodsNightsAndSets(String text, String published, String expected) {
    assertThat(values(analyze(text, LocalDate.parse(published))))
        .containsExactly(expected == null ? new String[0] : expected.split(";"));
  }

  /**
   * Phrases of running news that the TimeBank's guide covers and its development split lacks: "au soir"
   * after a date or a weekday is part of that day (one expression, like "11h du matin"); "le même soir",
   * "le même mois" are those of the date last named; the first units of a span are counted like the last
   * ones; "de nombreuses années" is a vague duration; "à l'époque" and "de l'époque" ending a phrase are
   * the past, but an era by name ("l'époque soviétique") and "l'époque des faits" are not; "nouvellement"
   * is the recent past; "deux fois par semaine" is one set. A season of sport is not a time. "11h du
   * matin", "7 h du soir" are one clock time each; the guide's "2002.07.03" is a date; "samedi 15 et
   * dimanche 16 mai" dates its first day by the month after it. "du mois précédent", "au trimestre
   * précédent" and "au soir du 17 janvier" leave their preposition out; "à ce jour" is the article's day.
   * "au moins 18h" and "un arrêt de six heures" are lengths of time ("de" makes a clock time only in a range,
   * "de 9 heures à 17 heures"); "d'été" after a noun is any summer, and the Olympic Games name no season.
   * "la nuit du 28 au 29 mars" is the night of the first day after it; "Automne Pavia" is a name. "à 21
   * ans" is an age, unless a sentence or a term is counted, a range ends or a comparison is made.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le Monde a publié sa tribune le 13 octobre au soir.|2016-10-20|13 octobre au soir=2016-10-13TEV
      Ce mardi au matin, la police est intervenue.|2017-02-16|Ce mardi au matin=2017-02-14TMO
      Le 3 mai, un rassemblement a eu lieu à Paris, et le même soir à Lyon.|2016-05-10|3 mai=2016-05-03;le même soir=2016-05-03TEV
      Le chômage a baissé en mars 2016, et le même mois les naissances ont chuté.|2016-05-10|mars 2016=2016-03;le même mois=2016-03
      Les naissances ont baissé sur les neuf premiers mois.|2016-11-10|les neuf premiers mois=P9M
      Nancy a marqué dans les dix premières minutes.|2016-11-10|les dix premières minutes=PT10M
      Le chantier a été calme les premières semaines.|2016-11-10|les premières semaines=PXW
      Il a défendu la gastronomie pendant de nombreuses années.|2016-11-10|de nombreuses années=PXY
      Il était ministre de la culture de l'époque.|2016-11-10|l'époque=PAST_REF
      À l'époque, il vivait à Metz.|2016-11-10|l'époque=PAST_REF
      Il était un dirigeant de l'époque soviétique.|2016-11-10|
      Il travaillait à l'époque des faits.|2016-11-10|
      Deux acteurs nouvellement créés arrivent.|2016-11-10|nouvellement=PAST_REF
      Le bus passe deux fois par semaine.|2016-11-10|deux fois par semaine=P1W
      Le club a perdu la saison dernière.|2016-11-10|
      La réunion a eu lieu vendredi 11 juillet 2008 à 11h du matin.|2008-07-20|vendredi 11 juillet 2008=2008-07-11;11h du matin=2008-07-11T11:00
      Il est rentré à 7 h du soir.|2008-07-20|7 h du soir=2008-07-20T19:00
      La note du 2002.07.03 est claire.|2003-03-12|2002.07.03=2002-07-03
      La fête aura lieu samedi 15 et dimanche 16 mai.|2003-03-12|samedi 15=2003-05-15;dimanche 16 mai=2003-05-16
      Le chômage a baissé, à l'instar du mois précédent.|2017-01-20|mois précédent=2016-12
      Le prix a baissé par rapport au trimestre précédent.|2017-01-20|trimestre précédent=2016-Q4
      Jusqu'à ce jour, six jeunes sont partis.|2017-01-20|ce jour=2017-01-20
      Au soir du mardi 17 janvier, un homme a attaqué.|2017-01-20|soir du mardi 17 janvier=2017-01-17TEV
      Les mushers doivent se reposer au moins 18h, avec un arrêt de six heures.|2016-01-20|18h=PT18H;six heures=PT6H
      Le magasin ouvre de 9 heures à 17 heures.|2016-01-20|9 heures=2016-01-20T09:00;17 heures=2016-01-20T17:00
      Le trafic reviendra à la normale à partir de 20 heures.|2016-01-20|20 heures=2016-01-20T20:00
      Pendant les mois d'été, la plage est pleine; il part l'été prochain.|2016-01-20|d'été=XXXX-SU;l'été prochain=2016-SU
      Les Jeux olympiques de la jeunesse d'hiver ouvrent à Lillehammer.|2016-01-20|
      Il est mort dans la nuit du 28 au 29 mars 2016.|2016-03-30|dans la nuit=2016-03-28TNI;28=2016-03-28;29 mars 2016=2016-03-29
      La Française Automne Pavia a perdu en quart de finale.|2016-08-09|
      Les semaines dernières, cent personnes sont mortes.|2018-04-12|Les semaines dernières=PXW
      Ces espèces seraient menacées dans les décennies à venir.|2018-04-12|les décennies à venir=PXDE
      Il a remporté le titre à 21 ans, et il est mort à 90 ans.|2018-04-12|
      Il a été condamné à deux ans de prison, puis à 2 ans.|2018-04-12|deux ans=P2Y;2 ans=P2Y
      Il faut passer de deux ans à un an, soit 5 ans comparativement à 20 ans.|2018-04-12|deux ans=P2Y;un an=P1Y;5 ans=P5Y;20 ans=P20Y
      """)
  void readsPartsOfNamedDaysSameUnitsFirstUnitsAndThePast(String text, String published, String expected) {
    assertThat(values(analyze(text, LocalDate.parse(published))))
        .containsExactly(expected == null ? new String[0] : expected.split(";"));
  }

  /**
   * The extents of the French TimeBank's annotation guide (section 2.2): a modifier whose meaning is a
   * TIMEX3 mod is in the extent ("pas moins d'une heure", "plus d'une heure"), the preposition is not
   * ("pendant la journée"); a time specified by "de" is one expression ("le matin du 20 juin", "la
   * soirée de mardi", "la dernière semaine d'août"); "certains jours" is a set; millennia are written
   * with one digit, and decades, centuries and millennia are counted in years ("deux décennies" P20Y);
   * "cette période" is an expression; "des heures scolaires" is no length of time; "un quart d'heure",
   * "au début du siècle"; "ce soir-là", "cette année-là" are those of the date last named; a clock time
   * followed by its day ("à 11 h, le 3 janvier 2005", "vers 15 h 30, hier") is one expression; a bare
   * month is in the year its sentence just named; "ont rendez-vous" is no compound past; "pendant 48 h",
   * "3 h 30 de route" are lengths of time, "de 10 h à 12 h" times of day; "toute l'année" is one whole
   * year, "toute la nuit" the night; a weekday with the article and no date ("le mercredi", "les samedis",
   * "les deuxième et quatrième jeudis du mois") is a habit, a set; feasts of the calendar take the article
   * ("la Saint-Nicolas", not the place "Saint-Nicolas-de-Port"); "la soirée dansante" is a party; a clock
   * time keeps its fraction ("deux heures moins dix" 01:50, "trois heures et demie de l'après-midi" 15:30);
   * "l'année en cours" is this one, "l'année écoulée" the last; "au lendemain de" marks "lendemain".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La cérémonie a duré pas moins d'une heure.|2009-06-22|pas moins d'une heure=PT1H
      Elle a duré plus d'une heure, près d'une heure.|2009-06-22|plus d'une heure=PT1H;près d'une heure=PT1H
      Il a plu pendant la journée.|2009-06-22|la journée=2009-06-22TDT
      Il a plu toute la journée.|2009-06-22|toute la journée=2009-06-22TDT
      Il est arrivé le matin du 20 juin.|2009-06-22|le matin du 20 juin=2009-06-20TMO
      Il a parlé dans la soirée de mardi.|2009-06-25|la soirée de mardi=2009-06-23TEV
      Il est parti la dernière semaine d'août.|2009-09-22|la dernière semaine d'août=2009-08
      Le marché a lieu certains jours et certains mardis.|2009-06-22|certains jours=P1D;certains mardis=XXXX-WXX-2
      Le troisième millénaire commence.|2009-06-22|Le troisième millénaire=2
      Le chantier a duré deux décennies, deux siècles, deux millénaires.|2009-06-22|deux décennies=P20Y;deux siècles=P200Y;deux millénaires=P2000Y
      Durant cette période, il a lu.|2009-06-22|cette période=2009-06
      Il propose des activités en dehors des heures scolaires.|2009-06-22|
      Il a attendu des heures.|2009-06-22|des heures=PTXH
      Il a attendu un quart d'heure, puis trois quarts d'heure.|2009-06-22|un quart d'heure=PT15M;trois quarts d'heure=PT45M
      Au début du siècle, la ville était petite.|1999-05-20|début du siècle=19XX
      Il a été blessé vers 15 h 30, hier, sur la route.|2003-02-23|vers 15 h 30, hier=2003-02-22T15:30
      La réunion aura lieu à 11 h, le 3 janvier 2005. Le 3 janvier à 11 h, rien.|2003-02-23|11 h, le 3 janvier 2005=2005-01-03T11:00;3 janvier=2003-01-03;11 h=2003-01-03T11:00
      Vers 0 h 40, jeudi, deux voitures se suivaient.|2003-02-22|Vers 0 h 40=2003-02-22T00:40;jeudi=2003-02-20
      Deux ruptures en 1997 (en janvier rue Saint-Dizier, en octobre rue de Metz).|1999-07-29|1997=1997;janvier=1997-01;octobre=1997-10
      Les coureurs ont rendez-vous dimanche matin à Val-et-Châtillon.|2002-05-11|dimanche matin=2002-05-12TMO
      Il a tenu pendant 48 h et roulé 3 h 30 de route. Le spectacle dure 1 h 30.|1999-05-20|48 h=PT48H;3 h 30=PT3H30M;1 h 30=PT1H30M
      La mairie est ouverte de 10 h à 12 h.|1999-05-20|10 h=1999-05-20T10:00;12 h=1999-05-20T12:00
      Le musée est ouvert toute l'année et il a plu toute la nuit.|1999-08-06|toute l'année=P1Y;toute la nuit=1999-08-06TNI
      Le musée ouvre uniquement le mercredi, le marché les samedis.|1999-07-24|le mercredi=XXXX-WXX-3;les samedis=XXXX-WXX-6
      La permanence se tient les deuxième et quatrième jeudis du mois.|2002-09-10|les deuxième et quatrième jeudis du mois=XXXX-WXX-4
      Le service a lieu le mardi à 16 h 20.|2017-03-24|mardi=2017-03-21;16 h 20=2017-03-21T16:20
      Il viendra le mercredi 3 mai et le mardi suivant. Il a parlé le jeudi où elle est partie.|1999-07-24|mercredi 3 mai=2000-05-03;mardi suivant=1999-07-27;jeudi=1999-07-22
      Le défilé de la Saint-Nicolas passe à Saint-Nicolas-de-Port, devant la basilique Saint-Nicolas.|1999-11-20|la Saint-Nicolas=1999-12-06
      Pour la fête des Mères et l'Assomption, il offre des fleurs.|1999-05-20|la fête des Mères=1999-05-30;l'Assomption=1999-08-15
      Il part la deuxième quinzaine de juillet.|1999-05-20|la deuxième quinzaine de juillet=1999-07
      Cette soirée, qui sera animée par un orchestre, suit la soirée dansante. Ce soir, il pleut.|1999-07-18|Ce soir=1999-07-18TEV
      Il est arrivé à deux heures moins dix et reparti à 8 heures et demie.|1999-05-20|deux heures moins dix=1999-05-20T01:50;8 heures et demie=1999-05-20T08:30
      La cérémonie commence à trois heures et demie de l'après-midi.|1999-05-20|trois heures et demie de l'après-midi=1999-05-20T15:30
      Le chiffre de l'année en cours dépasse celui de l'année écoulée et des douze mois écoulés.|1999-05-20|l'année en cours=1999;l'année écoulée=1998;douze mois=P12M
      Au lendemain de l'élection, il a démissionné.|1999-05-20|lendemain=1999-05-21
      Le 3 mai 1998, il pleuvait. Ce soir-là, il est sorti. Cette année-là, il a gagné.|1999-05-20|3 mai 1998=1998-05-03;Ce soir-là=1998-05-03TEV;Cette année-là=1998
      """)
  void followsTheExtentsOfTheAnnotationGuide(String text, String published, String expected) {
    assertThat(values(analyze(text, LocalDate.parse(published))))
        .containsExactly(expected == null ? new String[0] : expected.split(";"));
  }
}
