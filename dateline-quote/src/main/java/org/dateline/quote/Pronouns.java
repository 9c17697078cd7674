package org.dateline.quote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Mention;

/** The personal pronouns a speaker is given by ("he said"), and whom they stand for ({@link Antecedents}). */
record Pronouns(QuoteLexicon lexicon) {

  Pronouns {
    Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Whom the pronoun at the offset stands for: see {@link Antecedents#personBefore}. */
  Optional<Mention> antecedent(Document doc, PersonGenders genders, int offset, String pronoun) {
    Optional<GenderWords.Gender> gender = lexicon.genders().ofPronoun(pronoun);
    return Antecedents.personBefore(doc, offset, genders, gender, lexicon::isCue,
        w -> gender.isPresent() && lexicon.genders().ofPronoun(w).equals(gender));
  }

  /** The same, as the entity's id, in a list of none or one. */
  List<String> antecedentId(Document doc, PersonGenders genders, int offset, String pronoun) {
    return antecedent(doc, genders, offset, pronoun).flatMap(m -> Antecedents.entityOf(doc, m)).stream().toList();
  }

  /** Where the one word between two tokens is a pronoun, quotation marks aside ("snipers,” he said"); else -1. */
  int lone(List<String> w, int from, int to) {
    int found = -1;
    for (int k = from; k < to; k++) {
      if (w.get(k).chars().anyMatch(Character::isLetterOrDigit)) {
        if (found >= 0 || !lexicon.pronouns().contains(w.get(k))) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }
}
