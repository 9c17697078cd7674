package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.time.RuleSupport.words;

import java.util.List;
import java.util.Optional;
import org.dateline.core.TimeExpression.Type;
import org.junit.jupiter.api.Test;

class RuleGrammarTest {

  private static final Rule.Reading FIXED = (m, t) -> Rule.Meant.of(new TimeMeaning.Fixed(m.group()));

  private static RuleGrammar grammar(Rule... rules) {
    return new RuleGrammar("xx", List.of(rules), s -> Tense.UNKNOWN);
  }

  private static List<String> found(RuleGrammar grammar, String text) {
    return grammar.find(text, 0, text.length()).stream()
        .map(m -> text.substring(m.span().start(), m.span().end())).toList();
  }

  @Test
  void keepsTheLongestOfOverlappingMatchesAndTheEarlierRuleOnATie() {
    RuleGrammar g = grammar(
        new Rule("month", words("mars"), Type.DATE, FIXED, List.of("mars")),
        new Rule("day-month", words("\\d+\\s+mars"), Type.DATE, FIXED, Rule.DIGITS),
        new Rule("also-month", words("mars"), Type.TIME, FIXED, List.of("mars")));
    assertThat(g.find("le 22 mars et mars", 0, 18)).extracting(m -> m.type()).containsExactly(Type.DATE, Type.DATE);
    assertThat(found(g, "le 22 mars et mars")).containsExactly("22 mars", "mars");
  }

  @Test
  void marksTheExtentGroupAndMatchesOnlyAtTheStartOfAWord() {
    RuleGrammar g = grammar(new Rule("ago", words("il\\s+y\\s+a\\s+(?<t>\\d+\\s+ans)"), Type.DURATION, FIXED,
        List.of("ans")));
    assertThat(found(g, "Il y a 3 ans, fil y a 4 ans.")).containsExactly("3 ans");
  }

  @Test
  void triesNoRuleWhoseTriggersTheTextLacks() {
    RuleGrammar g = grammar(new Rule("noon", words("midi"), Type.TIME, FIXED, List.of("zzz")));
    assertThat(found(g, "à midi")).isEmpty();
  }

  /**
   * Which rules may start at a word is memoized by the word and the character after it: what the grammar
   * finds must not depend on the texts it read before ("d'ici" against "d ici", "le mois" against "lendemain").
   */
  @Test
  void findsTheSameWhateverItReadBefore() {
    List<Rule> rules = List.of(
        new Rule("from-now", words("d'(?<t>ici)"), Type.DATE, FIXED, List.of("ici")),
        new Rule("month", words("le\\s+mois(?:\\s+dernier)?"), Type.DATE, FIXED, List.of("mois")),
        new Rule("next-day", words("le\\s+lendemain"), Type.DATE, FIXED, List.of("lendemain")),
        new Rule("clock", words("\\d{1,2}\\s*h(?:\\s*\\d{2})?"), Type.TIME, FIXED, Rule.DIGITS));
    List<String> texts = List.of("d'ici le mois dernier", "d ici le lendemain", "Le lendemain à 9 h 30",
        "le mois, le lendemain, d'ici", "à 9h ou 10 h");
    List<List<String>> cold = texts.stream().map(t -> found(new RuleGrammar("xx", rules, s -> Tense.UNKNOWN), t))
        .toList();
    RuleGrammar forward = new RuleGrammar("xx", rules, s -> Tense.UNKNOWN);
    RuleGrammar backward = new RuleGrammar("xx", rules, s -> Tense.UNKNOWN);
    for (int i = texts.size() - 1; i >= 0; i--) {
      assertThat(found(backward, texts.get(i))).isEqualTo(cold.get(i));
    }
    for (int i = 0; i < texts.size(); i++) {
      assertThat(found(forward, texts.get(i))).isEqualTo(cold.get(i));
    }
    assertThat(cold).containsExactly(List.of("ici", "le mois dernier"), List.of("le lendemain"),
        List.of("Le lendemain", "9 h 30"), List.of("le mois", "le lendemain", "ici"), List.of("9h", "10 h"));
  }

  @Test
  void readsNothingWhenTheReadingRefuses() {
    RuleGrammar g = grammar(new Rule("year", words("\\d{4}"), Type.DATE, (m, t) -> Optional.empty(), Rule.DIGITS));
    assertThat(found(g, "en 1999")).isEmpty();
  }
}
