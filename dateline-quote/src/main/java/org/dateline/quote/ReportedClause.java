package org.dateline.quote;

import java.util.List;
import java.util.Set;

/**
 * Where the clause an English reporting verb takes starts: after "that", also past a short adjunct
 * ("said in a statement that", "told The Washington Post on Friday that"), or, "that" left out,
 * right after the verb ("Trump said he would win", "Clinton says Trump is lying", "told reporters
 * the campaign…"). Words given lower case, one a token.
 */
final class ReportedClause {

  /** English reporting verbs that take a clause without "that". */
  static final Set<String> BARE_CUES = Set.of("said", "says", "say", "told", "tells", "added", "adds",
      "argued", "argues", "warned", "warns", "claimed", "claims", "insisted", "noted", "stated", "believes",
      "believed", "thinks", "thought", "predicted", "acknowledged", "admitted", "wrote", "writes", "argue", "claim",
      "insists", "notes", "believe", "think", "predicts", "acknowledges", "admits", "write", "suggested",
      "suggests", "estimated", "estimates", "explained", "explains", "contended", "contends", "asserted", "asserts",
      "showed", "found", "reported", "announced", "announces", "conceded", "stressed", "recalled", "testified",
      "tweeted", "complained", "promised", "promises", "vowed", "replied", "responded", "boasted", "countered",
      "charged", "emphasized", "emphasizes", "agreed", "confirmed", "confirms", "maintains", "maintained", "explain",
      "insist", "alleges", "alleged", "allege", "alleging",
      // participles after a comma: "…, saying the plan failed"
      "saying", "telling", "arguing", "claiming", "adding", "noting", "warning", "insisting", "explaining",
      "suggesting", "predicting", "acknowledging", "admitting", "writing", "asserting", "contending",
      "stating", "declaring", "announcing", "stressing", "complaining", "boasting", "promising", "recalling");

  /**
   * Reporting verbs that take an object as often as a clause ("added a goal", "reported a profit",
   * "found her tracks"): after them a clause without "that" needs its verb close to its first word.
   */
  private static final Set<String> OBJECT_CUES = Set.of("added", "adds", "adding", "reported", "found", "showed",
      "announced", "announces", "announcing", "charged", "responded", "estimated", "estimates", "suggested",
      "suggests", "suggesting", "promised", "promises", "promising", "confirmed", "confirms");

