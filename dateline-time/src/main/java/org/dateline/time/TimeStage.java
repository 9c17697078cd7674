package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.TimeExpression;

/**
 * Finds and normalizes the time expressions of each sentence. Dates are anchored on the document's
 * anchor date (the dateline's, else the publication date); a time of day ("à 14h30") is placed on
 * the last full date the article mentioned before it, else on the anchor. An expression that cannot
 * be resolved is kept without a value, with a diagnostic when it is impossible ("31 février").
 */
public final class TimeStage implements Stage {

  private final TimeGrammar grammar;
  private final TimeResolver resolver = new TimeResolver();

  public TimeStage(TimeGrammar grammar) {
    this.grammar = Objects.requireNonNull(grammar, "grammar");
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES);
  }

  /** Only expressions whose value may be past or future need the tense. */
  private static boolean needsTense(TimeMeaning meaning) {
    return meaning instanceof TimeMeaning.Weekday || meaning instanceof TimeMeaning.Season
        || meaning instanceof TimeMeaning.Weekend
        || (meaning instanceof TimeMeaning.Calendar c && c.year().isEmpty() && c.month().isPresent());
  }

  /**
   * The clause around an expression: the text between the punctuation marks that enclose it, at
   * most {@link #WINDOW} words on each side.
   */
  /**
   * How many words on each side of an expression the clause reaches at most: a long clause holds
   * other verbs ("Friday's announcement of a loss showed the company is expected to take
   * write-offs" is not future for Friday).
   */
  private static final int WINDOW = 10;

  private static String clause(String text, int sentenceStart, int sentenceEnd, TimeMatch m) {
    int start = m.span().start();
    int spaces = 0;
    while (start > sentenceStart && ",;:()«»—–".indexOf(text.charAt(start - 1)) < 0
        && (spaces += text.charAt(start - 1) == ' ' ? 1 : 0) <= WINDOW) {
      start--;
    }
    int end = clauseEnd(text, m.span().end(), sentenceEnd, WINDOW);
    // a fronted adverbial ("In January, the company bought …") takes the tense of the verb of the clause
    // it opens, which comes within its first words ("In September, it announced plans to …" is past)
    if (end < sentenceEnd && text.charAt(end) == ',' && text.substring(m.span().end(), end).isBlank()
        && start == sentenceStart && text.substring(start, m.span().start()).trim().indexOf(' ') < 0) {
      end = clauseEnd(text, end + 2, sentenceEnd, 2);
    }
    return text.substring(start, m.span().start()) + " " + text.substring(m.span().end(), end);
  }

  /** Where the clause that goes on at {@code from} ends: a punctuation mark, or {@code words} words on. */
  private static int clauseEnd(String text, int from, int sentenceEnd, int words) {
    int end = Math.min(from, sentenceEnd);
    int spaces = 0;
    while (end < sentenceEnd && ",;:()«»—–".indexOf(text.charAt(end)) < 0
        && (spaces += text.charAt(end) == ' ' ? 1 : 0) <= words) {
      end++;
    }
    return end;
  }

  /** The last {@code n} words before {@code end}, not before {@code from}. */
  private static String wordsBefore(String text, int from, int end, int n) {
    int start = end;
    int words = 0;
    while (start > from && ",;:()«»—–".indexOf(text.charAt(start - 1)) < 0
        && (words += text.charAt(start - 1) == ' ' && start < end - 1 ? 1 : 0) < n) {
      start--;
    }
    return text.substring(start, end);
  }

  /**
   * A bare weekday naming the weekday of the date the article just spoke of ("samedi 29 mai …
   * rendez-vous samedi à 8 h") is that date, when it lies within a week of the anchor.
   */
  private static boolean sameWeekdayAsLastDay(TimeMeaning meaning, Optional<LocalDate> lastDay,
      Optional<LocalDate> anchor) {
    return meaning instanceof TimeMeaning.Weekday w
        && w.direction() == TimeMeaning.Direction.BY_TENSE
        && lastDay.isPresent() && anchor.isPresent()
        && lastDay.get().getDayOfWeek() == w.day()
        && Math.abs(lastDay.get().toEpochDay() - anchor.get().toEpochDay()) <= 7;
  }

  /**
   * Whether a match runs over a sentence break that the splitter put after an abbreviation inside
   * it ("at 10 p.m. | Wednesday, police said"): the expression shows the break was wrong.
   */
  private static boolean endsInside(String text, List<Sentence> sentences, int s, TimeMatch m) {
    Span sentence = sentences.get(s).span();
    if (m.span().start() < sentence.start() || s + 1 == sentences.size() || sentence.length() < 2) {
      return false;
    }
    Span next = sentences.get(s + 1).span();
    return m.span().end() > next.start() && m.span().end() <= next.end()
        && text.charAt(sentence.end() - 1) == '.' && Character.isLetter(text.charAt(sentence.end() - 2));
  }

  private static final java.util.regex.Pattern DATE_VALUE =
      java.util.regex.Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])))?(?:T.*)?");

  /** The first day of a year, month, quarter or day value ("1988", "1988-10", "1988-Q3"), empty for any other. */
  static Optional<LocalDate> firstDay(String value) {
    java.util.regex.Matcher m = DATE_VALUE.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = m.group(4) != null ? Integer.parseInt(m.group(4)) * 3 - 2 : m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    int day = m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** How many characters after a year a bare month of the same sentence is still in it. */
  private static final int NEAR_YEAR = 80;

  /** A bare month of the sentence that just named a year is in that year ("in 1997: in January, in October"). */
  private static TimeMatch inYear(TimeMatch m, int year) {
    if (m.meaning() instanceof TimeMeaning.Calendar c && c.year().isEmpty() && c.month().isPresent() && c.day().isEmpty()
        && c.direction() == TimeMeaning.Direction.BY_TENSE) {
      return new TimeMatch(m.span(), m.type(), new TimeMeaning.Calendar(Optional.of(year), false, c.month(), c.day(),
          c.hour(), c.minute(), c.partOfDay(), c.direction()), m.modifier());
    }
    return m;
  }

  @Override
  public Document apply(Document document) {
    Optional<LocalDate> anchor = document.anchorDate();
    Optional<LocalDate> lastDay = Optional.empty();
    Optional<LocalDate> lastDate = Optional.empty();
    List<TimeExpression> times = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    String text = document.text();
    List<Sentence> sentences = document.sentences();
    int s = 0;
    Tense sentenceTense = null;
    // the year the sentence last named on its own, and where ("deux ruptures en 97 (en janvier, en octobre)")
    Optional<Integer> sentenceYear = Optional.empty();
    int yearSentence = -1;
    int yearEnd = -1;
    for (org.dateline.core.Block block : document.blocks()) {
      // one search per block is much cheaper than one per sentence; a match must stay in a sentence
      for (TimeMatch m : grammar.find(text, block.span().start(), block.span().end())) {
        while (s < sentences.size() && sentences.get(s).span().end() <= m.span().start()) {
          s++;
          sentenceTense = null;
        }
        if (s == sentences.size()) {
          continue;
        }
        Sentence sentence = sentences.get(s);
        if (!sentence.span().contains(m.span()) && !endsInside(text, sentences, s, m)) {
          continue;
        }
        TimeMatch match = yearSentence == s && m.span().start() - yearEnd <= NEAR_YEAR
            ? inYear(m, sentenceYear.orElseThrow()) : m;
        boolean timeOfDay = m.meaning() instanceof TimeMeaning.Calendar c
            && c.year().isEmpty() && c.month().isEmpty() && c.day().isEmpty();
        // "that day", "the next morning" count from the last day named, "that year" from the last date
        boolean referredDay = m.meaning() instanceof TimeMeaning.Referred r
            && r.meaning() instanceof TimeMeaning.Offset o && o.unit() == java.time.temporal.ChronoUnit.DAYS;
        Optional<LocalDate> base = timeOfDay || referredDay ? lastDay.or(() -> anchor)
            : m.meaning() instanceof TimeMeaning.Referred ? lastDate.or(() -> anchor) : anchor;
        Tense tense = Tense.UNKNOWN;
        if (needsTense(m.meaning())) {
          int sentenceEnd = Math.max(sentence.span().end(), m.span().end());
          // the verb just before a weekday is its own ("said Friday that he would leave")
          boolean pastVerbBefore = m.meaning() instanceof TimeMeaning.Weekday
              && grammar.tenseOf(wordsBefore(text, sentence.span().start(), m.span().start(), 1)) == Tense.PAST;
          tense = pastVerbBefore ? Tense.PAST : grammar.tenseOf(clause(text, sentence.span().start(), sentenceEnd, m));
          // a weekday or a month goes with its own clause, else the nearest: the other verbs of the
          // sentence mislead ("officials said the vote is on Thursday")
          boolean nearestByDefault = m.meaning() instanceof TimeMeaning.Weekday
              || m.meaning() instanceof TimeMeaning.Weekend
              || (m.meaning() instanceof TimeMeaning.Calendar c && c.day().isEmpty());
          if (tense == Tense.UNKNOWN) {
            sentenceTense = sentenceTense != null ? sentenceTense : grammar.tenseOf(sentence.span().of(text));
            // a weekday in a sentence told in the past is the past one ("On Sunday, police said …"),
            // while a future elsewhere in the sentence often is not its own
            boolean pastWeekday = m.meaning() instanceof TimeMeaning.Weekday && sentenceTense == Tense.PAST;
            tense = !nearestByDefault || pastWeekday ? sentenceTense : Tense.UNKNOWN;
          }
        }
        TimeResolver.Resolution r = sameWeekdayAsLastDay(m.meaning(), lastDay, anchor)
            ? new TimeResolver.Resolution(Optional.of(TimeResolver.onDay(lastDay.get(), (TimeMeaning.Weekday) m.meaning())),
                Optional.empty())
            : resolver.resolve(match.meaning(), base, tense);
        times.add(new TimeExpression(m.span(), m.type(), r.value(), m.modifier()));
        if (r.value().isEmpty() && r.problem().isPresent() && !r.problem().get().startsWith("no anchor")) {
          problems.add(new Diagnostic(Diagnostic.Severity.WARNING, "TIME_UNRESOLVED", m.span(), r.problem().get()));
        }
        Optional<LocalDate> day = r.value().filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}.*"))
            .map(v -> LocalDate.parse(v.substring(0, 10)));
        if (day.isPresent()) {
          lastDay = day;
        }
        if (r.value().filter(v -> v.matches("\\d{4}")).isPresent()) {
          sentenceYear = r.value().map(Integer::valueOf);
          yearSentence = s;
          yearEnd = m.span().end();
        }
        Optional<LocalDate> date = r.value().flatMap(TimeStage::firstDay);
        if (date.isPresent()) {
          lastDate = date;
        }
      }
    }
    Document result = document.withTimes(times);
    for (Diagnostic d : problems) {
      result = result.withDiagnostic(d);
    }
    return result;
  }
}
