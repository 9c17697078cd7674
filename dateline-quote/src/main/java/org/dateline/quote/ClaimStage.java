package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;
import org.dateline.kb.CountryLexicon;

/**
 * Indirect reported content and who it is attributed to, sentence by sentence:
 *
 * <ul>
 *   <li>"selon X, …" / "…, selon X": the rest of the sentence, source X;
 *   <li>"X a annoncé que …", "X a annoncé avoir …": what follows the cue, source the subject;
 *   <li>"… est accusé par Y de …": what follows "de", sources the agents after "par";
 *   <li>"Y soupçonnent X de …": what follows "de", sources the subjects;
 *   <li>"…, écrit X": what precedes the cue, source X;
 *   <li>"X criticized the plan", "X wants to win": the object of a verb of stance ({@link ObjectCues});
 *   <li>"Graham: Trump's Rhetoric …": a headline's label ({@link HeadlineSources}).
 * </ul>
 *
 * A people named by a demonym ("des responsables américains") stands for its country's entity in
 * the article. Content that is mostly a quote is left to the quote.
 */
public final class ClaimStage implements Stage {

  private final QuoteLexicon lexicon;
  private final ClaimSources sourceNames;
  private final SourcePhrases phrases;
  private final StanceSpans stances;
  private final HeadlineSources headlines;
  private final Pronouns pronouns;
  private final Set<String> notFinite;

  public ClaimStage(QuoteLexicon lexicon, CountryLexicon countries) {
    this(lexicon, countries, SourcePhrases.NONE, ClaimCues.NONE);
  }

  /**
   * @param phrases finds the phrase that says who claims ("officials said"); with it a claim whose
   *     source names no entity is kept with that phrase alone
   */
  public ClaimStage(QuoteLexicon lexicon, CountryLexicon countries, SourcePhrases phrases) {
    this(lexicon, countries, phrases, ClaimCues.NONE);
  }

