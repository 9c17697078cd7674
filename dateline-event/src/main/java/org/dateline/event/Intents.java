package org.dateline.event;

import java.util.List;
import org.dateline.event.EventLexicon.Words;

/**
 * What a sentence wants or states rather than does: the infinitive an appeal asks for ("wants
 * Putin to attack"), which is no event, and a stated intent ("wants to attack", "said it would
 * free"), which CAMEO codes as an intent, a threat or a refusal. One sentence's words.
 */
final class Intents {

  /**
   * By root code, the code of the intent to do it: meet 036, cooperate diplomatically 032 or
   * materially 031, aid 033, yield 034; a threat of force 138 for a force posture or force, of
   * sanctions 131, of repression 137.
   */
  private static final String[] INTENT = {null, null, null, null, "036", "032", "031", "033", "034", null, null, null,
      null, null, null, "138", "131", "137", "138", "138", "138"};
  /** By root code, the refusal to do it: to meet 125, to cooperate 120 or 121, to aid 122, to yield 124. */
  private static final String[] REFUSAL = {null, null, null, null, "125", "120", "121", "122", "124"};

  private final EventLexicon lexicon;
  private final List<String> words;

  Intents(EventLexicon lexicon, List<String> words) {
    this.lexicon = lexicon;
    this.words = words;
  }

  /** Whether a trigger is the infinitive an appeal's object is asked to do: "wants Putin to attack". */
  boolean appealContent(TriggerMatch appeal, TriggerMatch m, List<ActorGroup> groups) {
    int marker = m.start() - 1;
    return appeal.trigger().cameo().startsWith("02") && marker > appeal.end()
        && lexicon.is(Words.INFINITIVE_MARKERS, words.get(marker))
        && groups.stream().anyMatch(g -> g.start() >= appeal.end() && g.end() == marker);
  }

  /**
   * A stated intent, not an act: "wants to attack", "said it would free". CAMEO codes it as its
   * own event: the intent to cooperate (03) for meetings, cooperation, aid and concessions, a
   * threat (13) for sanctions, coercion and force; refusing to cooperate ("said he would not
   * provide") is a rejection (12). Other codes stay.
   */
  String code(TriggerMatch m, String cameo) {
    int k = m.start() - 1;
    boolean negated = false;
    while (k >= 0 && lexicon.is(Words.NEGATION_CLOSE, words.get(k))) {
      negated = true;
      k--;
    }
    boolean wanted = k >= 1 && lexicon.is(Words.INFINITIVE_MARKERS, words.get(k)) && lexicon.is(Words.INTENT, words.get(k - 1));
    boolean stated = k >= 2 && lexicon.is(Words.FUTURE, words.get(k)) && lexicon.is(Words.STATEMENT_SUBJECTS, words.get(k - 1))
        && lexicon.is(Words.STATEMENT, words.get(k - 2));
    if (!wanted && !stated) {
      return cameo;
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    String[] table = negated ? REFUSAL : INTENT;
    String recoded = root < table.length ? table[root] : null;
    return recoded != null ? recoded : cameo;
  }
}
