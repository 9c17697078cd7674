package org.dateline.lang.fr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dateline.core.Span;

/**
 * The narrator's words inside a piece of speech, cut out of it: incises ("— Tiens, dit-il, nous
 * avons…", "« Trop tard ! fit-il en hochant la tête, trop tard ! »") and an edition's notes in
 * square brackets ("[Note : la paille.]").
 */
final class FrenchIncises {

  /** "dit-il", "s'écria-t-elle", "m'écriai-je": a verb with its subject pronoun after it. */
  private static final Pattern INVERTED = Pattern.compile("\\p{L}+-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous)");
  /** "répondez-moi", "disons", "demander": imperatives and infinitives, which speech has and incises have not. */
  private static final Pattern NOT_NARRATED = Pattern.compile(".*(?:-\\p{L}+|ez|ons|er)");
  /** Clitics and auxiliaries before an incise's verb: "me dit Sérapion", "lui cria-t-il", "a dit le père". */
  private static final Set<String> LEADERS = Set.of("me", "te", "se", "lui", "leur", "nous", "vous", "a", "avait");
  /** An incise with its subject after the verb may run this long: "répondit la femme en tremblant…". */
  private static final int MAX_INCISE_WORDS = 25;
  /** An incise that is only a verb-pronoun pair whose verb is unknown stays this short: "hasarda-t-il". */
  private static final int MAX_BARE_INCISE_WORDS = 6;
  /** Words that carry an incise's narration on past a comma: ", qui…", ", d'une voix basse", ", sans…". */
  private static final Set<String> NARRATION_GOES_ON = Set.of("qui", "dont", "sans", "avec", "d'un", "d'une",
      "tandis", "pendant", "son", "sa", "ses", "leur", "leurs", "après", "selon", "pareil", "pareille");

  private static final Set<String> TITLES = Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr", "St", "Ste");

  private final Predicate<String> reportsSpeech;

  /** @param reportsSpeech whether a lower-case verb reports speech when it leads an incise ("dit", "gronda") */
  FrenchIncises(Predicate<String> reportsSpeech) {
    this.reportsSpeech = Objects.requireNonNull(reportsSpeech, "reportsSpeech");
  }

  /** The pieces of speech in [from, to) once incises and notes are cut out, trimmed of spaces and commas. */
  List<Span> cut(String text, int from, int to) {
    List<Span> parts = new ArrayList<>();
    int partStart = from;
    // "— « J'emmène ma femme, » — dit l'un.": a turn may open on its incise
    int first = nextClauseEnd(text, from, to);
    String opening = text.substring(from, first).strip();
    if (!opening.isEmpty() && Character.isLowerCase(opening.charAt(0)) && isIncise(opening)) {
      partStart = Math.min(narrationEnd(text, first, to) + 1, to);
    }
    for (int p = partStart; p < to; p++) {
      char c = text.charAt(p);
      if (c == '[' && isNote(text, p, to)) {
        int close = text.indexOf(']', p);
        addPart(parts, text, partStart, p);
        partStart = close + 1;
        p = close; // the clause after a note may be an incise: "[Note : la paille.] s'écria-t-il"
      } else if (",!?…".indexOf(c) < 0) {
        continue;
      }
      int next = nextClauseEnd(text, p + 1, to);
      String clause = text.substring(p + 1, next).strip();
      if (!clause.isEmpty() && Character.isLowerCase(clause.charAt(0)) && isIncise(clause)) {
        addPart(parts, text, partStart, c == ',' ? p : p + 1);
        int end = narrationEnd(text, next, to);
        partStart = Math.min(end + 1, to);
        p = end;
      }
    }
    addPart(parts, text, partStart, to);
    return parts;
  }

  /** "[Note : …]", "[N.d.T. …]": an edition's note, which is nobody's speech; "[the president]" in a quote is. */
  private static boolean isNote(String text, int open, int to) {
    int close = text.indexOf(']', open);
    if (close < 0 || close >= to) {
      return false;
    }
    String inside = text.substring(open + 1, close).stripLeading();
    return inside.startsWith("Note") || inside.startsWith("N.d.") || inside.startsWith("N. d.");
  }

  /** Past an incise's clause, the clauses that go on narrating: "dit-il, d'une voix basse, qui…". */
  private static int narrationEnd(String text, int clauseEnd, int to) {
    int end = clauseEnd;
    while (end < to && text.charAt(end) == ',') {
      int next = nextClauseEnd(text, end + 1, to);
      List<String> words = words(text.substring(end + 1, next));
      boolean goesOn = !words.isEmpty() && (NARRATION_GOES_ON.contains(words.get(0))
          || isGerund(words, 0) || (words.size() > 1 && words.get(0).equals("tout") && isGerund(words, 1)));
      if (!goesOn) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** "en souriant": "en" and a present participle. */
  private static boolean isGerund(List<String> words, int at) {
    return words.size() > at + 1 && words.get(at).equals("en") && words.get(at + 1).endsWith("ant");
  }

  /** The next clause boundary at or after {@code from}, notes skipped; {@code end} when there is none. */
  private static int nextClauseEnd(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '[' && isNote(text, i, end)) {
        i = text.indexOf(']', i);
      } else if (",.!?;…".indexOf(c) >= 0 && !(c == '.' && afterTitle(text, i))) {
        return i;
      }
    }
    return end;
  }

  /** "M.", "Mme.", "Dr.": a title's period, which ends no clause ("répondit M. Homais"). */
  private static boolean afterTitle(String text, int period) {
    int s = period;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return TITLES.contains(text.substring(s, period));
  }

  /**
   * "dit-il", "reprit Pécuchet", "répondit-elle en riant", "s'écria le bandit en s'avançant", "me dit
   * Sérapion": a clause led by a reporting verb (after a clitic, if any) with its subject after it.
   */
  boolean isIncise(String clause) {
    List<String> words = words(clause);
    if (words.isEmpty() || words.size() > MAX_INCISE_WORDS) {
      return false;
    }
    String head = words.get(0);
    if (LEADERS.contains(head) && words.size() > 1) {
      head = words.get(1);
    }
    head = head.replaceFirst("^[smt]'", ""); // "s'écria", "m'écriai-je"
    boolean inverted = INVERTED.matcher(head).matches();
    String verb = inverted ? head.substring(0, head.indexOf('-')) : head;
    boolean reports = reportsSpeech.test(verb);
    if (inverted) {
      // the narrator tells no "vous" or "tu": "Il y a, dites-vous, soixante mille francs" is all speech
      boolean listener = head.endsWith("-vous") || head.endsWith("-tu");
      // an unknown verb before "nous" is rather the speaker's too: "dépêchons-nous"
      return !listener && (reports || (words.size() <= MAX_BARE_INCISE_WORDS && !head.endsWith("-nous")));
    }
    return reports && words.size() > 1 && !NOT_NARRATED.matcher(verb).matches();
  }

  private static List<String> words(String clause) {
    String lower = clause.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    return lower.isEmpty() ? List.of() : List.of(lower.split("[\\s\\u00a0\\u202f]+"));
  }

  private static void addPart(List<Span> parts, String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && FrenchNarration.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && (FrenchNarration.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (text.substring(s, e).codePoints().anyMatch(Character::isLetterOrDigit)) { // not "." left by a note
      parts.add(new Span(s, e));
    }
  }
}
