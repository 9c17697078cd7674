package org.dateline.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import org.dateline.core.Span;

/**
 * A {@link TimeGrammar} made of {@link Rule}s: every rule's matches are candidates, and the longest
 * ones win where candidates overlap (the earlier rule on a tie), the way HeidelTime and SUTime
 * resolve overlaps. Thread-safe, and immutable in what it finds (it only memoizes which rules a word
 * may start).
 *
 * <p>Speed: rules are tried only at the start of a word, and only those that can begin with that
 * word. Which rules can begin with a pair of first characters is found once, when the grammar is
 * built, by asking each pattern whether a two-character text could start a match
 * ({@link Matcher#hitEnd()}); those are then probed the same way with the whole word and the
 * character after it, once per word. A rule none of whose triggers the text contains is not tried.
 */
public final class RuleGrammar implements TimeGrammar {

  private final String language;
  private final List<Rule> rules;
  private final Function<CharSequence, Tense> tense;
  /**
   * The characters whose pairs are probed: what French and English words and numbers begin with.
   * A word starting with any other character is tried against every rule.
   */
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789àâäçéèêëîïôöûùüÿœæ'’- ";
  private static final int[] INDEX = new int[0x2020];
  /** For each probed pair of first characters (lower case), the rules that may start a match with it. */
  private final int[][] rulesByFirstPair;
  /** The rules worth trying at a word, by the word and the character after it (see candidatesStartingWith). */
  private final ConcurrentHashMap<String, int[]> rulesByWord = new ConcurrentHashMap<>();
  private static final int MAX_MEMOIZED_WORDS = 100_000;
  private final int[] allRules;
  /** Every rule's triggers, each string once: rules share lists (months, units, digits), a text is searched once a string. */
  private final String[] triggers;
  /** For each rule, the indices of its triggers in {@link #triggers}; empty when it is always tried. */
  private final int[][] triggersOfRule;

  static {
    Arrays.fill(INDEX, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      INDEX[ALPHABET.charAt(i)] = i;
    }
  }

