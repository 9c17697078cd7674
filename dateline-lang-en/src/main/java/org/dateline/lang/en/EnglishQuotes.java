package org.dateline.lang.en;

import java.util.List;
import java.util.Set;
import org.dateline.quote.QuoteLexicon;
import org.dateline.quote.SourcePhrases;

/** How English news reports speech: "said", "told Reuters", "warned", "according to". */
final class EnglishQuotes {

  /** Words before a name that are no part of it: "Sen. Ted Cruz", "President Obama". */
  static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
      "sgt.", "capt.", "adm.", "prof.", "rev.", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "vice",
      "prime", "minister", "secretary", "senator", "governor", "representative", "chairman", "chairwoman", "chief",
      "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "judge", "justice", "mayor", "former",
      "candidate", "nominee", "speaker", "leader", "general", "professor", "attorney", "congressman",
      "congresswoman", "sheriff", "officer", "commissioner", "adviser", "advisor", "head", "coach", "manager",
      "captain", "executive", "ceo", "founder", "analyst", "researcher", "economist", "lawyer", "doctor",
      "councillor", "councilor", "premier", "mp", "mla", "critic", "co-founder");

  /** Capitalised words that name no one: pronouns and articles opening a sentence, days, months, groups. */
  static final Set<String> NOT_NAMES = Set.of("the", "he", "she", "it", "they", "we", "i", "you", "this", "that",
      "these", "those", "a", "an", "and", "but", "or", "in", "on", "at", "for", "to", "of", "his", "her", "their",
      "its", "our", "my", "there", "here", "when", "while", "after", "before", "as", "if", "so", "then", "what",
      "who", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "republicans", "democrats", "officials", "police", "some", "many", "others", "both", "all", "one", "people",
      "americans", "critics", "experts", "analysts", "sources", "god", "report", "reports", "statement", "polls");

  private EnglishQuotes() {}

  /** What stands between a subject and its cue, what a subject never runs past, and how a described source opens. */
  static SourcePhrases sourcePhrases() {
    return new SourcePhrases(
        Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may", "might",
            "must", "can", "did", "does", "do", "not", "n't", "never", "also", "later", "then", "once", "again",
            "often", "still", "already", "long", "even", "first", "too", "just", "soon", "since", "previously",
            "recently", "repeatedly", "publicly", "privately", "reportedly", "earlier", "separately", "further",
            "been", "be", "'s", "'ve", "'d", "'ll"),
        Set.of("that", "which", "and", "but", "or", "nor", "because", "while", "when", "whereas", "although",
            "though", "if", "unless", "as", "so", "yet", "after", "before", "until", "where", "than", "whether",
            "said", "says", "say", "told", "tells", "according", "—", "–", "--", "-", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"),
        Set.of("a", "an", "the", "his", "her", "their", "its", "our", "another", "one", "two", "three", "some",
            "several", "many", "most", "other", "others", "top", "senior", "officials", "aides", "sources", "he",
            "she", "they", "we", "i"),
        Set.of("who"));
  }

  static QuoteLexicon lexicon() {
    return new QuoteLexicon(
        List.of("said", "says", "say", "told", "tells", "added", "adds", "warn", "claim", "wrote", "write",
            "stated", "explain", "insist", "announc", "declar", "assert", "argu", "noted", "acknowledg",
            "recalled", "replied", "responded", "remarked", "conceded", "admitted", "promis", "vowed",
            "pledged", "urged", "called", "described", "predicted", "suggested", "testified", "tweeted",
            // verbs of asking, finding and believing, which PolNeAR-style attribution counts as well
            "ask", "continued", "concluded", "reiterated", "boasted", "demanded", "countered", "quipped",
            "complained", "joked", "recounted", "wondered", "reported", "found", "showed", "cited", "agreed",
            "believe", "observed", "mentioned", "emphasiz", "stressed", "estimated", "charged", "contended"),
        Set.of("according"),
        Set.of("of", "for", "and", "the", "in", "on", "a", "an", "to", "de", "la", "le"),
        Set.of("to"),
        Set.of("he", "she"));
  }
}
