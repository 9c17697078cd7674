package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.quote.GenderWords.Gender;
import org.junit.jupiter.api.Test;

class AntecedentsTest {

  private static final String TEXT = "Anna Berg met Peter Brandt at the Senate. Later the Senate voted.";

  private static Entity person(String id, String name, int start, int end) {
    return new Entity(id, EntityType.PERSON, name, Optional.empty(), Optional.empty(),
        List.of(new Mention(new Span(start, end), EntityType.PERSON)));
  }

  @Test
  void aMentionTakenForAPersonInsideAnOrganisationIsNoOneAPronounCanReferTo() {
    // a stage took the second "Senate" for a person's surname, and linking put it with the organisation
    Entity senate = new Entity("E3", EntityType.ORGANIZATION, "Senate", Optional.empty(), Optional.empty(),
        List.of(new Mention(new Span(34, 40), EntityType.ORGANIZATION), new Mention(new Span(52, 58), EntityType.PERSON)));
    Document doc = Document.of("-", TEXT)
        .withEntities(List.of(person("E1", "Anna Berg", 0, 9), person("E2", "Peter Brandt", 14, 26), senate));
    assertThat(Antecedents.lastPersonBefore(doc, TEXT.length()).map(m -> m.span().start())).contains(14);
  }

  @Test
  void theGivenNameOfAFullNameTellsAGenderTheArticleDoesNotTell() {
    GenderWords words = new GenderWords(Set.of("he"), Set.of("she"), Set.of(), Set.of())
        .withGivenNames(Map.of("anna", Gender.FEMININE, "peter", Gender.MASCULINE));
    Document doc = Document.of("-", TEXT).withEntities(List.of(person("E1", "Anna Berg", 0, 9),
        person("E2", "Peter Brandt", 14, 26), person("E3", "Brandt", 52, 58)));
    PersonGenders genders = PersonGenders.of(doc, words);
    assertThat(genders.of("E1")).contains(Gender.FEMININE);
    assertThat(genders.of("E2")).contains(Gender.MASCULINE);
    // a lone word may be a surname: it tells nothing
    assertThat(genders.of("E3")).isEmpty();
    assertThat(PersonGenders.of(doc, words.withGivenNames(Map.of())).of("E1")).isEmpty();
  }
}
