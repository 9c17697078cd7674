package org.dateline.quote;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that tell a person's grammatical gender, lower case: subject pronouns that refer back
 * to a person ("he", "she": "met her" would tell of someone else), nouns or titles that stand
 * right next to a name ("Mr.", "spokeswoman", "his wife"), and given names borne by one sex nearly
 * always ("moyra", "rob"), which tell a person's gender when the article does not.
 */
public record GenderWords(Set<String> masculinePronouns, Set<String> femininePronouns, Set<String> masculineNouns,
    Set<String> feminineNouns, Map<String, Gender> givenNames) {

  /** None: every person is of unknown gender, every pronoun fits everyone. */
  public static final GenderWords NONE = new GenderWords(Set.of(), Set.of(), Set.of(), Set.of());

  public GenderWords {
    masculinePronouns = Set.copyOf(masculinePronouns);
    femininePronouns = Set.copyOf(femininePronouns);
    masculineNouns = Set.copyOf(masculineNouns);
    feminineNouns = Set.copyOf(feminineNouns);
    givenNames = Map.copyOf(givenNames);
  }

  /** The words without given names: only what the article says tells a person's gender. */
  public GenderWords(Set<String> masculinePronouns, Set<String> femininePronouns, Set<String> masculineNouns,
      Set<String> feminineNouns) {
    this(masculinePronouns, femininePronouns, masculineNouns, feminineNouns, Map.of());
  }

  /** These words with a list of given names and the sex that bears each. */
  public GenderWords withGivenNames(Map<String, Gender> names) {
    return new GenderWords(masculinePronouns, femininePronouns, masculineNouns, feminineNouns, names);
  }

  /** A person's gender, as far as the article tells it. */
  public enum Gender { MASCULINE, FEMININE }

  /** The gender a pronoun refers with, if it has one. */
  Optional<Gender> ofPronoun(String lower) {
    return masculinePronouns.contains(lower) ? Optional.of(Gender.MASCULINE)
        : femininePronouns.contains(lower) ? Optional.of(Gender.FEMININE) : Optional.empty();
  }

  /** The gender a lower-case given name tells, if one sex nearly always bears it. */
  Optional<Gender> ofGivenName(String lower) {
    return Optional.ofNullable(givenNames.get(lower));
  }

  /** The gender a noun or title next to a name gives, if it gives one. */
  Optional<Gender> ofNoun(String lower) {
    return masculineNouns.contains(lower) ? Optional.of(Gender.MASCULINE)
        : feminineNouns.contains(lower) ? Optional.of(Gender.FEMININE) : Optional.empty();
  }
}
