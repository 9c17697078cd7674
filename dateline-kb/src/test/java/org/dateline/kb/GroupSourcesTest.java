package org.dateline.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupSourcesTest {

  private static final CountryLexicon COUNTRIES = new CountryLexicon(Map.of(
      "ruritania", new CountryLexicon.Entry("RUR", CountryLexicon.Kind.COUNTRY),
      "zenda", new CountryLexicon.Entry("RUR", CountryLexicon.Kind.CITY)));

  private static final List<String> DICTIONARY = List.of(
      "# a comment",
      "THE_LEAGUE_OF_STATES_ [IGOLOS]",
      "LOS_",
      "+LEAGUE_",
      "\t[IGOLOS] # synonyms before their code",
      "JOHN_SMITH_",
      "\t[IGOLOS 900101-991231]",
      "ZENDA_  # kkl",
      "+ZENDA_LIBERATION_FRONT",
      "\t[RURREB]",
      "ACME_WIDGETS_ [MNCUSA]",
      "GREENWATCH_ [NGOENV]",
      "FRIENDS_OF_TREES_ [NGOENV]",
      "RURITANIA_ [RUR]",
      "NOWHERE_FRONT_ [XXXREB]");

  @Test
  void readsGroupsWithTheirCodesAndLeavesPeopleCompaniesAndCommonWordsOut() {
    List<String[]> rows = GroupSources.groups(DICTIONARY, COUNTRIES, false);
    assertThat(rows).extracting(r -> r[0] + " " + r[1]).containsExactly(
        "IGOLOS LEAGUE OF STATES", "IGOLOS LOS", "IGOLOS LEAGUE",
        "RURREB ZENDA", "RURREB ZENDA LIBERATION FRONT", "NGOENV FRIENDS OF TREES");
    // the country file gives only the groups no country holds
    assertThat(GroupSources.groups(DICTIONARY, COUNTRIES, true)).extracting(r -> r[1])
        .doesNotContain("ZENDA").contains("LOS");
  }

  @Test
  void theLexiconReadsBackWhatIsWrittenAndMatchesAnyCase() throws IOException {
    StringWriter out = new StringWriter();
    GroupLexicon.write(GroupSources.groups(DICTIONARY, COUNTRIES, false), out);
    GroupLexicon groups = GroupLexicon.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(groups.lookup("League of States")).contains("IGOLOS");
    assertThat(groups.lookup("Zenda Liberation Front")).contains("RURREB");
    assertThat(groups.lookup("Acme Widgets")).isEmpty();
    assertThat(GroupLexicon.EMPTY.lookup("League")).isEmpty();
  }
}
