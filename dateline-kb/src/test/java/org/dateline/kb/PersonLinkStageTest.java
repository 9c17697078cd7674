package org.dateline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonLinkStageTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "2012|none|2025-03-22|true", "2012|2018|2025-03-22|false", "2003-01-01|none|2002-12-31|false",
      "none|none|1990-01-01|true", "1994-01-01|2012-05-11|2012-05-11|true", "2025|2025|2025-03-22|true"})
  void aRoleHoldsTheDatesOfItsPeriodInclusive(String from, String to, String date, boolean held) {
    Person p = new Person("Q1", "Someone", "RUS", "role", from == null ? "" : from, to == null ? "" : to);
    assertThat(PersonLinkStage.inOffice(p, LocalDate.parse(date))).isEqualTo(held);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Sergueï Choïgou|true", "Kim Jong-Un|true", "Ahn Chan Il|true",
      "Joe Nienaber|false", "Ai Weiwei|false", "Vladimir Poutine|true"})
  void linksAFullNameOnlyByAllItsWords(String name, boolean keeps) {
    assertThat(PersonLinkStage.keepsEveryWord(name)).isEqualTo(keeps);
  }

  @Test
  void linksByTheWholeNameNotByASurnameTheKeyLeftAlone() {
    PersonLinkStage stage = new PersonLinkStage(new PeopleIndex(List.of(
        new Person("Q1", "Nambaryn Enkhbayar", "MNG", "President of Mongolia", "2005", "2009"),
        new Person("Q2", "Sergey Shoygu", "RUS", "Minister of Defence", "2012", "2024"))));
    String text = "Joe Nienaber et Sergueï Choïgou";
    Document doc = Document.of("test", text).withEntities(List.of(person("E1", text, "Joe Nienaber"),
        person("E2", text, "Sergueï Choïgou")));
    assertThat(stage.apply(doc).entities()).extracting(Entity::name).containsExactly("Joe Nienaber", "Sergey Shoygu");
  }

  private static Entity person(String id, String text, String name) {
    int start = text.indexOf(name);
    return new Entity(id, EntityType.PERSON, name, Optional.empty(), Optional.empty(),
        List.of(new Mention(new Span(start, start + name.length()), EntityType.PERSON)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Sergueï Choïgou|Sergey Shoygu|true", "Vladimir Poutine|Vladimir Putin|true",
      "Dmitri Medvedev|Dmitry Medvedev|true", "Alexandre Loukachenko|Alexander Lukashenko|true",
      "Lu Kang|Li Keqiang|false"})
  void takesTransliterationsButNotNamesThatOnlyShareConsonants(String name, String candidate, boolean close) {
    assertThat(NameKey.of(name)).isEqualTo(NameKey.of(candidate));
    assertThat(PersonLinkStage.spelledClose(name, candidate)).isEqualTo(close);
  }
}
