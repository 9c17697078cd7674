package org.dateline.lang.en;

import java.util.Set;
import org.dateline.kb.DescriptionLexicon;

/** How English news describes people by their role: "the North Korean leader", "the Russian president". */
final class EnglishDescriptions {

  private EnglishDescriptions() {}

  static DescriptionLexicon lexicon() {
    return new DescriptionLexicon(
        Set.of("president", "leader", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "chancellor", "premier", "king", "queen", "monarch", "dictator", "emir", "prince",
            "princess", "negotiator", "diplomat", "commander", "counterpart", "vice-president",
            "chief", "envoy", "strongman"),
        Set.of("prime", "foreign", "defense", "defence", "interior", "former", "new", "top", "supreme", "deputy",
            "vice", "chief"),
        Set.of("the", "his", "her", "its", "their", "this", "that"));
  }
}