  /** Verbs that show a clause has begun: "added the plan would fail", "reported the man was shot". */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "could", "should",
      "can", "may", "might", "must", "has", "have", "had", "did", "does", "do", "'s", "’s", "won't", "can't");
  /** How far past a verb's object-like first word the clause's own verb must stand. */
  private static final int VERB_REACH = 5;

  /** What surely opens a clause: "said he would", "says the plan failed". */
  private static final Set<String> OPENERS = Set.of("he", "she", "they", "it", "we", "i", "the", "his", "her",
      "their", "its", "there", "this", "these", "those", "a", "an");

  /** What follows a reporting verb without opening its clause: prepositions, times, answers. */
  private static final Set<String> NO_CLAUSE = Set.of("in", "on", "at", "of", "to", "for", "with", "by", "about",
      "after", "before", "during", "from", "as", "so", "if", "whether", "what", "how", "why", "when", "where", "who",
      "which", "yes", "no", "nothing", "something", "anything", "little", "more", "less", "goodbye",
      "thanks", "sorry", "otherwise", "today", "yesterday", "tonight", "tomorrow", "earlier", "later", "recently",
      "publicly", "privately", "repeatedly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "last", "next", "then", "again", "only", "not", "also", "too", "and", "or", "but", "through",
      "over", "under", "into", "than", "just", "once", "twice", "hello", "okay", "ok", "please", "out", "up",
      "down", "off", "away", "back", "while", "because", "although", "though", "instead", "either", "neither");

  /** "said in a statement that": "that" this many tokens after the verb at most. */
  static final int MAX_ADJUNCT = 10;
  /** A clause without "that" runs to this many tokens at least: "said Friday." is none. */
  static final int MIN_BARE_CLAUSE = 4;

  /** Verbs of asking and explaining, whose clause opens with "if", "whether" or a question word. */
  private static final Set<String> QUESTION_CUES = Set.of("asked", "asks", "ask", "asking", "wondered", "wonders",
      "wonder", "questioned", "inquired", "explained", "explains", "explain", "explaining");

  /** What opens an indirect question: "asked if", "asked reporters whether", "asked him how". */
  private static final Set<String> QUESTION_OPENERS = Set.of("if", "whether", "who", "what", "how", "why", "when",
      "where", "which");

  /** Between a verb of asking and its question: whom was asked, a few words. */
  static final int MAX_ASKED = 4;

  /** A second report of the same speaker after a comma: "…, adding that …", "…, noting the …". */
  private static final Set<String> SECOND_PARTICIPLES = Set.of("adding", "noting", "saying", "explaining", "arguing",
      "insisting", "warning", "stressing", "joking", "acknowledging", "claiming", "admitting", "suggesting");
  /** The same after "and" or "but": "…, but added that …". */
  private static final Set<String> SECOND_VERBS = Set.of("added", "adds", "noted", "notes", "said", "says", "warned",
      "stressed", "insisted", "argued", "explained", "acknowledged", "admitted", "conceded", "joked");

  private ReportedClause() {}

  /** Whether the word at i is a participle of a second report after a comma, a cue in its own right: ", adding that". */
  static boolean secondParticiple(List<String> w, int i) {
    return i > 0 && w.get(i - 1).equals(",") && SECOND_PARTICIPLES.contains(w.get(i));
  }

  /**
   * Where a second report of the same speaker opens inside a reported clause, which the clause stops
   * before: the comma or conjunction of "…, adding that …", "…, but added that …", "… and noted that …";
   * the list's size when there is none.
   */
  static int secondReport(List<String> w, int from) {
    for (int k = from; k + 1 < w.size(); k++) {
      boolean comma = w.get(k).equals(",");
      int verb = comma && Set.of("and", "but").contains(w.get(k + 1)) ? k + 2 : k + 1;
      boolean conjunction = verb > k + 1 || w.get(k).equals("and") || w.get(k).equals("but");
      if (verb < w.size() && (comma && SECOND_PARTICIPLES.contains(w.get(verb))
          || conjunction && SECOND_VERBS.contains(w.get(verb)))) {
        return k;
      }
    }
    return w.size();
  }

  /** The index of the word opening the question a verb of asking or explaining at {@code cue} reports; -1 when none. */
  static int question(List<String> w, int cue) {
    if (!QUESTION_CUES.contains(w.get(cue))) {
      return -1;
    }
    for (int k = cue + 1; k < w.size() && k <= cue + MAX_ASKED; k++) {
      if (QUESTION_OPENERS.contains(w.get(k))) {
        return k;
      }
      if (!w.get(k).isEmpty() && !Character.isLetterOrDigit(w.get(k).codePointAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** The index of "that" after the verb at {@code cue}, past a short adjunct; -1 when none. */
  static int that(List<String> w, int cue) {
    // "said he is confident the party has learned from that mistake": the clause opened on its subject
    // ("it" may be an object: "called it a solution that …")
    if (cue + 1 < w.size() && SUBJECT_PRONOUNS.contains(w.get(cue + 1)) && !w.get(cue + 1).equals("it")) {
      return -1;
    }
    for (int k = cue + 1; k < w.size() && k <= cue + MAX_ADJUNCT; k++) {
      String word = w.get(k);
      if (word.equals("that")) {
        // "from that mistake": after a preposition "that" is a determiner or a pronoun
        return THAT_DETERMINED.contains(w.get(k - 1)) ? -1 : k;
      }
      if (word.equals("but")) {
        return -1; // "reported little progress but are hopeful that …": another verb's clause
      }
      if (!word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0)) && !word.startsWith("'")) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "on", "at", "during", "after", "before");
  /** Prepositions after which "that" opens no clause: "from that mistake", "about that". */
  private static final Set<String> THAT_DETERMINED = Set.of("from", "of", "about", "with", "like", "by", "for", "to",
      "into", "than");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

  /**
   * The index of a subject pronoun opening the clause past a short adjunct, "that" left out: "said in
   * his New Year's speech he was ready", "stated in July it opposed the pipeline"; -1 when none.
   *
   * @param next where the clause may open, past whom the speaker told
   */
  static int pronounAfterAdjunct(List<String> w, int cue, int next) {
    if (next >= w.size() || !BARE_CUES.contains(w.get(cue)) || !ADJUNCT_OPENERS.contains(w.get(next))) {
      return -1;
    }
    for (int k = next + 2; k + 1 < w.size() && k <= cue + MAX_ADJUNCT; k++) {
      String word = w.get(k);
      if (SUBJECT_PRONOUNS.contains(word) && !ADJUNCT_OPENERS.contains(w.get(k - 1))
          && Character.isLetter(w.get(k + 1).codePointAt(0))) {
        return k;
      }
      if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0)) && !word.startsWith("'") || word.equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  /** Days and times that may stand between a verb and its clause: "said Thursday the plan…". */
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight");

  /**
   * Past a day right after the verb ("said Thursday one of the suggestions could save money"), unless
   * the day is the clause's own ("said Tuesday's remarks raise questions"): where the clause may open.
   */
  static int pastDay(List<String> w, int cue, int next) {
    boolean day = next + 1 < w.size() && BARE_CUES.contains(w.get(cue)) && DAYS.contains(w.get(next));
    boolean own = day && (w.get(next + 1).equals("'s") || w.get(next + 1).equals("’s"));
    boolean punctuation = day && !w.get(next + 1).isEmpty() && !Character.isLetterOrDigit(w.get(next + 1).codePointAt(0));
    return day && !own && !punctuation && !NO_CLAUSE.contains(w.get(next + 1)) ? next + 1 : next;
  }

  /** "more charges", "less money", "about 550", "more than 100": a quantity opening a clause. */
  private static boolean quantity(List<String> w, int at) {
    if (at + 1 >= w.size() || w.get(at + 1).isEmpty()) {
      return false;
    }
    String after = w.get(at + 1);
    boolean number = Character.isDigit(after.codePointAt(0));
    boolean noun = Character.isLetter(after.codePointAt(0)) && !NO_CLAUSE.contains(after);
    return switch (w.get(at)) {
      case "more", "less" -> number || noun || after.equals("than");
      case "about" -> number;
      default -> false;
    };
  }

  /** Whether the word at {@code next} surely opens the verb's clause: "said he", "says the". */
  static boolean opens(List<String> w, int cue, int next) {
    return next < w.size() && BARE_CUES.contains(w.get(cue)) && OPENERS.contains(w.get(next))
        && (SUBJECT_PRONOUNS.contains(w.get(next)) || w.get(next).equals("there") || verbSoon(w, cue, next));
  }

  /**
   * Whether the clause opening at {@code next} shows its verb soon, as a verb that takes objects as
   * well needs ("added three goals" is none): an auxiliary or a past form within reach.
   */
  private static boolean verbSoon(List<String> w, int cue, int next) {
    if (!OBJECT_CUES.contains(w.get(cue))) {
      return true;
    }
    for (int k = next + 1; k < w.size() && k <= next + VERB_REACH; k++) {
      String word = w.get(k);
      if (word.equals(".") || word.equals(",") || word.equals(";")) {
        return false;
      }
      if (AUXILIARIES.contains(word) || word.length() > 4 && word.endsWith("ed")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code next} may open the verb's clause, "that" left out: a word that is
   * no preposition, time or answer, with a clause of some length after it ("says Hillary Clinton is
   * lying"). Right after a quote a name is the speaker ("“…” said Hillary Clinton"): the caller
   * asks for a subject before the verb.
   */
  static boolean mayOpen(List<String> w, int cue, int next) {
    if (next >= w.size() || !BARE_CUES.contains(w.get(cue))) {
      return false;
    }
    String word = w.get(next);
    // "said Tuesday's remarks raise questions": a day that is the clause's own opens it
    boolean ownDay = DAYS.contains(word) && next + 1 < w.size() && (w.get(next + 1).equals("'s")
        || w.get(next + 1).equals("’s"));
    // a number may open the clause: "said 112 cars is large for a train", and so may a quantity:
    // "say more charges could come", "says about 550 students attend"
    if (word.isEmpty() || !Character.isLetterOrDigit(word.codePointAt(0))
        || (NO_CLAUSE.contains(word) && !ownDay && !quantity(w, next))) {
      return false;
    }
    // "added 0.4 per cent to 5,835", "reported more losses": a number or quantity is such a verb's object
    boolean counted = Character.isDigit(word.codePointAt(0)) || quantity(w, next);
    if (OBJECT_CUES.contains(w.get(cue)) && (counted || !verbSoon(w, cue, next))) {
      return false;
    }
    int end = next;
    while (end < w.size() && !w.get(end).equals(".") && !w.get(end).equals(",") && !w.get(end).equals(";")) {
      end++;
    }
    return end - next >= MIN_BARE_CLAUSE && mayHaveVerb(w, next, end);
  }

  /** Irregular past forms and modals that show a clause's verb: "said the team won". */
  private static final Set<String> IRREGULAR_VERBS = Set.of("said", "told", "took", "made", "went", "came", "got",
      "gave", "saw", "knew", "thought", "found", "left", "kept", "felt", "won", "lost", "began", "became", "ran", "put",
      "set", "let", "met", "hit", "cut", "do", "need", "want");

  /**
   * Whether words [from, end) may hold a finite verb: an auxiliary, a past form, or a word ending in
   * "s" (a verb, or a plural noun that is likelier a subject): "told CBC host Chris Walker." holds none.
   */
  private static boolean mayHaveVerb(List<String> w, int from, int end) {
    for (int k = from; k < end; k++) {
      String word = w.get(k);
      boolean s = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s");
      if (AUXILIARIES.contains(word) || IRREGULAR_VERBS.contains(word) || s || word.length() > 4 && word.endsWith("ed")) {
        return true;
      }
    }
    return false;
  }
}
