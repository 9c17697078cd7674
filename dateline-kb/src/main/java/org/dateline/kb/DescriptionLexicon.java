package org.dateline.kb;

import java.util.Objects;
import java.util.Set;

/**
 * The words a language describes people and defines organisations with: role nouns ("dirigeant",
 * "président", "leader"), the words that may stand before them in a role ("premier" ministre,
 * "ancien" président, "prime" minister) and the articles that open a description ("le", "l’",
 * "the"). Lower case.
 */
public record DescriptionLexicon(Set<String> roles, Set<String> modifiers, Set<String> articles) {

  public DescriptionLexicon {
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    modifiers = Set.copyOf(Objects.requireNonNull(modifiers, "modifiers"));
    articles = Set.copyOf(Objects.requireNonNull(articles, "articles"));
  }
}
