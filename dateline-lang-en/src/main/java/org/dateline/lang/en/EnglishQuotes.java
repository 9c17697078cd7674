package org.dateline.lang.en;

import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import org.dateline.kb.CountryLexicon;
import org.dateline.quote.ClaimCues;
import org.dateline.quote.DescribedSpeakers;
import org.dateline.quote.GenderWords;
import org.dateline.quote.HeadlineSources;
import org.dateline.quote.ObjectCues;
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
      "americans", "critics", "experts", "analysts", "sources", "god", "report", "reports", "statement", "polls",
      "somehow", "meanwhile", "however", "still", "instead", "later", "now");

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
        Set.of("who"),
        // finite verbs not ending in "-ed", to find a sentence's main verb by
        Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "can", "did",
            "does", "said", "says", "told", "tells", "took", "takes", "went", "goes", "made", "makes", "gave", "gives",
            "came", "comes", "spoke", "speaks", "wrote", "writes", "hit", "hits", "sent", "sends", "led", "leads",
            "held", "holds", "stood", "sought", "seeks", "brought", "fought", "won", "lost", "began", "became", "drew",
            "struck", "threw", "broke", "put", "set", "let", "met", "ran", "kept", "left", "got", "gets", "saw",
            "sees", "thought", "felt", "knew", "wants", "urges", "slams", "blasts", "rips"));
  }

  /**
   * Verbs whose object says what the subject thinks, wants or announces ("criticized the plan",
   * "called for a ban", "wants to win", "announced his resignation"); not after a form of "be",
   * which makes them passive, nor after a determiner, which makes them nouns ("the plans").
   */
  static ObjectCues objectCues() {
    List<String> cues = new ArrayList<>(ObjectCues.englishForms("criticize", "endorse", "support", "praise",
        "defend", "propose", "urge", "announce", "promise", "vow", "pledge", "call for", "call on", "want", "hope",
        "refuse", "prefer", "fear", "accuse", "attack", "dismiss", "highlight", "cite", "blame", "condemn", "reject",
        "deny", "oppose", "welcome", "applaud", "question", "demand", "request", "recommend", "threaten", "expect",
        "express", "describe", "mention", "discuss", "point to", "point out", "refer to", "talk about",
        "apologize for", "push for", "argue for", "advocate", "insist on", "complain about", "warn of",
        "warn about", "decry", "lament", "mock", "thank", "tout", "confirm", "acknowledge", "admit", "concede",
        "predict", "recall", "emphasize", "stress", "blast", "credit", "challenge", "dispute", "insist",
        "suggest", "claim", "call", "note", "show", "reveal", "indicate", "signal", "report", "agree", "stress",
        "vow", "hint at", "worry about", "allege"));
    cues.addAll(List.of("plan", "plans", "planned", "planning", "seek", "seeks", "sought", "seeking", "slam", "slams",
        "slammed", "slamming", "spoke about", "speaks about", "spoke of", "speaks of", "knock", "knocks", "knocked",
        "backed", "backing", "think", "thinks", "thought", "finds", "found", "shown", "declined to", "declines to",
        "decline to", "declining to"));
    // forms that are more often nouns or adjectives: "terror attacks", "than expected", "groups supporting"
    cues.removeAll(List.of("attacks", "expected", "expecting", "supporting"));
    return new ObjectCues(cues, Set.of("is", "was", "were", "are", "be", "been", "being", "get", "got", "gets",
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that", "of",
        "'s", "to", "and", "or"));
  }

  /** Verbs of stance and appearance, headline labels. */
  static ClaimCues claimCues() {
    return new ClaimCues(objectCues(), appearances(), headlineSources(), Set.of("a", "to"));
  }

  /**
   * Verbs that say how things seem or are expected, with no one to say so: "Trump seemed to relish
   * the fight", "the bill is expected to pass" (taken before "to" only).
   */
  static ObjectCues appearances() {
    return new ObjectCues(List.of("seem", "seems", "seemed", "appear", "appears", "appeared", "is expected",
        "are expected", "was expected", "were expected", "is likely", "are likely", "is unlikely", "are unlikely"),
        Set.of());
  }

  /** First words of headline labels that name no source: "Breaking:", "The Latest:", "Correction:". */
  static HeadlineSources headlineSources() {
    return new HeadlineSources(Set.of("the", "breaking", "revealed", "wow", "look", "watch", "contributing",
        "correction", "corrections", "update", "updated", "note", "editor's", "exclusive", "analysis", "opinion",
        "editorial", "photos", "photo", "video", "videos", "just", "follow", "still", "here's", "paid", "live",
        "read", "related", "see", "more", "also", "listen", "bombshell", "warning", "developing", "big", "now",
        "today", "tonight", "this", "what", "why", "how", "when", "where", "who", "q", "a", "an", "in", "on", "at",
        "by", "from", "for", "with", "and", "but", "so", "if", "sources", "source", "credit", "copyright", "email",
        "contact", "tags", "filed", "posted", "published", "subscribe", "sign", "click", "share", "relevant",
        "earlier", "previously", "further"),
        Set.of("read", "watch", "related", "earlier", "previously", "listen", "see", "more", "relevant", "also"));
  }

  static QuoteLexicon lexicon(GenderWords genders) {
    return new QuoteLexicon(
        List.of("said", "says", "say", "told", "tells", "added", "adds", "warn", "claim", "wrote", "write",
            "stated", "explain", "insist", "announc", "declar", "assert", "argu", "noted", "acknowledg",
            "recalled", "replied", "responded", "remarked", "conceded", "admitted", "promis", "vowed",
            "pledged", "urged", "called", "described", "predicted", "suggested", "testified", "tweeted",
            // verbs of asking, finding and believing, which PolNeAR-style attribution counts as well
            "ask", "continued", "concluded", "reiterated", "boasted", "demanded", "countered", "quipped",
            "complained", "joked", "recounted", "wondered", "reported", "found", "showed", "cited", "agreed",
            "believe", "observed", "mentioned", "emphasiz", "stressed", "estimated", "charged", "contended",
            // whole words: a shorter stem would take names in ("bark" and "Barkley")
            "barked", "groused", "snapped", "retorted", "exclaimed", "shouted", "yelled", "chanted", "proclaimed",
            "lamented", "scoffed", "mused", "pondered", "jokes", "cautioned", "answered", "recalls", "notes",
            "tweets", "contends", "posted", "scolded", "crowed", "sniffed", "suggests", "gushed", "stammered",
            "stuttered", "whispered", "muttered", "sighed", "pleaded", "reasoned", "conceded", "clarified", "commented", "blurted",
            "remarks", "echoed", "echoes", "concludes", "comments", "quips", "recounts", "laments", "marvels", "marvelled",
            "confirmed", "confirms", "maintains", "maintained", "alleg", "admits"),
        Set.of("according"),
        Set.of("of", "for", "and", "the", "in", "on", "a", "an", "to", "de", "la", "le"),
        Set.of("to"),
        Set.of("he", "she"),
        genders);
  }

  /** Roles a person is named with: "Mayor Doug McCallum", "the mayor". */
  static Set<String> personRoles() {
    Set<String> roles = new java.util.HashSet<>(TITLES);
    roles.removeIf(t -> t.endsWith(".") || t.length() <= 3 || Set.of("former", "vice", "prime", "head", "chief",
        "general", "executive", "speaker", "justice", "officer").contains(t));
    roles.addAll(Set.of("official", "defenceman", "defenseman", "goaltender", "goalie", "forward", "winger", "player",
        "owner", "president", "chair", "principal", "superintendent", "detective", "inspector", "constable",
        "prosecutor", "curator", "pastor", "priest", "bishop", "activist", "organizer", "organiser", "lawmaker",
        "legislator", "representative", "minister", "premier"));
    return Set.copyOf(roles);
  }

  /** Documents that speak for their author: "the report said", "the Civic Action study found". */
  static final Set<String> DOCUMENT_NOUNS = Set.of("report", "reports", "study", "statement", "release", "paper",
      "document", "documents", "complaint", "lawsuit", "suit", "survey", "poll", "analysis", "review", "letter", "memo",
      "filing", "decision", "ruling", "judgment", "judgement", "findings", "notice", "submission", "post", "audit",
      "assessment", "affidavit", "indictment", "records");

  /** "The mayor said": roles a person is named with; "the company said": nouns for organisations; "the report said". */
  static DescribedSpeakers describedSpeakers(CountryLexicon countries, GenderWords genders) {
    return new DescribedSpeakers(personNouns(), Set.of("company", "firm", "agency", "department", "ministry", "group", "team",
        "union", "utility", "organization", "organisation", "association", "board", "club", "party", "bank",
        "network", "league", "federation", "university", "school", "hospital", "authority", "commission", "council",
        "institute", "foundation", "regulator", "corporation", "retailer", "automaker", "airline", "broadcaster",
        "newspaper", "service", "office"),
        Set.of("the", "this"), Set.of("it"),
        name -> countries.lookup(name).filter(e -> e.kind() == CountryLexicon.Kind.AGENCY
            || e.kind() == CountryLexicon.Kind.MEDIA).isPresent(),
        DOCUMENT_NOUNS,
        genders, Set.of("they"));
  }

  /** What a person is, for a name in apposition: titles, roles, gendered nouns and common walks of life. */
  static Set<String> personNouns() {
    Set<String> nouns = new java.util.HashSet<>(personRoles());
    nouns.addAll(genders().masculineNouns());
    nouns.addAll(genders().feminineNouns());
    nouns.removeIf(n -> n.endsWith(".") || n.length() <= 3);
    nouns.addAll(Set.of("resident", "residents", "student", "member", "worker", "survivor", "victim", "employee",
        "volunteer", "teacher", "nurse", "farmer", "driver", "founder", "co-founder", "partner", "friend", "neighbour",
        "neighbor", "citizen", "refugee", "immigrant", "retiree", "graduate", "fan", "parent", "advocate", "expert",
        "consultant", "scientist", "author", "writer", "artist", "singer", "chef", "veteran", "physician", "surgeon",
        "pediatrician", "psychologist", "psychiatrist", "historian", "engineer", "mechanic", "pilot", "soldier",
        "journalist", "reporter", "editor", "columnist", "producer", "comedian", "athlete", "pitcher", "golfer",
        "skater", "dancer", "musician", "accountant", "entrepreneur", "investor", "banker", "landlord", "tenant",
        "homeowner", "mp", "mla", "mpp", "proprietor", "shopkeeper"));
    return Set.copyOf(nouns);
  }

  /** Pronouns, titles and nouns that tell a person's gender: "he", "Mrs.", "spokeswoman", "his wife". */
  static GenderWords genders() {
    // subject pronouns only: "Brandt met her" says nothing of Brandt
    return new GenderWords(Set.of("he"), Set.of("she"),
        Set.of("mr.", "mr", "sir", "spokesman", "chairman", "congressman", "councilman", "alderman", "businessman",
            "father", "husband", "son", "brother", "grandfather", "uncle", "nephew", "boyfriend", "man", "boy",
            "king", "prince", "actor", "dad", "grandson", "stepfather", "widower", "lord"),
        Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame", "lady", "spokeswoman", "chairwoman",
            "congresswoman", "councilwoman", "alderwoman", "businesswoman", "mother", "wife", "daughter", "sister",
            "grandmother", "aunt", "niece", "girlfriend", "woman", "girl", "queen", "princess", "actress", "mom",
            "mum", "granddaughter", "stepmother", "widow"));
  }
}
