package org.dateline.lang.fr;

import java.util.List;
import java.util.Set;
import org.dateline.quote.GenderWords;
import org.dateline.quote.QuoteLexicon;

/** How French news reports speech: "a déclaré", "affirmant", "a-t-il ajouté", "selon", "à l'AFP". */
final class FrenchQuotes {

  private FrenchQuotes() {}

  static QuoteLexicon lexicon() {
    return new QuoteLexicon(
        List.of("déclar", "affirm", "estim", "ajout", "promi", "promet", "soulign", "écrit", "écriv", "rapport",
            "qualifi", "assur", "annonc", "annonç", "prévenu", "prévient", "expliqu", "indiqu", "précis", "dit",
            "insist", "répond", "répliqu", "martel", "racont", "reconn", "dénonc", "avert", "témoign", "confirm",
            "estimé", "jug", "lâch", "souffl", "gliss", "tranch", "résum", "commenté", "ironis", "plaid", "admis",
            "admet", "prévenant", "s'exclam", "exclam", "repri", "demand", "murmur", "s'écri", "continu",
            "poursuiv", "observ", "object", "interromp", "balbuti", "soupir", "grommel", "fit", "cria", "hurl"),
        Set.of("selon", "d'après"),
        Set.of("de", "du", "des", "la", "le", "les", "l'", "d'", "et", "à", "au", "aux", "en", "pour", "sur",
            "the", "of", "for", "and", "in", "on", "a", "an", "to"),
        Set.of("à", "au", "auprès"),
        Set.of(),
        GenderWords.NONE);
  }

  /**
   * Verbs that report speech only in a novel's incises, their subject after them ("gronda le père",
   * "pensa-t-il", "s'écria-t-elle", "disait-il"): too loose for a cue anywhere else.
   */
  static List<String> inciseVerbStems() {
    return List.of("écria", "écriai", "répét", "poursui", "bégay", "chuchot", "grogn", "grond", "gémi", "sanglot",
        "vocifér", "glapi", "rugi", "tonna", "ricana", "pensa", "pensai", "song", "interrog", "questionn",
        "ripost", "rétorqu", "protest", "conclu", "lança", "hasard", "avoua", "suppli", "implor", "ordonn",
        "command", "appela", "proféra", "prononç", "articul", "susurr", "raill", "plaisant", "conseill",
        "recommand", "enquit", "informa", "dirent", "disai", "remarqu", "opina", "approuv",
        "acquiesç", "insinu", "bougonn", "marmott", "marmonn", "siffl", "mugi", "geign", "cri");
  }
}
