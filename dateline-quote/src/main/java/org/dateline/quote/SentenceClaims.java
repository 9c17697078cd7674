package org.dateline.quote;

import static org.dateline.quote.Clauses.span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Every claim of one sentence, one per cue ("X a dit que …, selon Y" holds two), with its source:
 * the patterns listed in {@link ClaimStage}, bar a headline's label.
 */
final class SentenceClaims {

  /** "…, the prime minister's spokesman said.": the source between the comma and a closing cue, in tokens. */
  private static final int MAX_CLOSING_SOURCE = 7;
  /** Words after which a cue is a noun: "his comments", "the claims" ("a" is the French verb of "il a dit"). */
  private static final Set<String> DETERMINERS = Set.of("the", "an", "his", "her", "their", "its", "our", "my", "your",
      "these", "those");
  /** Verbs of believing and finding, whose clause is what the source thinks or found ("a study found"): a stance, not speech. */
  private static final Set<String> THOUGHT = Set.of("believe", "believes", "believed", "think", "thinks", "thought",
      "found", "finds", "showed", "shows");
  /** Words that carry a reported clause on past an incise: "…, he says, and are meant …", "…, Roe said, that …". */
  private static final Set<String> INCISE_CONTINUATIONS = Set.of("and", "but", "that", "or", "et", "mais");
  /** Marks that close a quotation. */
  private static final Set<String> CLOSING_MARKS = Set.of("\"", "”", "»", "''", "’");

  private final QuoteLexicon lexicon;
  private final ClaimSources sourceNames;
  private final SourcePhrases phrases;
  private final StanceSpans stances;
  private final Set<String> notFinite;
  private final ClaimSubjects subjects;
  private final Pronouns pronouns;

