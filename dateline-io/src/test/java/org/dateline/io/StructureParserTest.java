package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.dateline.core.Block;
import org.dateline.core.Block.Kind;
import org.dateline.core.Dateline;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Place;
import org.junit.jupiter.api.Test;

class StructureParserTest {

  private final StructureParser parser = new StructureParser();

  private StructureParser.Structure parse(String text) {
    return parser.parse(text, Optional.empty());
  }

  /** The blocks as (kind, covered text) pairs, the readable way to compare a layout. */
  private static List<Tuple> layout(String text, StructureParser.Structure structure) {
    return structure.blocks().stream().map(b -> tuple(b.kind(), b.span().of(text))).toList();
  }

  @Test
  void datelineAndHeadlineOnTheFirstLineThenLeadParagraphsAndHeadings() {
    String text = """
        (Lyon, Marseille, 14 février 2025). La SNCF annonce un plan de rénovation des lignes régionales du Sud-Est
        La compagnie ferroviaire a présenté jeudi un programme de travaux sur dix ans. Les élus saluent une «avancée», mais les syndicats restent prudents.
        Selon la direction, les premiers chantiers commenceront dès l’été sur la ligne des Alpes.
        Un calendrier serré
        Les travaux devraient durer trois ans sur chaque tronçon. Les usagers emprunteront des cars de substitution.
        Des financements encore incertains
        L’État et les régions doivent encore s’accorder sur la part de chacun. «Nous attendons des garanties», a déclaré un élu.
        """;

    StructureParser.Structure structure = parse(text);

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.DATELINE, "(Lyon, Marseille, 14 février 2025)."),
        tuple(Kind.HEADLINE, "La SNCF annonce un plan de rénovation des lignes régionales du Sud-Est"),
        tuple(Kind.PARAGRAPH, "La compagnie ferroviaire a présenté jeudi un programme de travaux sur dix ans. "
            + "Les élus saluent une «avancée», mais les syndicats restent prudents."),
        tuple(Kind.PARAGRAPH, "Selon la direction, les premiers chantiers commenceront dès l’été sur la ligne des Alpes."),
        tuple(Kind.SECTION_HEADING, "Un calendrier serré"),
        tuple(Kind.PARAGRAPH, "Les travaux devraient durer trois ans sur chaque tronçon. "
            + "Les usagers emprunteront des cars de substitution."),
        tuple(Kind.SECTION_HEADING, "Des financements encore incertains"),
        tuple(Kind.PARAGRAPH, "L’État et les régions doivent encore s’accorder sur la part de chacun. "
            + "«Nous attendons des garanties», a déclaré un élu."));
    Dateline dateline = structure.dateline().orElseThrow();
    assertThat(dateline.places()).extracting(Place::name).containsExactly("Lyon", "Marseille");
    assertThat(dateline.date()).contains(LocalDate.of(2025, 2, 14));
    assertThat(structure.problems()).isEmpty();
  }

  @Test
  void findsADatelineOnItsOwnLineAfterAStandfirst() {
    String text = """
        France : le Conseil d'Etat juge illégale la sélection en master

        Le Conseil d'Etat estime que la sélection en master n'a aucun fondement légal.

        11 février 2016 . –
        Le Conseil d'Etat a décidé qu'une sélection ne peut être mise en place.
        """;

    StructureParser.Structure structure = parse(text);

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.HEADLINE, "France : le Conseil d'Etat juge illégale la sélection en master"),
        tuple(Kind.PARAGRAPH, "Le Conseil d'Etat estime que la sélection en master n'a aucun fondement légal."),
        tuple(Kind.DATELINE, "11 février 2016 . –"),
        tuple(Kind.PARAGRAPH, "Le Conseil d'Etat a décidé qu'une sélection ne peut être mise en place."));
    assertThat(structure.dateline().orElseThrow().date()).contains(LocalDate.of(2016, 2, 11));
  }

  @Test
  void findsADatelineThatADashEndsBeforeTheTextOnItsLine() {
    String text = """
        Le nombre total d'éditions dans les projets Wikimedia atteint 3 milliards

        Cet article mentionne la Fondation Wikimedia.

        17 janvier 2017 . – Alors que les projets ont atteint un milliard d'éditions en 2010, le cap est franchi.
        """;

    StructureParser.Structure structure = parse(text);

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.HEADLINE, "Le nombre total d'éditions dans les projets Wikimedia atteint 3 milliards"),
        tuple(Kind.PARAGRAPH, "Cet article mentionne la Fondation Wikimedia."),
        tuple(Kind.DATELINE, "17 janvier 2017 . –"),
        tuple(Kind.PARAGRAPH, "Alors que les projets ont atteint un milliard d'éditions en 2010, le cap est franchi."));
  }

  /** A date starting a sentence further down is no dateline: nothing but a dash may end one there. */
  @Test
  void takesNoSentenceThatStartsWithADateForADateline() {
    String text = """
        Le Sénat adopte la réforme

        Le texte a été voté dans la nuit.

        22 mars 2025 restera une date dans l'histoire du Sénat.
        """;

    assertThat(parse(text).dateline()).isEmpty();
  }

  @Test
  void readsTheDateThenThePlaceOfAWikinewsDateline() {
    String text = "Une campagne de Médecins du monde censurée\n\n14 juin 2016, France . –\nL'association n'a pas pu "
        + "placarder ses affiches.\n";

    Dateline dateline = parse(text).dateline().orElseThrow();

    assertThat(dateline.date()).contains(LocalDate.of(2016, 6, 14));
    assertThat(dateline.places()).extracting(Place::name).containsExactly("France");
  }

  @Test
  void stageSetsHeadlineSectionsAndDatelineOnTheDocument() {
    String text = "PARIS, 22 mars 2025 (AFP) - Le Sénat adopte la réforme des retraites\n"
        + "Le texte a été voté dans la nuit par une courte majorité.\n"
        + "Les réactions\n"
        + "L’opposition dénonce un passage en force.\n";

    Document doc = new StructureStage().apply(Document.of("t", text));

    assertThat(doc.headline()).contains("Le Sénat adopte la réforme des retraites");
    assertThat(doc.sections()).containsExactly("Les réactions");
    assertThat(doc.dateline()).map(d -> d.agency().orElseThrow()).contains("AFP");
    assertThat(doc.anchorDate()).contains(LocalDate.of(2025, 3, 22));
    assertThat(doc.diagnostics()).isEmpty();
  }

  @Test
  void stageNotesADatelineDateItCouldNotRead() {
    String text = "PARIS, 22 mars (AFP) - Le Sénat adopte la réforme\nLe texte a été voté dans la nuit.\n";

    Document withoutDate = new StructureStage().apply(Document.of("t", text));
    Document withDate = new StructureStage().apply(
        Document.of("t", text).withPublicationDate(Optional.of(LocalDate.of(2025, 3, 23))));

    assertThat(withoutDate.diagnostics()).extracting(Diagnostic::code).containsExactly("DATELINE_DATE");
    assertThat(withoutDate.diagnostics().get(0).span()).isEqualTo(withoutDate.dateline().orElseThrow().span());
    assertThat(withDate.diagnostics()).isEmpty();
    assertThat(withDate.dateline().orElseThrow().date()).contains(LocalDate.of(2025, 3, 22));
  }

  @Test
  void winerLayoutHeadlineThenDatelineOnItsOwnLine() {
    String text = "Grève : les contrôleurs aériens suspendent leur mouvement\n\n25 janvier 2016 . –\n"
        + "Les contrôleurs aériens ont annoncé lundi la suspension de leur grève.\n"
        + "Le trafic devrait reprendre normalement mardi, selon la direction.\n";

    StructureParser.Structure structure = parse(text);

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.HEADLINE, "Grève : les contrôleurs aériens suspendent leur mouvement"),
        tuple(Kind.DATELINE, "25 janvier 2016 . –"),
        tuple(Kind.PARAGRAPH, "Les contrôleurs aériens ont annoncé lundi la suspension de leur grève."),
        tuple(Kind.PARAGRAPH, "Le trafic devrait reprendre normalement mardi, selon la direction."));
    assertThat(structure.dateline().orElseThrow().date()).contains(LocalDate.of(2016, 1, 25));
    assertThat(structure.dateline().orElseThrow().places()).isEmpty();
  }

  @Test
  void winerDatelineFollowedByTextOnTheSameLine() {
    String text = "Santé : la grippe progresse\n3 février 2016 . – L’épidémie gagne le nord du pays.\nLes hôpitaux sont saturés.";

    assertThat(layout(text, parse(text))).containsExactly(
        tuple(Kind.HEADLINE, "Santé : la grippe progresse"),
        tuple(Kind.DATELINE, "3 février 2016 . –"),
        tuple(Kind.PARAGRAPH, "L’épidémie gagne le nord du pays."),
        tuple(Kind.PARAGRAPH, "Les hôpitaux sont saturés."));
  }

  @Test
  void firstLineEndingWithAPeriodIsAParagraph() {
    String text = "Le gouvernement a présenté son budget mardi.\nLes députés en débattront la semaine prochaine.\n";

    StructureParser.Structure structure = parse(text);

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.PARAGRAPH, "Le gouvernement a présenté son budget mardi."),
        tuple(Kind.PARAGRAPH, "Les députés en débattront la semaine prochaine."));
    assertThat(structure.dateline()).isEmpty();
  }

  @Test
  void lowerCaseOrOverlongFirstLineIsNoHeadline() {
    String lower = "le budget en débat\nLes députés en débattront.";
    String longLine = "Un " + "très ".repeat(StructureParser.MAX_HEADLINE_WORDS) + "long titre\nLa suite.";

    assertThat(parse(lower).blocks()).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH);
    assertThat(parse(longLine).blocks()).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH);
  }

  @Test
  void aLoneLineIsAParagraphNotAHeadline() {
    String text = "Un titre sans rien après";
    assertThat(layout(text, parse(text))).containsExactly(tuple(Kind.PARAGRAPH, text));
  }

  @Test
  void shortLastLineWithoutPunctuationIsNoSectionHeading() {
    String text = "Le budget sera voté mardi.\nLes débats ont duré trois jours.\nAffaire à suivre\n";

    assertThat(parse(text).blocks()).extracting(Block::kind)
        .containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.PARAGRAPH);
  }

  @Test
  void twoShortLinesInARowAreNotBothHeadings() {
    String text = "Le budget sera voté mardi.\nPremière partie\nDeuxième partie\nLe texte est long.\n";

    // a heading is a short line followed by text: the first of two short lines is not one
    assertThat(parse(text).blocks()).extracting(Block::kind)
        .containsExactly(Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.SECTION_HEADING, Kind.PARAGRAPH);
  }

  @Test
  void blankLinesAndSurroundingSpacesAreSkipped() {
    String text = "\n\n\n  Titre du jour  \n\n\n\n\tPremier paragraphe.\u00a0\n\n   \n\t\n Deuxième paragraphe.\n\n\n";

    StructureParser.Structure structure = parse(text);

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.HEADLINE, "Titre du jour"),
        tuple(Kind.PARAGRAPH, "Premier paragraphe."),
        tuple(Kind.PARAGRAPH, "Deuxième paragraphe."));
    assertThat(structure.blocks().get(0).span().start()).isEqualTo(text.indexOf("Titre"));
  }

  @Test
  void emptyAndBlankTextsHaveNoBlocks() {
    for (String text : List.of("", " ", "\n\n\n", " \t\n\u00a0\n ")) {
      StructureParser.Structure structure = parse(text);
      assertThat(structure.blocks()).as("blocks of %s", text).isEmpty();
      assertThat(structure.dateline()).isEmpty();
      assertThat(structure.problems()).isEmpty();
    }
  }

  @Test
  void datelineAloneOnTheFirstLine() {
    String text = "PARIS (AFP) -\nLe Premier ministre a démissionné.\n";

    assertThat(layout(text, parse(text))).containsExactly(
        tuple(Kind.DATELINE, "PARIS (AFP) -"),
        tuple(Kind.PARAGRAPH, "Le Premier ministre a démissionné."));
  }

  @Test
  void datelineFollowedByALeadOnTheSameLine() {
    String text = "WASHINGTON, March 22 (Reuters) - The Senate passed the bill on Saturday.\nIt now goes to the House.";

    StructureParser.Structure structure = parser.parse(text, Optional.of(LocalDate.of(2025, 3, 23)));

    assertThat(layout(text, structure)).containsExactly(
        tuple(Kind.DATELINE, "WASHINGTON, March 22 (Reuters) -"),
        tuple(Kind.PARAGRAPH, "The Senate passed the bill on Saturday."),
        tuple(Kind.PARAGRAPH, "It now goes to the House."));
    assertThat(structure.dateline().orElseThrow().date()).contains(LocalDate.of(2025, 3, 22));
  }

  @Test
  void sameStructureUnderTheTurkishLocale() {
    String text = "ISTANBUL, 3 mars 2024 (AFP) - Le président turc a reçu son homologue\n"
        + "La rencontre a duré deux heures au palais de Dolmabahçe.\n"
        + "DES ACCORDS SIGNÉS\n"
        + "Les deux pays ont signé trois accords commerciaux.\n";
    StructureParser.Structure root = parse(text);

    Locale saved = Locale.getDefault();
    StructureParser.Structure turkish;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      turkish = new StructureParser().parse(text, Optional.empty());
    } finally {
      Locale.setDefault(saved);
    }

    assertThat(turkish).isEqualTo(root);
    assertThat(layout(text, turkish)).containsExactly(
        tuple(Kind.DATELINE, "ISTANBUL, 3 mars 2024 (AFP) -"),
        tuple(Kind.HEADLINE, "Le président turc a reçu son homologue"),
        tuple(Kind.PARAGRAPH, "La rencontre a duré deux heures au palais de Dolmabahçe."),
        tuple(Kind.SECTION_HEADING, "DES ACCORDS SIGNÉS"),
        tuple(Kind.PARAGRAPH, "Les deux pays ont signé trois accords commerciaux."));
    Dateline dateline = turkish.dateline().orElseThrow();
    assertThat(dateline.places()).extracting(Place::name).containsExactly("Istanbul");
    assertThat(dateline.date()).contains(LocalDate.of(2024, 3, 3));
    assertThat(dateline.agency()).contains("AFP");
  }

  @Test
  void turkishUpperCaseMonthInADatelineUnderTheTurkishLocale() {
    // what a Turkish-locale toUpperCase() makes of "22 juin 2025"
    String text = "İZMİR, 22 JUİN 2025 (AFP) - Un séisme a frappé la côte\nAucune victime n’est à déplorer.\n";

    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      StructureParser.Structure structure = new StructureParser().parse(text, Optional.empty());

      Dateline dateline = structure.dateline().orElseThrow();
      assertThat(dateline.date()).contains(LocalDate.of(2025, 6, 22));
      assertThat(dateline.places()).hasSize(1);
      assertThat(structure.blocks()).extracting(Block::kind)
          .containsExactly(Kind.DATELINE, Kind.HEADLINE, Kind.PARAGRAPH);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
