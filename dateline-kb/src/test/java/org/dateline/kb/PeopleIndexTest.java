package org.dateline.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleIndexTest {

  private static final List<Person> PEOPLE = List.of(
      new Person("phoenix:MAHMOOD_SHAUGEE", "Mahmood Shaugee", "MDV", "GOVEDU", "", ""),
      new Person("phoenix:SERGEY_SHOYGU", "Sergey Shoygu", "RUS", "GOVMIL", "2012-05-12", ""),
      new Person("Q7747", "Vladimir Putin", "RUS", "President of Russia", "2012", ""));

  private static PeopleIndex roundTrip(List<Person> people) throws IOException {
    StringWriter out = new StringWriter();
    PeopleIndex.write(people, out);
    return PeopleIndex.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findsAFullNameInAnotherLanguageAndASurnameAlone() throws IOException {
    PeopleIndex index = roundTrip(PEOPLE);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.lookup("Vladimir Poutine")).extracting(Person::id).containsExactly("Q7747");
    assertThat(index.lookup("Sergueï Choïgou")).extracting(Person::id).containsExactly("phoenix:SERGEY_SHOYGU");
    assertThat(index.lookup("Macron")).isEmpty();
    assertThat(index.lookup("")).isEmpty();
  }

  @Test
  void putsTheClosestSpellingFirstWhenKeysCollide() throws IOException {
    assertThat(roundTrip(PEOPLE).lookup("Choïgou")).extracting(Person::name)
        .containsExactly("Sergey Shoygu", "Mahmood Shaugee");
  }

  @Test
  void findsASurnameAloneOnlyWhenSpelledExactly() throws IOException {
    PeopleIndex index = roundTrip(PEOPLE);
    assertThat(index.withSurname("Shoygu")).extracting(Person::name).containsExactly("Sergey Shoygu");
    assertThat(index.withSurname("SHOYGU")).extracting(Person::name).containsExactly("Sergey Shoygu");
    // "Choïgou" shares Shoygu's key, but a surname alone must be spelled as the index spells it
    assertThat(index.lookup("Choïgou")).isNotEmpty();
    assertThat(index.withSurname("Choïgou")).isEmpty();
    assertThat(index.withSurname("Putin")).extracting(Person::id).containsExactly("Q7747");
  }

  @Test
  void refusesAMalformedLineNamingIt() {
    assertThatThrownBy(() -> PeopleIndex.read(new ByteArrayInputStream(
        "# header\nQ1\tSomeone\trussia\trole\t\t\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }
}