  SentenceClaims(QuoteLexicon lexicon, ClaimSources sourceNames, SourcePhrases phrases, ClaimCues cues) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.sourceNames = Objects.requireNonNull(sourceNames, "sourceNames");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    this.stances = new StanceSpans(cues.objects(), cues.appearances());
    this.notFinite = cues.notFinite();
    this.subjects = new ClaimSubjects(lexicon, sourceNames, phrases);
    this.pronouns = new Pronouns(lexicon);
  }

  /** The claims of a sentence, given its tokens, in the order their cues come. */
  List<Claim> read(Document doc, List<Token> tokens, PersonGenders genders) {
    List<String> w = tokens.stream().map(t -> doc.text(t.span()).toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    List<Claim> found = accordingTo(doc, tokens, w);
    Optional<Claim> closed = Optional.empty(); // "…, Roe said," before a second report: its source is Roe
    for (int i = 0; i < tokens.size(); i++) {
      String word = w.get(i);
      // "describes himself as the most left-leaning Green", "calls it a rookie mistake": what the speaker calls something
      int calledAs = Namings.named(w, i);
      if (calledAs > 0 && calledAs < tokens.size()) {
        claim(doc, span(tokens, calledAs, Clauses.coordinatedClause(w, calledAs)), subjects.of(doc, tokens, w, i, genders),
            doc.text(tokens.get(i).span()), subjects.phrase(doc, tokens, w, i)).ifPresent(found::add);
        continue;
      }
      // "urged all Canadians to consult the advisory": what the speaker told someone to do
      int to = Directives.infinitive(w, i);
      if (to > 0 && Character.isLowerCase(doc.text(tokens.get(to + 1).span()).codePointAt(0))) {
        claim(doc, span(tokens, to, Clauses.coordinatedClause(w, to)), subjects.of(doc, tokens, w, i, genders),
            doc.text(tokens.get(i).span()), subjects.phrase(doc, tokens, w, i)).ifPresent(found::add);
        continue;
      }
      // "his comments come …", "the claims": a cue after a determiner is a noun
      boolean noun = i > 0 && (DETERMINERS.contains(w.get(i - 1)) || notFinite.contains(w.get(i - 1)));
      if ((!isClaimCue(word) || noun) && !ReportedClause.secondParticiple(w, i)) {
        int at = i;
        objectClaim(doc, tokens, w, at, genders).or(() -> appearance(tokens, w, at)).ifPresent(found::add);
        continue;
      }
      String cue = doc.text(tokens.get(i).span());
      // ", saying the plan failed" shares the subject of the main verb: no phrase of its own beside it
      boolean participle = word.endsWith("ing") || word.endsWith("ant");
      // … est accusé par Y de …
      if (word.startsWith("accus") && i + 1 < w.size() && w.get(i + 1).equals("par")) {
        int de = Clauses.indexOf(w, i + 2, "de", "d'");
        if (de > 0) {
          claim(doc, span(tokens, de + 1, Clauses.coordinatedClause(w, de + 1)), sourceNames.named(doc, span(tokens, i + 2, de)), cue)
              .ifPresent(found::add);
          continue;
        }
      }
      // Y soupçonnent X de …, Y accusent X de …
      if (word.startsWith("soupçonn") || word.startsWith("accus")) {
        int de = Clauses.indexOf(w, i + 1, "de", "d'");
        if (de > 0 && de - i <= 4) {
          claim(doc, span(tokens, de + 1, Clauses.coordinatedClause(w, de + 1)), subjects.of(doc, tokens, w, i, genders), cue)
              .ifPresent(found::add);
          continue;
        }
      }
      // …, écrit X  (but "Sanders, who has sent pleas, said he may campaign": a subject and its apposition)
      Optional<Span> apposition = i > 0 && w.get(i - 1).equals(",") ? subjects.withApposition(doc, tokens, w, i)
          : Optional.empty();
      if (i > 0 && w.get(i - 1).equals(",") && i + 1 < tokens.size() && apposition.isEmpty()) {
        List<String> after = ClaimSources.speakers(doc, span(tokens, i + 1, Math.min(i + 4, Clauses.clauseEnd(w, i + 1))));
        Optional<Span> phrase = participle ? Optional.empty() : phrases.after(doc, tokens, i);
        if (!after.isEmpty() || phrase.isPresent()) {
          claim(doc, span(tokens, 0, i - 1), after, cue, phrase).ifPresent(found::add);
          continue;
        }
      }
      // …, the Kremlin said.  /  …, a indiqué le Kremlin.  (the source between the comma and a closing cue)
      // and "The museum, Mr. Bush said, celebrated …": an incise, the whole sentence reported
      // "…, Roe said, adding that …": a closing cue before a second report
      boolean closing = i + 1 >= w.size() || w.get(i + 1).equals(".") || ReportedClause.secondReport(w, i + 1) == i + 1;
      boolean incise = !closing && phrases.enabled() && i + 2 < w.size() && w.get(i + 1).equals(",");
      if (closing || incise) {
        int comma = w.subList(0, i).lastIndexOf(",");
        if (comma > 0 && i - comma <= MAX_CLOSING_SOURCE) {
          List<String> named = ClaimSources.speakers(doc, span(tokens, comma + 1, i));
          // "…, he said.": the person the pronoun stands for
          int pronoun = pronouns.lone(w, comma + 1, i);
          List<String> before = named.isEmpty() && pronoun >= 0
              ? pronouns.antecedentId(doc, genders, tokens.get(pronoun).span().start(), w.get(pronoun)) : named;
          Optional<Span> phrase = participle ? Optional.empty() : phrases.before(doc, tokens, i);
          if (!before.isEmpty() || phrase.isPresent()) {
            // "The drugs have uses, he says, and are meant …": what goes on after an incise with a
            // conjunction is reported apart, as quotes are cut around an incise
            boolean split = incise && i + 2 < w.size() && INCISE_CONTINUATIONS.contains(w.get(i + 2));
            if (split) {
              claim(doc, span(tokens, i + 2, tokens.size()), before, cue, phrase).ifPresent(found::add);
            }
            Optional<Claim> claim = claim(doc, closing || split ? span(tokens, 0, comma) : span(tokens, 0, tokens.size()),
                before, cue, phrase);
            claim.ifPresent(found::add);
            closed = ReportedClause.secondReport(w, i + 1) == i + 1 ? claim : Optional.empty();
            continue;
          }
        }
      }
      // X a annoncé que …, X a annoncé avoir …
      int next = i + 1;
      while (next < w.size() && (w.get(next).equals("à") || w.get(next).equals("au") || w.get(next).equals("l'"))) {
        next++; // "a déclaré à l'AFP que"
      }
      if (next < w.size() && (w.get(i).equals("told") || w.get(i).equals("tells") || w.get(i).equals("telling")) && next + 1 < w.size()) {
        next++; // "told reporters that", "told CNN he": past whom the speaker told
      }
      if (phrases.enabled()) {
        next = ReportedClause.pastDay(w, i, next); // "said Thursday one of the suggestions could…"
      }
      boolean that = next < w.size() && (w.get(next).equals("que") || w.get(next).equals("qu'") || w.get(next).equals("that"));
      boolean infinitive = next < w.size() && (w.get(next).equals("avoir") || w.get(next).equals("être"));
      Optional<Span> phrase = subjects.phrase(doc, tokens, w, i).or(() -> apposition);
      // "said in a statement that …": past a short adjunct
      int thatAfterAdjunct = that || !phrases.enabled() ? -1 : ReportedClause.that(w, i);
      // "asked reporters whether …": the question, from its opening word; "said in a speech he …"
      int question = that || !phrases.enabled() ? -1 : ReportedClause.question(w, i);
      if (question < 0 && thatAfterAdjunct < 0 && !that && phrases.enabled()) {
        question = ReportedClause.pronounAfterAdjunct(w, i, next);
      }
      // English leaves "that" out: "Trump said he would win", "Clinton says Trump is lying"
      // "“…,” said a statement released by the office": right after a quote the cue's source follows it
      boolean afterQuote = i > 1 && w.get(i - 1).equals(",") && CLOSING_MARKS.contains(w.get(i - 2))
          || i > 0 && CLOSING_MARKS.contains(w.get(i - 1));
      boolean bareClause = !that && !afterQuote && (ReportedClause.opens(w, i, next)
          || (phrase.isPresent() && thatAfterAdjunct < 0 && ReportedClause.mayOpen(w, i, next)));
      if (that || infinitive || bareClause || thatAfterAdjunct > 0 || question > 0) {
        List<String> subject = subjects.of(doc, tokens, w, i, genders).stream().limit(1).toList();
        if (participle && closed.isPresent()) {
          subject = closed.get().sources();
          phrase = closed.get().sourcePhrase();
        }
        if (!subject.isEmpty() || phrase.isPresent()) {
          int from = that ? next + 1 : question > 0 ? question : thatAfterAdjunct > 0 ? thatAfterAdjunct + 1 : next;
          claim(doc, span(tokens, from, Clauses.coordinatedClause(w, from)), subject, cue, phrase).ifPresent(found::add);
          continue;
        }
      }
      objectClaim(doc, tokens, w, i, genders).ifPresent(found::add);
    }
    return found;
  }

  /** "selon X, …", "…, selon X", "…, according to X": the rest of the sentence, source X. */
  private List<Claim> accordingTo(Document doc, List<Token> tokens, List<String> w) {
    List<Claim> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (lexicon.sourcePrepositions().contains(w.get(i)) || (w.get(i).equals("according") && i + 1 < w.size()
          && w.get(i + 1).equals("to"))) {
        boolean trailing = i > 1 && w.get(i - 1).equals(",");
        int phraseEnd = trailing ? tokens.size() : Clauses.clauseEnd(w, i + 1);
        int from = w.get(i).equals("according") ? i + 2 : i + 1;
        List<String> sources = sourceNames.named(doc, span(tokens, i + 1, phraseEnd));
        Span content = trailing ? span(tokens, 0, i - 1) : span(tokens, Math.min(phraseEnd + 1, tokens.size() - 1), tokens.size());
        int phraseStop = phraseEnd;
        while (phraseStop > from && w.get(phraseStop - 1).chars().noneMatch(Character::isLetterOrDigit)) {
          phraseStop--; // "…, according to Reuters.": the sentence's full stop is no part of the source
        }
        Optional<Span> phrase = phrases.enabled() ? Optional.ofNullable(span(tokens, from, phraseStop)) : Optional.empty();
        claim(doc, content, sources, doc.text(tokens.get(i).span()), phrase).ifPresent(found::add);
      }
    }
    return found;
  }

  /** "X criticized the plan", "X called for a ban", "X wants to win": the object, source the subject. */
  private Optional<Claim> objectClaim(Document doc, List<Token> tokens, List<String> w, int i, PersonGenders genders) {
    Optional<StanceSpans.Range> object = stances.object(w, i);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    int from = object.get().from();
    Span content = span(tokens, from, Math.min(object.get().to(), Clauses.coordinatedClause(w, from)));
    if (content != null && StanceSpans.mostlyInMarks(doc.text(content))) {
      return Optional.empty(); // "called it “a disgrace”": the quoted words are the quote stage's to judge
    }
    List<String> subject = subjects.of(doc, tokens, w, i, genders).stream().limit(1).toList();
    return claim(content, subject, doc.text(tokens.get(i).span()), subjects.phrase(doc, tokens, w, i), Claim.Kind.STANCE);
  }

  /** "Trump seemed to relish the fight", "the bill is expected to pass": the clause, with no source. */
  private Optional<Claim> appearance(List<Token> tokens, List<String> w, int i) {
    return stances.appearance(w, i, Clauses.clauseStart(w, i)).map(r -> span(tokens, r.from(), r.to()))
        .map(content -> new Claim(content, List.of(), w.get(i), Optional.empty(), Claim.Kind.APPEARANCE));
  }

  private boolean isClaimCue(String word) {
    return lexicon.isCue(word) || word.startsWith("soupçonn") || word.startsWith("accus");
  }

  private static Optional<Claim> claim(Document doc, Span content, List<String> sources, String cue) {
    return claim(doc, content, sources, cue, Optional.empty());
  }

  /** A claim needs a source: an entity, or else the phrase that says who ("officials said"). */
  private static Optional<Claim> claim(Document doc, Span content, List<String> sources, String cue,
      Optional<Span> phrase) {
    // "He believes there is nothing wrong …", "The survey found …": a belief or a finding is a stance, not speech
    Claim.Kind kind = THOUGHT.contains(cue.toLowerCase(Locale.ROOT)) ? Claim.Kind.STANCE : Claim.Kind.SPEECH;
    return claim(content, sources, cue, phrase, kind);
  }

  private static Optional<Claim> claim(Span content, List<String> sources, String cue, Optional<Span> phrase,
      Claim.Kind kind) {
    if (content == null || (sources.isEmpty() && phrase.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Claim(content, sources, cue, phrase, kind));
  }
}
