package org.dateline.lang.fr;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.event.Inflector;
import org.dateline.event.VerbForm;

/**
 * The forms of regular French verbs that news uses (present, imperfect, simple past, future,
 * conditional, participles): first group "-er" with its spelling changes (menaçait, partageant,
 * déploie, cède) and second group "-ir" (fournissait). Irregular verbs are listed in the lexicon.
 */
final class FrenchVerbs implements Inflector {

  private static final String[] FIRST_FINITE = {"e", "es", "ent", "ons", "ez", "ais", "ait", "ions", "iez", "aient",
      "ai", "as", "a", "âmes", "âtes", "èrent", "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait",
      "erions", "eriez", "eraient"};
  private static final String[] FIRST_PARTICIPLE = {"é", "ée", "és", "ées"};
  private static final String[] SECOND_FINITE = {"is", "it", "issons", "issez", "issent", "issais", "issait",
      "issions", "issiez", "issaient", "irent", "irai", "iras", "ira", "irons", "irez", "iront", "irais", "irait",
      "irions", "iriez", "iraient", "isse"};
  private static final String[] SECOND_PARTICIPLE = {"i", "ie", "is", "ies"};

  @Override
  public Map<String, Set<VerbForm>> forms(String lemma) {
    Map<String, Set<VerbForm>> forms = new LinkedHashMap<>();
    add(forms, lemma, VerbForm.INFINITIVE);
    if (lemma.endsWith("er")) {
      String stem = lemma.substring(0, lemma.length() - 2);
      for (String ending : FIRST_FINITE) {
        add(forms, firstGroup(stem, ending), VerbForm.FINITE);
      }
      for (String ending : FIRST_PARTICIPLE) {
        add(forms, stem + ending, VerbForm.PARTICIPLE);
      }
      add(forms, firstGroup(stem, "ant"), VerbForm.GERUND);
    } else if (lemma.endsWith("ir")) {
      String stem = lemma.substring(0, lemma.length() - 2);
      for (String ending : SECOND_FINITE) {
        add(forms, stem + ending, VerbForm.FINITE);
      }
      for (String ending : SECOND_PARTICIPLE) {
        add(forms, stem + ending, VerbForm.PARTICIPLE);
      }
      add(forms, stem + "issant", VerbForm.GERUND);
    }
    return forms;
  }

  /** Spelling changes of the first group: ç and ge before a and o, y to i and é to è before a mute e. */
  static String firstGroup(String stem, String ending) {
    boolean hard = ending.startsWith("a") || ending.startsWith("â") || ending.startsWith("o");
    if (hard && stem.endsWith("c")) {
      return stem.substring(0, stem.length() - 1) + "ç" + ending;
    }
    if (hard && stem.endsWith("g")) {
      return stem + "e" + ending;
    }
    boolean mute = ending.equals("e") || ending.equals("es") || ending.equals("ent");
    if (stem.endsWith("oy") && (mute || ending.startsWith("er"))) {
      return stem.substring(0, stem.length() - 1) + "i" + ending;
    }
    if (mute) {
      int acute = stem.lastIndexOf('é');
      if (acute > 0 && acute >= stem.length() - 3 && stem.substring(acute + 1).chars().noneMatch(FrenchVerbs::isVowel)) {
        return stem.substring(0, acute) + "è" + stem.substring(acute + 1) + ending;
      }
    }
    return stem + ending;
  }

  private static boolean isVowel(int c) {
    return "aeiouyéèêâîôû".indexOf(c) >= 0;
  }

  private static void add(Map<String, Set<VerbForm>> forms, String form, VerbForm kind) {
    forms.computeIfAbsent(form, k -> EnumSet.noneOf(VerbForm.class)).add(kind);
  }
}
