package org.dateline.quote;

import static org.dateline.quote.Clauses.span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Who a claim's cue reports: the subject before it, as the entities it names or as the phrase that
 * says who ("officials said"), a participle's main subject, a pronoun's antecedent. Words given
 * lower case, one a token.
 */
final class ClaimSubjects {

  /** Conjunctions that may open a sentence before its subject. */
  private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so", "or", "mais", "et");
  /** "His campaign chairman Paul Manafort, …": a name and its title before an apposition, in words. */
  private static final int MAX_NAME_BEFORE_APPOSITION = 6;

  private final QuoteLexicon lexicon;
  private final ClaimSources sourceNames;
  private final SourcePhrases phrases;
  private final Pronouns pronouns;

  ClaimSubjects(QuoteLexicon lexicon, ClaimSources sourceNames, SourcePhrases phrases) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.sourceNames = Objects.requireNonNull(sourceNames, "sourceNames");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    this.pronouns = new Pronouns(lexicon);
  }

  /**
   * The subject of a cue, as entity ids: the entities of its clause, else the last entity before it
   * in the sentence; a participle ("…, affirmant que") shares the subject of the main verb, the
   * first entity of the sentence.
   */
  List<String> of(Document doc, List<Token> tokens, List<String> w, int cue, PersonGenders genders) {
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

  /**
   * The phrase that says who for the cue at {@code i}: its subject, or for a participle after a
   * comma ("…, saying the plan failed") the subject of the sentence's main verb.
   */
  Optional<Span> phrase(Document doc, List<Token> tokens, List<String> w, int i) {
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
  Optional<Span> withApposition(Document doc, List<Token> tokens, List<String> w, int cue) {
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
}
