package org.dateline.lang.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.dateline.event.VerbForm;
import org.junit.jupiter.api.Test;

class FrenchVerbsTest {

  private final FrenchVerbs verbs = new FrenchVerbs();

  @Test
  void inflectsTheFirstGroupWithItsSpellingChanges() {
    Map<String, Set<VerbForm>> menacer = verbs.forms("menacer");
    assertThat(menacer).containsKeys("menace", "menacent", "menaçait", "menaçant", "menacera", "menacé", "menacées");
    assertThat(menacer.get("menaçant")).containsExactly(VerbForm.GERUND);
    assertThat(menacer.get("menacé")).containsExactly(VerbForm.PARTICIPLE);
    assertThat(verbs.forms("partager")).containsKeys("partageait", "partageant", "partagent");
    assertThat(verbs.forms("déployer")).containsKeys("déploie", "déploient", "déploiera", "déployé", "déployait");
    assertThat(verbs.forms("céder")).containsKeys("cède", "cèdent", "cédait", "cédé");
    assertThat(verbs.forms("céder")).doesNotContainKey("cédent");
  }

  @Test
  void inflectsTheSecondGroup() {
    Map<String, Set<VerbForm>> fournir = verbs.forms("fournir");
    assertThat(fournir).containsKeys("fournit", "fournissent", "fournissait", "fournira", "fourni", "fournies");
    assertThat(fournir.get("fournir")).containsExactly(VerbForm.INFINITIVE);
  }

  @Test
  void aFormCanBeTwoThings() {
    // "fournis": present tense and plural participle
    assertThat(verbs.forms("fournir").get("fournis")).containsExactlyInAnyOrder(VerbForm.FINITE, VerbForm.PARTICIPLE);
  }
}
