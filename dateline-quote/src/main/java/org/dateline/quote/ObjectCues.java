package org.dateline.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verbs whose object is what a source is reported to think or want, with no clause after them:
 * "criticized the plan", "called for a ban", "wants to win", "endorsed Clinton". Attribution
 * corpora count the object as the content and the subject as the source. A cue is one or more
 * words ("called for", "pointed to"), given lower case; {@link #NONE} has none.
 */
public final class ObjectCues {

  /** No cue: a language whose list was not written. */
  public static final ObjectCues NONE = new ObjectCues(List.of(), Set.of());

  /** The cues by their first word, longest first: "called" leads "called for" and "called". */
  private final Map<String, List<List<String>>> phrasesByFirstWord;
  private final Set<String> notAfter;

  /**
   * @param phrases each cue, its words separated by spaces ("criticized", "called for")
   * @param notAfter words before a cue that make it no active verb: a form of "be" ("was
   *     criticized": the subject is then what is talked about) or a determiner ("the plans": a noun)
   */
  public ObjectCues(List<String> phrases, Set<String> notAfter) {
    List<List<String>> split = new ArrayList<>();
    for (String p : phrases) {
      split.add(List.of(p.trim().split(" +")));
    }
    // longest first: "called for" before "called"
    split.sort((a, b) -> b.size() - a.size());
    Map<String, List<List<String>>> byFirst = new HashMap<>();
    for (List<String> p : split) {
      byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    this.phrasesByFirstWord = Map.copyOf(byFirst);
    this.notAfter = Set.copyOf(notAfter);
  }

  /** How many words the cue at {@code i} takes ("called for": 2); 0 when none starts there, it is passive or a noun. */
  int length(List<String> w, int i) {
    List<List<String>> starting = phrasesByFirstWord.get(w.get(i));
    if (starting == null || i > 0 && notAfter.contains(w.get(i - 1))) {
      return 0;
    }
    for (List<String> p : starting) {
      if (i + p.size() <= w.size() && w.subList(i, i + p.size()).equals(p)) {
        return p.size();
      }
    }
    return 0;
  }

  /**
   * The regular English forms of each verb ("criticize": criticize, criticizes, criticized,
   * criticizing), the rest of a phrase kept ("call for": call for, calls for, called for…).
   */
  public static List<String> englishForms(String... verbs) {
    List<String> forms = new ArrayList<>();
    for (String v : verbs) {
      String[] words = v.split(" ", 2);
      String rest = words.length > 1 ? " " + words[1] : "";
      String base = words[0];
      for (String form : inflect(base)) {
        forms.add(form + rest);
      }
    }
    return forms;
  }

  private static List<String> inflect(String base) {
    if (base.endsWith("e")) {
      String stem = base.substring(0, base.length() - 1);
      return Arrays.asList(base, base + "s", base + "d", stem + "ing");
    }
    if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey") && !base.endsWith("oy")) {
      String stem = base.substring(0, base.length() - 1);
      return Arrays.asList(base, stem + "ies", stem + "ied", base + "ing");
    }
    if (base.endsWith("sh") || base.endsWith("ch") || base.endsWith("ss") || base.endsWith("x")) {
      return Arrays.asList(base, base + "es", base + "ed", base + "ing");
    }
    return Arrays.asList(base, base + "s", base + "ed", base + "ing");
  }
}
