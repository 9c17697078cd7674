package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Reported speech in quotation marks and who said it. Each quoted passage is first sorted: a title
 * or name («Il Giornale», «World Institute for North Korea Studies») and a short scare-quoted term
 * («défense réciproque») are not speech; anything else is, direct when it is a whole utterance,
 * partial when it is words inside the writer's sentence. The speaker is found from the reporting cue
 * nearest the quote: after it ("«…», a déclaré X": the entity after the cue), else before it ("X a
 * déclaré : «…»", "X … affirmant qu'une telle capacité «…»": the first entity of the sentence). "à
 * l'AFP" after the cue is the medium.
 */
public final class QuoteStage implements Stage {

  /** Terms in scare quotes are this short; speech, even partial, is longer. */
  static final int MAX_TERM_WORDS = 3;
  /** Titles and names run to this many words. */
  static final int MAX_NAME_WORDS = 8;

  private final QuoteFinder finder = new QuoteFinder();
  private final QuoteLexicon lexicon;
  private final DialogueTurns turns;
  private final SourcePhrases phrases;
  private final Pronouns pronouns;

  public QuoteStage(QuoteLexicon lexicon) {
    this(lexicon, SourcePhrases.NONE);
  }

  /** @param phrases finds the phrase that says who speaks beside a cue ("he said", "a spokesman said") */
  public QuoteStage(QuoteLexicon lexicon, SourcePhrases phrases) {
    this(lexicon, phrases, DialogueGrammar.NONE);
  }

  /** @param dialogue tells the narrator's incises and sentences from speech in dialogue */
  public QuoteStage(QuoteLexicon lexicon, DialogueGrammar dialogue) {
    this(lexicon, SourcePhrases.NONE, dialogue);
  }

  public QuoteStage(QuoteLexicon lexicon, SourcePhrases phrases, DialogueGrammar dialogue) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    this.turns = new DialogueTurns(dialogue);
    this.pronouns = new Pronouns(lexicon);
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    // entities are used when an earlier stage found them; without them quotes have no speaker
    return Set.of(Layer.STRUCTURE, Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document document) {
    List<Quote> quotes = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    String text = document.text();
    PersonGenders genders = PersonGenders.of(document, lexicon.genders());
    for (Block block : document.blocks()) {
      if (block.kind() != Block.Kind.PARAGRAPH) {
        continue;
      }
      List<Quote> marked = new ArrayList<>();
      for (QuoteFinder.Found found : finder.find(text, block.span())) {
        if (!found.closed()) {
          notes.add(new Diagnostic(Diagnostic.Severity.WARNING, "QUOTE_UNCLOSED", found.withMarks(),
              "a quotation mark opens here and never closes in its paragraph"));
        }
        Optional<Span> label = LayoutSpeakers.label(text, found.content());
        Optional<Span> signature = LayoutSpeakers.signature(text, found.withMarks().end(), block.span());
        if (label.isPresent() || signature.isPresent()) {
          marked.add(laidOut(document, found, label, signature));
          continue;
        }
        List<String> words = words(text, found.content());
        boolean utterance = endsAnUtterance(text, found.content())
            && !(endsOnPeriod(text, found.content()) && !opensSentence(document, found.withMarks()));
        if (!utterance && (isName(words)
            || (words.size() <= MAX_TERM_WORDS && !cueRightBefore(document, found.withMarks())
                && !NamedTerms.namedBefore(lower(document, sentenceAt(document, found.withMarks().start())
                    .map(x -> tokensIn(document, new Span(x.span().start(), found.withMarks().start()))).orElse(List.of())))
                && !cueRightAfter(document, found.withMarks()) && !afterColon(text, found.withMarks())))) {
          continue; // a title, a name or a term in quotes: not speech
        }
        for (QuoteFinder.Found piece : turns.withoutIncises(text, found)) {
          marked.add(attribute(document, piece, words(text, piece.content()), genders));
        }
      }
      List<Quote> spoken = turns.find(document, block).stream()
          .map(turn -> attribute(document, turn, words(text, turn.content()), genders)).toList();
      quotes.addAll(DialogueTurns.outside(marked, spoken));
      quotes.addAll(spoken);
    }
    Document result = document.withQuotes(continued(quotes));
    for (Diagnostic d : notes) {
      result = result.withDiagnostic(d);
    }
    return result;
  }

  /** How many words after a quote its cue may come: "», a déclaré X", "," X said". */
  private static final int CUE_AFTER = 8;
  /** … and past an apposition closed by a comma, or a bracket. */
  private static final int CUE_AFTER_WITH_APPOSITION = 30;

  /** How far after an attributed quote a quote with no cue of its own still continues it, in characters. */
  private static final int CONTINUATION_REACH = 400;
  /** How far into the sentence after a quote its cue may stand: "Sen. Roe asked". */
  private static final int CUE_OPENING = 3;

  /**
   * "“We will win,” she said. “And we will win again.”": a whole quote with no cue of its own, right
   * after an attributed one, continues it and has its speaker, or its source phrase.
   */
  private static List<Quote> continued(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Quote previous = null;
    for (Quote q : quotes) {
      Quote current = q;
      // a transcript's label or a signature says who already: no orphan
      boolean orphan = q.speaker().isEmpty() && q.cue().isEmpty() && q.sourcePhrase().isEmpty()
          && q.kind() == Quote.Kind.DIRECT;
      // the speaker may be known by the phrase alone: "“…,” said a spokesman. “…”"
      boolean attributed = previous != null && (previous.speaker().isPresent() || previous.sourcePhrase().isPresent());
      if (orphan && attributed
          && q.span().start() - previous.span().end() <= CONTINUATION_REACH) {
        current = new Quote(q.span(), q.kind(), previous.speaker(), Optional.empty(), previous.via(),
            previous.sourcePhrase());
      }
      out.add(current);
      previous = current;
    }
    return out;
  }

  /**
   * "an episode of “Shark Tank.”": American style puts the sentence's period inside the closing
   * mark, so a period ends an utterance only when the quote opens its sentence.
   */
  private static boolean endsOnPeriod(String text, Span content) {
    return text.charAt(content.end() - 1) == '.';
  }

  private static boolean opensSentence(Document document, Span marks) {
    return sentenceAt(document, marks.start()).filter(s -> startsSentence(document, s, marks)).isPresent();
  }

  /** "Eh ! la chicorée !": an exclamation, a question or a sentence is speech, however short. */
  private static boolean endsAnUtterance(String text, Span content) {
    char last = text.charAt(content.end() - 1);
    return ".!?…".indexOf(last) >= 0;
  }

  /** "“PENCE: Well, look…”", "“…” ― Pamela Padilla": speech whose speaker the layout gives. */
  private static Quote laidOut(Document document, QuoteFinder.Found found, Optional<Span> label, Optional<Span> signature) {
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

  private Quote attribute(Document document, QuoteFinder.Found found, List<String> words, PersonGenders genders) {
    Span marks = found.withMarks();
    Optional<Sentence> end = cueSentence(document, marks);
    Optional<Sentence> start = sentenceAt(document, marks.start());
    boolean direct = start.isPresent() && startsSentence(document, start.get(), marks)
        || (Character.isUpperCase(document.text().charAt(found.content().start())) && words.size() > 8);
    Quote.Kind kind = direct ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;

    // the cue after the quote: "«…», a déclaré X"
    List<Token> after = end.map(s -> tokensIn(document, new Span(marks.end(), s.span().end()))).orElse(List.of());
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
    List<Token> before = start.map(s -> tokensIn(document, new Span(s.span().start(), marks.start())))
        .orElse(List.of());
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

  private Quote quote(Document document, QuoteFinder.Found found, Quote.Kind kind, Optional<Mention> speaker,
      String cue, Optional<Mention> via, Optional<Span> phrase) {
    return new Quote(found.content(), kind, speaker.flatMap(m -> Antecedents.entityOf(document, m)),
        Optional.of(cue), via.flatMap(m -> Antecedents.entityOf(document, m)), phrase);
  }

  /** "a déclaré", "ont affirmé": the cue with the auxiliary before it. */
  private String cueText(Document document, List<Token> tokens, int i) {
    String cue = document.text(tokens.get(i).span());
    if (i > 0) {
      String aux = lower(document, tokens.get(i - 1));
      if (Set.of("a", "ont", "avait", "avaient", "has", "have", "had", "was", "is").contains(aux)) {
        return document.text(tokens.get(i - 1).span()) + " " + cue;
      }
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
    for (Token t : tokensIn(document, span)) {
      if (lexicon.pronouns().contains(lower(document, t))) {
        return Optional.of(lower(document, t));
      }
    }
    return Optional.empty();
  }

  /**
   * "'We will respond,' Putin said", "«Non», a-t-il dit": a comma closing the quote, then a cue within
   * a few words ("«questions de sécurité» non précisées" is no speech).
   */
  private boolean cueRightAfter(Document document, Span marks) {
    List<Token> after = sentenceAt(document, marks.end() - 1)
        .map(s -> tokensIn(document, new Span(marks.end(), s.span().end()))).orElse(List.of());
    String text = document.text();
    boolean commaInside = marks.length() > 2 && text.substring(marks.start(), marks.end() - 1).stripTrailing().endsWith(",");
    boolean commaAfter = !after.isEmpty() && document.text(after.get(0).span()).equals(",");
    if (!commaInside && !commaAfter) {
      return false;
    }
    for (int i = 0; i < Math.min(after.size(), 4); i++) {
      if (lexicon.isCue(lower(document, after.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean cueRightBefore(Document document, Span marks) {
    List<Token> before = sentenceAt(document, marks.start())
        .map(s -> tokensIn(document, new Span(s.span().start(), marks.start()))).orElse(List.of());
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 2); i--) {
      if (lexicon.isCue(lower(document, before.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** All significant words capitalised, and not many: a title or a name, «Freedom Shield». */
  boolean isName(List<String> words) {
    if (words.isEmpty() || words.size() > MAX_NAME_WORDS) {
      return false;
    }
    boolean anyCapital = false;
    for (String w : words) {
      if (lexicon.smallWords().contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
      anyCapital = true;
    }
    return anyCapital;
  }

  /** Nothing before the quote in its sentence but a dash, or a colon and a dash: "répondit : — « Oui. »". */
  private static boolean startsSentence(Document document, Sentence sentence, Span marks) {
    String before = document.text().substring(sentence.span().start(), marks.start()).replaceAll("[—–\\s]+$", "");
    return before.isEmpty() || before.endsWith(":");
  }

  /** "lui dit : « Bonjour, monsieur »": a colon announces speech, however short. */
  private static boolean afterColon(String text, Span marks) {
    int p = marks.start() - 1;
    while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || "—–\u00a0".indexOf(text.charAt(p)) >= 0)) {
      p--;
    }
    return p >= 0 && text.charAt(p) == ':';
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

  /** What a cue opening a sentence of its own reports instead of the quote before: "Roe said that …", "Roe said he …". */
  private static final Set<String> OWN_CLAUSE = Set.of("that", "he", "she", "they", "it", "we", "i");

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

  private static Optional<Sentence> sentenceAt(Document document, int offset) {
    for (Sentence s : document.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static List<Token> tokensIn(Document document, Span span) {
    return document.tokens(span);
  }

  private static List<String> lower(Document document, List<Token> tokens) {
    return tokens.stream().map(t -> lower(document, t)).toList();
  }

  private static String lower(Document document, Token token) {
    return document.text(token.span()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  static List<String> words(String text, Span span) {
    List<String> words = new ArrayList<>();
    for (String w : span.of(text).split("[\\s\\u00a0\\u202f]+")) {
      if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0))) {
        words.add(w);
      }
    }
    return words;
  }
}
