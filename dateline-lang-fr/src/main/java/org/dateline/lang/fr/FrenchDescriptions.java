package org.dateline.lang.fr;

import java.util.Set;
import org.dateline.kb.DescriptionLexicon;

/** How French news describes people by their role: "le dirigeant nord-coréen", "la ministre allemande". */
final class FrenchDescriptions {

  private FrenchDescriptions() {}

  static DescriptionLexicon lexicon() {
    return new DescriptionLexicon(
        Set.of("président", "présidente", "dirigeant", "dirigeante", "chef", "leader", "ministre", "secrétaire",
            "porte-parole", "ambassadeur", "ambassadrice", "chancelier", "chancelière",
            "souverain", "souveraine", "roi", "reine", "monarque", "dictateur", "émir", "prince", "princesse",
            "négociateur", "négociatrice", "diplomate", "commandant", "homologue", "vice-président",
            "vice-présidente", "patron", "patronne", "opposant", "opposante", "ex-président", "ex-présidente"),
        Set.of("premier", "première", "ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle",
            "vice", "haut", "haute"),
        Set.of("le", "la", "l'", "les", "son", "sa", "leur", "cet", "cette", "ce"));
  }

  /** Institution nouns whose names go on in lower case: "Conseil de sécurité russe", "ministère des affaires étrangères". */
  static Set<String> institutions() {
    return Set.of("conseil", "ministère", "comité", "commission", "assemblée", "cour", "tribunal", "agence", "office",
        "bureau", "parquet", "état-major", "haut-commissariat", "direction", "secrétariat", "service", "services",
        "garde", "chambre", "sénat", "parlement", "gouvernement", "banque", "institut", "académie");
  }
}
