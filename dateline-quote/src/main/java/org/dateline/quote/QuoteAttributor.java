package org.dateline.quote;

import static org.dateline.quote.QuoteSentences.lower;
import static org.dateline.quote.QuoteSentences.sentenceAt;
import static org.dateline.quote.QuoteSentences.startsSentence;
import static org.dateline.quote.QuoteSentences.tokensBefore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Who said a quoted passage, found from the reporting cue nearest it: after it ("«…», a déclaré X":
 * the entity after the cue), else before it ("X a déclaré : «…»", "X … affirmant qu'une telle
 * capacité «…»": the first entity of the sentence). "à l'AFP" after the cue is the medium. Also
 * whether the quote is direct, a whole utterance, or partial, words inside the writer's sentence.
 */
final class QuoteAttributor {

  /** How many words after a quote its cue may come: "», a déclaré X", "," X said". */
  private static final int CUE_AFTER = 8;
  /** … and past an apposition closed by a comma, or a bracket. */
  private static final int CUE_AFTER_WITH_APPOSITION = 30;
  /** How far into the sentence after a quote its cue may stand: "Sen. Roe asked". */
  private static final int CUE_OPENING = 3;
  /** The auxiliaries given with the cue: "a déclaré", "has said". */
  private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "has", "have", "had", "was", "is");
  /** What a cue opening a sentence of its own reports instead of the quote before: "Roe said that …", "Roe said he …". */
  private static final Set<String> OWN_CLAUSE = Set.of("that", "he", "she", "they", "it", "we", "i");

  private final QuoteLexicon lexicon;
  private final SourcePhrases phrases;
  private final Pronouns pronouns;

  QuoteAttributor(QuoteLexicon lexicon, SourcePhrases phrases) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    this.pronouns = new Pronouns(lexicon);
  }

  /** "“PENCE: Well, look…”", "“…” ― Pamela Padilla": speech whose speaker the layout gives. */
  static Quote laidOut(Document document, QuoteFinder.Found found, Optional<Span> label, Optional<Span> signature) {
    Span content = found.content();
    if (label.isPresent()) {
      int start = label.get().end() + 1; // past the colon and the spaces after it
      while (start < content.end() && DialogueTurns.isSpace(document.text().charAt(start))) {
        start++;
      }
      content = new Span(start, content.end());
    }
    Optional<Span> phrase = label.or(() -> signature);
    Optional<String> speaker = firstMention(document, phrase.get(), true).flatMap(m -> Antecedents.entityOf(document, m));
    return new Quote(content, Quote.Kind.DIRECT, speaker, Optional.empty(), Optional.empty(), phrase);
  }

  /** The quote of a passage that is speech, with its kind, and its cue, speaker and medium when found. */
  Quote attribute(Document document, QuoteFinder.Found found, PersonGenders genders) {
    List<String> words = PassageSorter.words(document.text(), found.content());
    Span marks = found.withMarks();
    Optional<Sentence> end = cueSentence(document, marks);
    Optional<Sentence> start = sentenceAt(document, marks.start());
    boolean direct = start.isPresent() && startsSentence(document, start.get(), marks)
        || (Character.isUpperCase(document.text().charAt(found.content().start())) && words.size() > 8);
    Quote.Kind kind = direct ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;

    // the cue after the quote: "«…», a déclaré X"
    List<Token> after = end.map(s -> document.tokens(new Span(marks.end(), s.span().end()))).orElse(List.of());
    for (int i = 0; i < Math.min(after.size(), CUE_AFTER_WITH_APPOSITION); i++) {
      String w = lower(document, after.get(i));
      // beyond a few words, only past an apposition: "“…,” Jane Roe, a spokeswoman for the ministry, said"
      // or a bracket: "“…,” Rep. Jason Chaffetz (R-Utah) said"
      boolean reachable = i < CUE_AFTER || document.text(after.get(i - 1).span()).equals(",")
          || document.text(after.get(i - 1).span()).equals(")");
      if (reachable && lexicon.isCue(w) && kind == Quote.Kind.PARTIAL && CoordinatedCues.sharesSubject(lower(document, after.subList(0, i)))) {
        break; // "Roe said “it will pass,” and added": the cue before the quote speaks
      }
      if (reachable && lexicon.isCue(w)) {
        // "«…», a déclaré X" names the speaker after the cue; "'…,' X said" before it
        Span between = new Span(marks.end(), after.get(i).span().start());
        Span rest = new Span(after.get(i).span().end(), end.get().span().end());
        int cue = i;
        Optional<Span> subject = phrases.before(document, after, cue);
        // "“…,” Carolina coach Rod Brind'Amour said": the person nearest the cue, else the first actor
        Optional<Mention> speaker = Antecedents.lastPersonBefore(document, after.get(i).span().start())
            .filter(m -> between.contains(m.span()))
            .or(() -> firstMention(document, between, true))
            .or(() -> pronounIn(document, between).flatMap(p -> pronouns.antecedent(document, genders, marks.start(), p)))
            // "“…,” she said in Mississauga", "“…,” the company said to The Associated Press": the subject
            // before the cue speaks, even when no entity stands for it, not a name after the cue
            .or(() -> pronounIn(document, between).isPresent() || subject.isPresent() ? Optional.empty()
                : firstMention(document, rest, true));
        Optional<Span> phrase = subject.or(() -> phrases.after(document, after, cue));
        return quote(document, found, kind, speaker, cueText(document, after, i), via(document, after, i), phrase);
      }
    }
    // the cue before the quote, nearest first: "X a déclaré que … «…»"
    List<Token> before = tokensBefore(document, marks);
    for (int i = before.size() - 1; i >= 0; i--) {
      if (lexicon.isCue(lower(document, before.get(i))) || NamedTerms.names(lower(document, before.get(i)))) {
        Span subject = new Span(start.get().span().start(), before.get(i).span().start());
        // "Asked what he would tell Mayor John Tory, he said: “…”": the pronoun right before the cue is its subject
        Optional<Token> pronoun = i > 0 && lexicon.pronouns().contains(lower(document, before.get(i - 1)))
            ? Optional.of(before.get(i - 1)) : Optional.empty();
        Optional<Mention> speaker = pronoun.isPresent()
            ? pronouns.antecedent(document, genders, pronoun.get().span().start(), lower(document, pronoun.get()))
            : firstMention(document, subject, true)
            .or(() -> pronounIn(document, subject).flatMap(p -> pronouns.antecedent(document, genders, subject.start(), p)));
        int cue = i;
        Optional<Span> phrase = phrases.before(document, before, cue).or(() -> phrases.after(document, before, cue));
        return quote(document, found, kind, speaker, cueText(document, before, i), via(document, before, i), phrase);
      }
    }
    return new Quote(found.content(), kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Quote quote(Document document, QuoteFinder.Found found, Quote.Kind kind, Optional<Mention> speaker,
      String cue, Optional<Mention> via, Optional<Span> phrase) {
    return new Quote(found.content(), kind, speaker.flatMap(m -> Antecedents.entityOf(document, m)),
        Optional.of(cue), via.flatMap(m -> Antecedents.entityOf(document, m)), phrase);
  }

  /** "a déclaré", "ont affirmé": the cue with the auxiliary before it. */
  private static String cueText(Document document, List<Token> tokens, int i) {
    String cue = document.text(tokens.get(i).span());
    if (i > 0 && AUXILIARIES.contains(lower(document, tokens.get(i - 1)))) {
      return document.text(tokens.get(i - 1).span()) + " " + cue;
    }
    return cue;
  }

  /** "a déclaré à l'AFP": an organisation right after "à" following the cue. */
  private Optional<Mention> via(Document document, List<Token> tokens, int cue) {
    for (int k = cue + 1; k < Math.min(tokens.size(), cue + 3); k++) {
      if (lexicon.viaPrepositions().contains(lower(document, tokens.get(k)))) {
        int prepositionEnd = tokens.get(k).span().end();
        Span rest = new Span(prepositionEnd, tokens.get(tokens.size() - 1).span().end());
        return firstMention(document, rest, false).filter(m -> m.type() == EntityType.ORGANIZATION
            && m.span().start() - prepositionEnd <= 3);
      }
    }
    return Optional.empty();
  }

  /**
   * The first person mentioned in a span when it is a speaker that is looked for, else the first
   * actor ("SINGAPORE (AP) — President Donald Trump said": the president, not the place).
   */
  private static Optional<Mention> firstMention(Document document, Span within, boolean speaker) {
    Mention best = null;
    Mention person = null;
    for (Entity e : document.entities()) {
      for (Mention m : e.mentions()) {
        boolean actor = m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
            || m.type() == EntityType.LOCATION;
        if (within.contains(m.span()) && actor && (best == null || m.span().start() < best.span().start())) {
          best = m;
        }
        if (within.contains(m.span()) && m.type() == EntityType.PERSON
            && (person == null || m.span().start() < person.span().start())) {
          person = m;
        }
      }
    }
    return Optional.ofNullable(person != null && speaker ? person : best);
  }

  /** The personal pronoun standing in a span, lower case: "…,” he said", "She told reporters: “…”". */
  private Optional<String> pronounIn(Document document, Span span) {
    if (lexicon.pronouns().isEmpty() || span.isEmpty()) {
      return Optional.empty();
    }
    for (Token t : document.tokens(span)) {
      if (lexicon.pronouns().contains(lower(document, t))) {
        return Optional.of(lower(document, t));
      }
    }
    return Optional.empty();
  }

  /**
   * The sentence the quote's cue after it would stand in: the quote's last, or, when the quote ends
   * it, the next one of the same line if that is short and holds a cue ("“…?” Graham asked.", which
   * the sentence model cuts after the question mark).
   */
  private Optional<Sentence> cueSentence(Document document, Span marks) {
    Optional<Sentence> last = sentenceAt(document, marks.end() - 1);
    if (last.isEmpty() || !document.tokens(new Span(marks.end(), last.get().span().end())).isEmpty()) {
      return last;
    }
    List<Sentence> sentences = document.sentences();
    int k = sentences.indexOf(last.get());
    if (k < 0 || k + 1 >= sentences.size()) {
      return last;
    }
    Sentence next = sentences.get(k + 1);
    List<Token> tokens = document.tokens(next.span());
    boolean sameLine = next.span().start() >= marks.end()
        && document.text().substring(marks.end(), next.span().start()).indexOf('\n') < 0;
    boolean shortWithCue = tokens.size() <= CUE_AFTER && tokens.stream().anyMatch(t -> lexicon.isCue(lower(document, t)));
    // "“…?” Graham asked before going off": after a question or an exclamation, the sentence model's cut
    String quoted = document.text(marks).replaceAll("[\\s\"”’»]+$", "");
    boolean cut = quoted.endsWith("?") || quoted.endsWith("!");
    return sameLine && (shortWithCue || cut && opensWithCue(document, tokens)) ? Optional.of(next) : last;
  }

  /**
   * Whether a longer sentence opens on a subject and a cue that report the quote before it, not a
   * clause of its own: "“…?” Graham asked before going off in the anchor position."
   */
  private boolean opensWithCue(Document document, List<Token> tokens) {
    for (int k = 0; k < Math.min(tokens.size(), CUE_OPENING); k++) {
      if (lexicon.isCue(lower(document, tokens.get(k)))) {
        return k + 1 >= tokens.size() || !OWN_CLAUSE.contains(lower(document, tokens.get(k + 1)));
      }
    }
    return false;
  }
}