  /** @param cues verbs of stance and appearance, headline labels: claims without a reporting verb */
  public ClaimStage(QuoteLexicon lexicon, CountryLexicon countries, SourcePhrases phrases, ClaimCues cues) {
    this.stances = new StanceSpans(Objects.requireNonNull(cues, "cues").objects(), cues.appearances());
    this.headlines = cues.headlines();
    this.notFinite = cues.notFinite();
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.pronouns = new Pronouns(lexicon);
    this.sourceNames = new ClaimSources(countries);
    this.phrases = Objects.requireNonNull(phrases, "phrases");
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.CLAIMS);
  }

  @Override
  public Document apply(Document document) {
    PersonGenders genders = PersonGenders.of(document, lexicon.genders());
    List<Claim> claims = new ArrayList<>();
    List<List<Token>> bySentence = document.tokensBySentence();
    for (int k = 0; k < bySentence.size(); k++) {
      Sentence sentence = document.sentences().get(k);
      List<Token> tokens = bySentence.get(k);
      readSentence(document, sentence, tokens, genders).stream().filter(c -> !mostlyQuoted(document, c.span()))
          .filter(c -> claims.stream().noneMatch(o -> o.span().equals(c.span()))).forEach(claims::add);
    }
    for (Block block : document.blocks()) {
      if (headlines.link(document.text(), block.span())) {
        claims.removeIf(c -> block.span().contains(c.span()));
        continue;
      }
      headlines.read(document.text(), block.span()).filter(h -> claims.stream().noneMatch(c -> c.span().overlaps(h.content())))
          .filter(h -> !mostlyQuoted(document, h.content()))
          .map(h -> new Claim(h.content(), sourceNames.named(document, h.label()), ":", Optional.of(h.label())))
          .ifPresent(h -> claims.add(insertionPoint(claims, h.span()), h));
    }
    return document.withClaims(claims);
  }

  /** "…, the prime minister's spokesman said.": the source between the comma and a closing cue, in tokens. */
  private static final int MAX_CLOSING_SOURCE = 7;

  /** Where a claim goes so that the claims stay in the text's order: before the first one after it. */
  private static int insertionPoint(List<Claim> claims, Span span) {
    int k = 0;
    while (k < claims.size() && claims.get(k).span().start() <= span.start()) {
      k++;
    }
    return k;
  }

  /** Every claim of a sentence, one per cue: "X a dit que …, selon Y" holds two. */
  private List<Claim> readSentence(Document doc, Sentence sentence, List<Token> tokens, PersonGenders genders) {
    List<Claim> found = new ArrayList<>();
    List<String> w = tokens.stream().map(t -> doc.text(t.span()).toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    for (int i = 0; i < tokens.size(); i++) {
      // selon X, …  /  …, selon X
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
    Optional<Claim> closed = Optional.empty(); // "…, Roe said," before a second report: its source is Roe
    for (int i = 0; i < tokens.size(); i++) {
      String word = w.get(i);
      // "describes himself as the most left-leaning Green", "calls it a rookie mistake": what the speaker calls something
      int calledAs = Namings.named(w, i);
      if (calledAs > 0 && calledAs < tokens.size()) {
        claim(doc, span(tokens, calledAs, Clauses.coordinatedClause(w, calledAs)), subject(doc, tokens, w, i, genders),
            doc.text(tokens.get(i).span()), subjectPhrase(doc, tokens, w, i)).ifPresent(found::add);
        continue;
      }
      // "urged all Canadians to consult the advisory": what the speaker told someone to do
      int to = Directives.infinitive(w, i);
      if (to > 0 && Character.isLowerCase(doc.text(tokens.get(to + 1).span()).codePointAt(0))) {
        claim(doc, span(tokens, to, Clauses.coordinatedClause(w, to)), subject(doc, tokens, w, i, genders),
            doc.text(tokens.get(i).span()), subjectPhrase(doc, tokens, w, i)).ifPresent(found::add);
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
          claim(doc, span(tokens, de + 1, Clauses.coordinatedClause(w, de + 1)), subject(doc, tokens, w, i, genders), cue)
              .ifPresent(found::add);
          continue;
        }
      }
      // …, écrit X  (but "Sanders, who has sent pleas, said he may campaign": a subject and its apposition)
      Optional<Span> apposition = i > 0 && w.get(i - 1).equals(",") ? subjectWithApposition(doc, tokens, w, i)
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
      Optional<Span> phrase = subjectPhrase(doc, tokens, w, i).or(() -> apposition);
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
        List<String> subject = subject(doc, tokens, w, i, genders).stream().limit(1).toList();
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
    List<String> subject = subject(doc, tokens, w, i, genders).stream().limit(1).toList();
    return claim(content, subject, doc.text(tokens.get(i).span()), subjectPhrase(doc, tokens, w, i), Claim.Kind.STANCE);
  }

  /** "Trump seemed to relish the fight", "the bill is expected to pass": the clause, with no source. */
  private Optional<Claim> appearance(List<Token> tokens, List<String> w, int i) {
    return stances.appearance(w, i, Clauses.clauseStart(w, i)).map(r -> span(tokens, r.from(), r.to()))
        .map(content -> new Claim(content, List.of(), w.get(i), Optional.empty(), Claim.Kind.APPEARANCE));
  }

  /**
   * The phrase that says who for the cue at {@code i}: its subject, or for a participle after a
   * comma ("…, saying the plan failed") the subject of the sentence's main verb.
   */
  private Optional<Span> subjectPhrase(Document doc, List<Token> tokens, List<String> w, int i) {
    // English only: the phrases are English, and a French "-ant" would take "want" in
    boolean participle = w.get(i).endsWith("ing");
    if (participle && i > 0 && w.get(i - 1).equals(",")) {
      return phrases.mainSubject(doc, tokens, i);
    }
    return participle ? Optional.empty() : phrases.before(doc, tokens, i);
  }

  /**
   * Whether the comma before the cue at {@code cue} closes an apposition of the sentence's subject
   * ("Sanders, who has sent pleas, said he…", "Christopher Harvey, a delegate from Houston, Texas,
   * said the…") rather than ending reported content ("The plan failed, said a spokesman"): the
   * sentence opens with the subject (a phrase found back from the cue, or a name before the first
   * comma) and a clause follows the cue, opened by a pronoun or too long for an inverted source.
   */
  private Optional<Span> subjectWithApposition(Document doc, List<Token> tokens, List<String> w, int cue) {
    int next = cue + 1;
    boolean clause = ReportedClause.opens(w, cue, next) || ReportedClause.mayOpen(w, cue, next);
    if (!clause) {
      return Optional.empty();
    }
    // "…, and Brian Deese, the White House adviser, said he …": a phrase with its apposition
    Optional<Span> subject = phrases.before(doc, tokens, cue);
    if (subject.isPresent() && (subject.get().start() == tokens.get(0).span().start() || innerComma(doc, subject.get()))) {
      return subject;
    }
    boolean pronoun = lexicon.pronouns().contains(w.get(next));
    if (!pronoun && w.size() - next <= SourcePhrases.MAX_INVERTED + 1) {
      return Optional.empty(); // as short as an inverted source: "…, said a spokesman for the campaign."
    }
    // the name, its apposition and all, past a conjunction opening the sentence ("But Murshed Zaheed, …,")
    int from = opensWithName(doc, tokens, w);
    return from < 0 ? Optional.empty() : Optional.ofNullable(span(tokens, from, cue - 1));
  }

  /**
   * Where the name opening the sentence starts when the words before its first comma are a few and
   * end on a name ("Christopher Harvey, …", "But Murshed Zaheed, …"); -1 when they are not.
   */
  private static int opensWithName(Document doc, List<Token> tokens, List<String> w) {
    int comma = w.indexOf(",");
    if (comma < 1 || comma > MAX_NAME_BEFORE_APPOSITION) {
      return -1;
    }
    String last = doc.text(tokens.get(comma - 1).span());
    boolean words = w.subList(0, comma).stream()
        .allMatch(x -> !x.isEmpty() && (Character.isLetter(x.codePointAt(0)) || x.startsWith("'")));
    if (!Character.isUpperCase(last.codePointAt(0)) || !words) {
      return -1;
    }
    return CONJUNCTIONS.contains(w.get(0)) && comma > 1 ? 1 : 0;
  }

  /** Whether a phrase holds a comma before its last character: "Brian Deese, the adviser,". */
  private static boolean innerComma(Document doc, Span phrase) {
    String text = doc.text(phrase);
    return text.substring(0, Math.max(0, text.length() - 1)).contains(",");
  }

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

  /** Conjunctions that may open a sentence before its subject. */
  private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so", "or", "mais", "et");

  /** "His campaign chairman Paul Manafort, …": a name and its title before an apposition, in words. */
  private static final int MAX_NAME_BEFORE_APPOSITION = 6;

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

  /**
   * The subject of a cue: the entities of its clause, else the last entity before it in the
   * sentence; a participle ("…, affirmant que") shares the subject of the main verb, the first
   * entity of the sentence.
   */
  private List<String> subject(Document doc, List<Token> tokens, List<String> w, int cue, PersonGenders genders) {
    if (w.get(cue).endsWith("ant") || w.get(cue).endsWith("ing")) {
      List<String> all = sourceNames.named(doc, span(tokens, 0, cue));
      return all.isEmpty() ? all : List.of(all.get(0));
    }
    List<String> inClause = sourceNames.named(doc, span(tokens, Clauses.clauseStart(w, cue), cue));
    // "He told police he …": a pronoun that an earlier stage tied to the person named last, whatever
    // their gender, is resolved below by gender instead
    boolean pronounsOnly = ClaimSources.pronounsOnly(doc, span(tokens, Clauses.clauseStart(w, cue), cue));
    if (!inClause.isEmpty() && !pronounsOnly) {
      return ClaimSources.personsFirst(doc, inClause);
    }
    // "he said the plan failed": the person named last before the pronoun
    for (int k = Clauses.clauseStart(w, cue); k < cue; k++) {
      if (lexicon.pronouns().contains(w.get(k))) {
        return pronouns.antecedentId(doc, genders, tokens.get(k).span().start(), w.get(k));
      }
    }
    if (!inClause.isEmpty()) {
      return inClause;
    }
    // "Will Young, a mechanic based in Kansas City, Mo., said": the person opening the sentence, not the place
    List<String> before = sourceNames.named(doc, span(tokens, 0, cue));
    List<String> persons = ClaimSources.personsFirst(doc, before);
    if (!persons.isEmpty() && ClaimSources.isPerson(doc, persons.get(0))) {
      return List.of(persons.get(0));
    }
    return before.isEmpty() ? before : List.of(before.get(before.size() - 1));
  }

  private boolean mostlyQuoted(Document doc, Span content) {
    int quoted = 0;
    for (var q : doc.quotes()) {
      quoted += Math.max(0, Math.min(q.span().end(), content.end()) - Math.max(q.span().start(), content.start()));
    }
    return quoted * 2 > content.length();
  }

  /** The span of tokens [from, to); null when empty. */
  private static Span span(List<Token> tokens, int from, int to) {
    int end = Math.min(to, tokens.size());
    if (from >= end) {
      return null;
    }
    return new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
  }
}
