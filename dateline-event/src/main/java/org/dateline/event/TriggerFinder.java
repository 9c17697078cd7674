package org.dateline.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.event.EventLexicon.Words;

/**
 * Finds the triggers of a sentence that state an event: a verb form the grammar lets stand on its
 * own ("a rencontré", "envisage de déployer", "en rencontrant"), not a purpose ("pour rencontrer"),
 * not a noun ("la rencontre"), unless the trigger is an event noun with its determiner.
 */
final class TriggerFinder {

  /** What can stand before a headline's noun phrase, where no finite verb opens a clause. */
  private static final Set<String> HEADING_OPENERS = Set.of("", ":", "(", "«", "\"", "“", "—", "–", "-");

  private final EventLexicon lexicon;
  private final Map<String, List<Trigger>> byForm = new HashMap<>();

  TriggerFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
    for (Trigger t : lexicon.triggers()) {
      for (String form : t.forms().keySet()) {
        byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(t);
      }
    }
  }

  List<TriggerMatch> find(List<String> words) {
    List<TriggerMatch> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Optional<TriggerMatch> match = match(words, i);
      if (match.isPresent()) {
        found.add(match.get());
        i = match.get().end() - 1;
        // the verb's object noun is part of its event, not one of its own: "attend a summit"
        Trigger t = match.get().trigger();
        for (int k = match.get().end(); t.needsObject() && k < Math.min(words.size(), match.get().end() + 3); k++) {
          if (t.isObject(words.get(k))) {
            i = k;
            break;
          }
        }
      }
    }
    return found;
  }

  private Optional<TriggerMatch> match(List<String> words, int i) {
    for (Trigger t : byForm.getOrDefault(words.get(i), List.of())) {
      int end = particlesEnd(t, words, i);
      if (end < 0 || t.reflexive() != reflexiveBefore(words, i) && (t.reflexive() || t.neverReflexive())
          || (t.needsObject() && !objectNear(t, words, i, end))) {
        continue;
      }
      Set<VerbForm> licensed = licensed(t.formOf(words.get(i)).orElseThrow(), words, i, end);
      if (!licensed.isEmpty()) {
        return Optional.of(new TriggerMatch(i, end, t, licensed));
      }
    }
    return Optional.empty();
  }

  private static int particlesEnd(Trigger t, List<String> words, int i) {
    int k = i + 1;
    for (String p : t.particles()) {
      if (k >= words.size() || !words.get(k).equals(p)) {
        return -1;
      }
      k++;
    }
    return k;
  }

  private boolean reflexiveBefore(List<String> words, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (lexicon.is(Words.REFLEXIVES, words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An object noun after the trigger, just before it ("des missiles tout juste testés"), or further
   * before it across a relative pronoun ("le partenariat que … ont signé").
   */
  private boolean objectNear(Trigger t, List<String> words, int i, int end) {
    for (int k = end; k < Math.min(words.size(), end + 8); k++) {
      if (t.isObject(words.get(k))) {
        return true;
      }
    }
    boolean relative = false;
    for (int k = i - 1; k >= Math.max(0, i - 15); k--) {
      relative |= lexicon.is(Words.RELATIVES, words.get(k));
      if ((relative || k >= i - 4) && t.isObject(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The forms of the word at i that can state an event in this context. */
  private Set<VerbForm> licensed(Set<VerbForm> forms, List<String> words, int i, int end) {
    String before = i > 0 ? words.get(i - 1) : "";
    String twoBefore = i > 1 ? words.get(i - 2) : "";
    boolean determined = lexicon.is(Words.DETERMINERS, before);
    Set<VerbForm> ok = EnumSet.noneOf(VerbForm.class);
    for (VerbForm f : forms) {
      boolean licensed = switch (f) {
        case NOUN -> determined;
        // "capacité de frappe", "France : attaque à Valence" are nouns
        case FINITE -> !determined && !lexicon.is(Words.PREPOSITIONS, before) && !HEADING_OPENERS.contains(before)
            && !(!forms.contains(VerbForm.PARTICIPLE) && modifiedNoun(words, i)); // "a surprise visit", "une grande menace"
        case PARTICIPLE -> !determined && (auxiliaryBefore(words, i, 3) || agentAfter(words, end));
        case GERUND -> !determined && (lexicon.is(Words.GERUND_MARKERS, before) || auxiliaryBefore(words, i, 2));
        case INFINITIVE -> !lexicon.is(Words.PURPOSE, before) && !lexicon.is(Words.PURPOSE, twoBefore)
            && (lexicon.is(Words.INFINITIVE_MARKERS, before) || lexicon.is(Words.HYPOTHETICAL, before)
                || lexicon.is(Words.PLANNED, before));
      };
      if (licensed) {
        ok.add(f);
      }
    }
    return ok;
  }

  /** A determiner or a heading's colon, then one lower-case word that is no auxiliary, then this word: a noun with its modifier ("une double attaque", "Burkina-Faso : double attaque"). */
  private boolean modifiedNoun(List<String> words, int i) {
    if (i < 2) {
      return false;
    }
    String between = words.get(i - 1);
    String opener = words.get(i - 2);
    return (lexicon.is(Words.DETERMINERS, opener) || HEADING_OPENERS.contains(opener))
        && !lexicon.is(Words.AUXILIARIES, between)
        && Character.isLetter(between.charAt(0)) && !lexicon.is(Words.SUBJECT_PRONOUNS, between);
  }

  private boolean auxiliaryBefore(List<String> words, int i, int window) {
    for (int k = i - 1; k >= Math.max(0, i - window); k--) {
      if (lexicon.is(Words.AUXILIARIES, words.get(k))) {
        return true;
      }
    }
    return false;
  }

  boolean agentAfter(List<String> words, int end) {
    for (int k = end; k < Math.min(words.size(), end + 2); k++) {
      if (lexicon.is(Words.AGENT, words.get(k))) {
        return true;
      }
    }
    return false;
  }
}