  public RuleGrammar(String language, List<Rule> rules, Function<CharSequence, Tense> tense) {
    this.language = Objects.requireNonNull(language, "language");
    this.rules = List.copyOf(rules);
    this.tense = Objects.requireNonNull(tense, "tense");
    this.allRules = IntStream.range(0, this.rules.size()).toArray();
    Map<String, Integer> triggerIndex = new LinkedHashMap<>();
    this.triggersOfRule = new int[this.rules.size()][];
    for (int r = 0; r < this.rules.size(); r++) {
      triggersOfRule[r] = this.rules.get(r).triggers().stream()
          .mapToInt(t -> triggerIndex.computeIfAbsent(t, k -> triggerIndex.size())).toArray();
    }
    this.triggers = triggerIndex.keySet().toArray(String[]::new);
    int n = ALPHABET.length();
    this.rulesByFirstPair = new int[n * n][];
    for (int a = 0; a < n; a++) {
      // a rule that fails on the first character alone, before reading past it, fails whatever follows:
      // only the others are probed with pairs (a tenth of the probes, at every start of the program)
      List<Integer> mayStart = rulesThatMayStartWith(ALPHABET.charAt(a));
      for (int b = 0; b < n; b++) {
        String lower = "" + ALPHABET.charAt(a) + ALPHABET.charAt(b);
        // the index is case-folded: a case-sensitive rule ("Friday", "mars") is probed in every case
        List<String> probes = List.of(lower, lower.toUpperCase(Locale.ROOT),
            Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        List<Integer> starting = new ArrayList<>();
        for (int r : mayStart) {
          for (String probe : probes) {
            Matcher m = this.rules.get(r).pattern().matcher(probe);
            if (m.lookingAt() || m.hitEnd() || startsAlone(this.rules.get(r), probe)) {
              starting.add(r);
              break;
            }
          }
        }
        rulesByFirstPair[a * n + b] = starting.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** The rules that match a text of the character alone, in either case, or that would read past it. */
  private List<Integer> rulesThatMayStartWith(char first) {
    List<String> probes = List.of(String.valueOf(first), String.valueOf(Character.toUpperCase(first)));
    List<Integer> may = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      for (String probe : probes) {
        Matcher m = rules.get(r).pattern().matcher(probe);
        if (m.lookingAt() || m.hitEnd()) {
          may.add(r);
          break;
        }
      }
    }
    return may;
  }

  /** A one-character match ("9") followed by anything: the pair probe must keep the rule. */
  private static boolean startsAlone(Rule rule, String probe) {
    Matcher m = rule.pattern().matcher(probe.substring(0, 1));
    return m.lookingAt();
  }

  /** The rules worth trying at a word starting at {@code p}. */
  private int[] candidatesAt(CharSequence text, int p, int to) {
    int a = index(text.charAt(p));
    int b = p + 1 < to ? index(text.charAt(p + 1)) : ALPHABET.length() - 1;
    if (a < 0 || b < 0) {
      return allRules;
    }
    return rulesByFirstPair[a * ALPHABET.length() + b];
  }

  /**
   * The rules that may match at a word starting at {@code p}, found by probing the pair candidates with
   * that word and the character after it, as the pair index was built: a rule that fails on them without
   * reading further fails whatever follows. Most words ("le", "de", "Paris") leave none. Memoized by
   * word, up to {@link #MAX_MEMOIZED_WORDS} of them, so a long job does not grow it without end.
   */
  private int[] candidatesStartingWith(CharSequence text, int p, int to) {
    int end = p;
    while (end < to && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    String word = text.subSequence(p, Math.min(end + 1, to)).toString();
    int[] memo = rulesByWord.get(word);
    if (memo != null) {
      return memo;
    }
    int[] pairs = candidatesAt(text, p, to);
    int[] kept = Arrays.stream(pairs).filter(r -> {
      Matcher m = rules.get(r).pattern().matcher(word);
      return m.lookingAt() || m.hitEnd();
    }).toArray();
    if (rulesByWord.size() < MAX_MEMOIZED_WORDS) {
      rulesByWord.put(word, kept);
    }
    return kept;
  }

  private static int index(char c) {
    char lower = Character.toLowerCase(c);
    if (lower >= INDEX.length) {
      return -1;
    }
    if (Character.isWhitespace(lower) || lower == '\u00a0' || lower == '\u202f') {
      return INDEX[' '];
    }
    return INDEX[lower];
  }

  @Override
  public String language() {
    return language;
  }

  @Override
  public Tense tenseOf(CharSequence sentence) {
    return tense.apply(sentence);
  }

  private record Candidate(TimeMatch match, int order) {}

  @Override
  public List<TimeMatch> find(CharSequence text, int from, int to) {
    List<Candidate> candidates = new ArrayList<>();
    String lower = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    boolean[] possible = new boolean[rules.size()];
    byte[] found = new byte[triggers.length]; // 0 not looked for yet, 1 in the text, 2 not
    for (int r = 0; r < rules.size(); r++) {
      possible[r] = triggersOfRule[r].length == 0;
      for (int i : triggersOfRule[r]) {
        if (found[i] == 0) {
          found[i] = lower.contains(triggers[i]) ? (byte) 1 : (byte) 2;
        }
        if (found[i] == 1) {
          possible[r] = true;
          break;
        }
      }
    }
    Matcher[] matchers = new Matcher[rules.size()];
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (!Character.isLetterOrDigit(c) || (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1)))) {
        continue;
      }
      for (int r : candidatesStartingWith(text, p, to)) {
        if (!possible[r]) {
          continue;
        }
        Rule rule = rules.get(r);
        if (matchers[r] == null) {
          matchers[r] = rule.pattern().matcher(text);
          matchers[r].useTransparentBounds(true);
        }
        Matcher m = matchers[r].region(p, to);
        if (!m.lookingAt() || m.end() == m.start()) {
          continue;
        }
        Optional<Rule.Meant> meant = rule.reading().read(m, text);
        if (meant.isPresent()) {
          boolean extentGroup = rule.hasExtentGroup();
          int start = extentGroup && m.start("t") >= 0 ? m.start("t") : m.start();
          int end = extentGroup && m.end("t") >= 0 ? m.end("t") : m.end();
          candidates.add(new Candidate(new TimeMatch(new Span(start, end), rule.type(),
              meant.get().meaning(), meant.get().modifier()), r));
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.match().span().length())
        .thenComparingInt(c -> c.order())
        .thenComparingInt(c -> c.match().span().start()));
    List<TimeMatch> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      Span span = c.match().span();
      if (chosen.stream().noneMatch(t -> t.span().overlaps(span))) {
        chosen.add(c.match());
      }
    }
    chosen.sort(Comparator.comparing(TimeMatch::span));
    return chosen;
  }
}
