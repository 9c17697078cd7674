package org.dateline.lang.en;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.event.Inflector;
import org.dateline.event.VerbForm;

/**
 * The forms of regular English verbs: "meet" → "meets", "meeting"; "accuse" → "accused"; "deploy" →
 * "deployed"; "ally" → "allied"; a short verb ending in one vowel and one consonant doubles it
 * ("ban" → "banned"). The base form is both infinitive and present tense. Irregular verbs are
 * listed in the lexicon.
 */
final class EnglishVerbs implements Inflector {

  @Override
  public Map<String, Set<VerbForm>> forms(String lemma) {
    Map<String, Set<VerbForm>> forms = new LinkedHashMap<>();
    add(forms, lemma, VerbForm.INFINITIVE);
    add(forms, lemma, VerbForm.FINITE);
    add(forms, thirdPerson(lemma), VerbForm.FINITE);
    String past = past(lemma);
    add(forms, past, VerbForm.FINITE);
    add(forms, past, VerbForm.PARTICIPLE);
    add(forms, gerund(lemma), VerbForm.GERUND);
    return forms;
  }

  static String thirdPerson(String lemma) {
    if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
      return lemma + "es";
    }
    if (lemma.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma + "s";
  }

  static String past(String lemma) {
    if (lemma.endsWith("e")) {
      return lemma + "d";
    }
    if (lemma.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ied";
    }
    return doubles(lemma) ? lemma + lemma.charAt(lemma.length() - 1) + "ed" : lemma + "ed";
  }

  static String gerund(String lemma) {
    if (lemma.endsWith("ie")) {
      return lemma.substring(0, lemma.length() - 2) + "ying";
    }
    if (lemma.endsWith("e") && !lemma.endsWith("ee")) {
      return lemma.substring(0, lemma.length() - 1) + "ing";
    }
    return doubles(lemma) ? lemma + lemma.charAt(lemma.length() - 1) + "ing" : lemma + "ing";
  }

  /** One syllable ending consonant-vowel-consonant (not w, x, y): "ban", "plan", "stop". */
  private static boolean doubles(String lemma) {
    return lemma.matches("[^aeiou]*[aeiou][^aeiouwxy]");
  }

  private static void add(Map<String, Set<VerbForm>> forms, String form, VerbForm kind) {
    forms.computeIfAbsent(form, k -> EnumSet.noneOf(VerbForm.class)).add(kind);
  }
}
