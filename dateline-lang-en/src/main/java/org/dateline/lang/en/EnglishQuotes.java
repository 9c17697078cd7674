package org.dateline.lang.en;

import java.util.List;
import java.util.Set;
import org.dateline.quote.QuoteLexicon;

/** How English news reports speech: "said", "told Reuters", "warned", "according to". */
final class EnglishQuotes {

  private EnglishQuotes() {}

  static QuoteLexicon lexicon() {
    return new QuoteLexicon(
        List.of("said", "says", "say", "told", "tells", "added", "adds", "warn", "claim", "wrote", "write",
            "stated", "explain", "insist", "announc", "declar", "assert", "argu", "noted", "acknowledg",
            "recalled", "replied", "responded", "remarked", "conceded", "admitted", "promis", "vowed",
            "pledged", "urged", "called", "described", "predicted", "suggested", "testified", "tweeted"),
        Set.of("according"),
        Set.of("of", "for", "and", "the", "in", "on", "a", "an", "to", "de", "la", "le"),
        Set.of("to"));
  }
}
