package org.dateline.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Quantity;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Reads the quantities of a sentence from its tokens: a number in digits or words, with its
 * multiplier ("1,5 million"), a range ("10.000 à 12.000", "entre 10 et 12"), an approximation or a
 * bound before it ("quelque", "plus de", "at least"), a vague amount ("des milliers de", "dozens
 * of"), and what it counts (the noun after it, "soldats"; a currency; "%"). "Les deux pays" is
 * "both countries", not a count. Language knowledge comes from a {@link QuantityLexicon}; the
 * reader is immutable and thread-safe.
 */
public final class QuantityReader {

  private final QuantityLexicon lexicon;

  public QuantityReader(QuantityLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** A number read at a token: its value, the token after it, and whether it is a vague amount. */
  private record Read(BigDecimal value, int next, boolean vague, boolean plural, boolean words) {}

  /**
   * The quantities among {@code tokens} (one sentence's, in order), skipping tokens inside
   * {@code excluded} spans (time expressions: "22 mars 2025" counts nothing).
   */
  public List<Quantity> read(String text, List<Token> tokens, List<Span> excluded) {
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(t.span().of(text).toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    List<Quantity> quantities = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Quantity> q = isExcluded(tokens.get(i).span(), excluded) ? Optional.empty()
          : readAt(text, tokens, words, i, excluded);
      if (q.isPresent()) {
        quantities.add(q.get());
        while (i < tokens.size() && tokens.get(i).span().start() < q.get().span().end()) {
          i++;
        }
      } else {
        i++;
      }
    }
    return quantities;
  }

  private Optional<Quantity> readAt(String text, List<Token> tokens, List<String> words, int i, List<Span> excluded) {
    Optional<Read> first = number(tokens, words, i);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int start = i;
    Read n = first.get();
    if (n.vague() && i > 0 && isDeterminer(words.get(i - 1))) {
      start = i - 1; // "des milliers", "une dizaine", "a dozen"
    } else if (n.vague() && !n.plural()) {
      return Optional.empty(); // "en quarantaine" is a quarantine, "une quarantaine de" a number
    }
    BigDecimal min = n.value();
    Optional<BigDecimal> max = n.vague() && n.plural() ? Optional.empty() : Optional.of(n.value());
    boolean approximate = n.vague() && !words.get(i).equals("dozen");
    int next = n.next();

    // a range: "10.000 à 12.000", "entre 10 et 12", "10-12"
    boolean opened = i > 0 && lexicon.rangeOpeners().contains(words.get(i - 1));
    if (next + 1 < tokens.size() && lexicon.rangeJoiners().contains(words.get(next))
        && (opened || !isAndWord(words.get(next))) && !isExcluded(tokens.get(next + 1).span(), excluded)) {
      Optional<Read> second = number(tokens, words, next + 1);
      if (second.isPresent() && !second.get().vague() && second.get().value().compareTo(n.value()) >= 0) {
        max = Optional.of(second.get().value());
        next = second.get().next();
        if (opened) {
          start = i - 1;
        }
      } else if (second.isPresent() && !second.get().vague() && n.value().signum() > 0) {
        // "10 à 12 millions": the multiplier of the second number is the first's too
        BigDecimal raw = rawValue(tokens, words, next + 1);
        BigDecimal scale = raw.signum() == 0 ? BigDecimal.ONE
            : second.get().value().divide(raw, java.math.MathContext.DECIMAL64);
        BigDecimal scaled = n.value().multiply(scale);
        if (scale.compareTo(BigDecimal.ONE) > 0 && scaled.compareTo(second.get().value()) <= 0) {
          min = scaled;
          max = Optional.of(second.get().value());
          next = second.get().next();
        }
      }
    }

    // an approximation or a bound before the number
    int before = opened ? start : i;
    if (n.vague() && start < i) {
      before = start;
    }
    for (List<String> phrase : lexicon.approximators()) {
      if (endsBefore(words, before, phrase)) {
        approximate = true;
        start = before - phrase.size();
        break;
      }
    }
    for (List<String> phrase : lexicon.lowerBounds()) {
      if (endsBefore(words, before, phrase)) {
        max = Optional.empty();
        start = before - phrase.size();
        break;
      }
    }
    boolean upper = false;
    for (List<String> phrase : lexicon.upperBounds()) {
      if (endsBefore(words, before, phrase)) {
        upper = true;
        start = before - phrase.size();
        break;
      }
    }

    // "les deux pays": both, not a count
    if (n.value().compareTo(BigDecimal.valueOf(2)) == 0 && n.words() && i > 0
        && lexicon.bothDeterminers().contains(words.get(i - 1)) && max.equals(Optional.of(n.value()))) {
      return Optional.empty();
    }

    // what it counts: "%", a currency, a noun, possibly after "de"/"of"
    Optional<String> unit = Optional.empty();
    int end = next;
    Optional<String> currencyBefore = i > 0 ? Optional.ofNullable(lexicon.currencies().get(words.get(i - 1)))
        : Optional.empty();
    if (currencyBefore.isPresent() && start == i) {
      unit = currencyBefore;
      start = i - 1;
    }
    if (unit.isEmpty() && next < tokens.size()) {
      String w = words.get(next);
      int percent = percentAt(words, next);
      if (percent > 0) {
        unit = Optional.of("%");
        end = next + percent;
      } else if (lexicon.currencies().containsKey(w)) {
        unit = Optional.of(lexicon.currencies().get(w));
        end = next + 1;
      } else {
        int nounAt = lexicon.unitLinkers().contains(w) ? next + 1 : next;
        String twoTokens = nounAt + 1 < words.size() ? words.get(nounAt) + words.get(nounAt + 1) : "";
        if (lexicon.currencies().containsKey(twoTokens)) { // "US$", tokenized "US" "$"
          unit = Optional.of(lexicon.currencies().get(twoTokens));
          end = nounAt + 2;
        } else if (nounAt < tokens.size() && isNoun(tokens.get(nounAt), words.get(nounAt))
            && Character.isLowerCase(text.charAt(tokens.get(nounAt).span().start()))
            && !isExcluded(tokens.get(nounAt).span(), excluded)) {
          String noun = tokens.get(nounAt).span().of(text);
          unit = Optional.of(lexicon.currencies().getOrDefault(words.get(nounAt), noun));
          end = nounAt + 1;
        }
      }
    }
    if (n.vague() && n.plural() && unit.isEmpty()) {
      return Optional.empty(); // "des milliers" alone: of what?
    }
    if (!n.words() && !n.vague() && unit.isEmpty() && max.isPresent() && max.get().equals(min) && looksLikeAYear(min)) {
      return Optional.empty();
    }
    if (startsAName(text, tokens, i, start)) {
      return Optional.empty();
    }
    Optional<BigDecimal> low = upper ? Optional.empty() : Optional.of(min.stripTrailingZeros());
    Optional<BigDecimal> high = (upper ? Optional.of(max.orElse(min)) : max).map(BigDecimal::stripTrailingZeros);
    if (low.isPresent() && high.isPresent() && high.get().compareTo(low.get()) < 0) {
      return Optional.empty(); // "93 à 83": not a range; never a quantity that contradicts itself
    }
    Span span = new Span(tokens.get(start).span().start(), tokens.get(Math.max(end, next) - 1).span().end());
    return Optional.of(new Quantity(span, low, high, unit, approximate));
  }

  /** A number at token i, in digits or words, with a multiplier after it; or a vague amount. */
  private Optional<Read> number(List<Token> tokens, List<String> words, int i) {
    String w = words.get(i);
    Token token = tokens.get(i);
    Optional<Read> read = Optional.empty();
    if (lexicon.vagueAmounts().containsKey(w)) {
      return Optional.of(new Read(lexicon.vagueAmounts().get(w), i + 1, true, w.endsWith("s"), true));
    }
    if (token.kind() == Token.Kind.NUMBER) {
      read = digits(w).map(v -> new Read(v, i + 1, false, false, false));
    } else if (token.kind() == Token.Kind.WORD && !w.isEmpty() && Character.isDigit(w.charAt(0))) {
      read = withSuffixMultiplier(w).map(v -> new Read(v, i + 1, false, false, false)); // 2.5bn, 10m
    } else if (token.kind() == Token.Kind.WORD) {
      // the longest run of tokens that reads as one number: "deux cents", "vingt et un"
      int longest = lexicon.numberWords().apply(w).isPresent() ? Math.min(tokens.size(), i + 5) : i;
      for (int j = longest; j > i; j--) {
        String joined = String.join(" ", words.subList(i, j));
        Optional<BigDecimal> v = lexicon.numberWords().apply(joined);
        if (v.isPresent()) {
          read = Optional.of(new Read(v.get(), j, false, false, true));
          break;
        }
      }
      if (read.isPresent() && read.get().next() == i + 1 && lexicon.articles().contains(w)) {
        boolean scaled = i + 1 < tokens.size() && lexicon.multipliers().containsKey(words.get(i + 1));
        if (!scaled) {
          return Optional.empty(); // "un", "a": an article, unless "un million"
        }
      }
    }
    if (read.isEmpty()) {
      return read;
    }
    Read r = read.get();
    if (r.next() < tokens.size() && lexicon.multipliers().containsKey(words.get(r.next()))) {
      BigDecimal m = lexicon.multipliers().get(words.get(r.next()));
      return Optional.of(new Read(r.value().multiply(m), r.next() + 1, false, false, r.words()));
    }
    return read;
  }

  /** The value of the number at i without its multiplier, to scale a range's first number. */
  private BigDecimal rawValue(List<Token> tokens, List<String> words, int i) {
    Optional<BigDecimal> d = digits(words.get(i));
    return d.or(() -> lexicon.numberWords().apply(words.get(i))).orElse(BigDecimal.ONE);
  }

  /** Digits with the language's separators: "10.000", "10 000", "1,5" in French; "10,000", "1.5" in English. */
  Optional<BigDecimal> digits(String token) {
    String s = token.replaceAll("[\\s\\u00a0\\u202f]", "");
    if (!s.matches("\\d+(?:[.,]\\d+)*")) {
      return Optional.empty();
    }
    char thousands = lexicon.decimalComma() ? '.' : ',';
    char decimal = lexicon.decimalComma() ? ',' : '.';
    // a separator followed by exactly three digits groups thousands, unless it is the decimal mark
    String[] groups = s.split("[.,]");
    StringBuilder plain = new StringBuilder(groups[0]);
    int pos = groups[0].length();
    for (int g = 1; g < groups.length; g++) {
      char sep = s.charAt(pos);
      boolean grouping = groups[g].length() == 3 && (sep == thousands || g < groups.length - 1);
      plain.append(grouping ? "" : sep == decimal || g == groups.length - 1 ? "." : "").append(groups[g]);
      pos += 1 + groups[g].length();
    }
    try {
      return Optional.of(new BigDecimal(plain.toString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<BigDecimal> withSuffixMultiplier(String token) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:[.,]\\d+)?)(\\p{L}+)").matcher(token);
    if (!m.matches() || !lexicon.multipliers().containsKey(m.group(2))) {
      return Optional.empty();
    }
    return digits(m.group(1)).map(v -> v.multiply(lexicon.multipliers().get(m.group(2))));
  }

  private int percentAt(List<String> words, int at) {
    if (words.get(at).equals("%")) {
      return 1;
    }
    for (List<String> phrase : lexicon.percent()) {
      if (at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  /** One-letter units of measure, after a number: "2432 m", "5 g", "40 t". */
  private static final Set<String> UNIT_SYMBOLS = Set.of("m", "g", "t", "l");

  /** A noun a number may count: a word that is no function word, verb or number ("Les Deux Alpes" is a name). */
  private boolean isNoun(Token token, String word) {
    return token.kind() == Token.Kind.WORD && (word.length() > 1 || UNIT_SYMBOLS.contains(word))
        && Character.isLetter(word.charAt(0))
        && !lexicon.notUnits().contains(word) && lexicon.numberWords().apply(word).isEmpty()
        && !lexicon.multipliers().containsKey(word) && !lexicon.vagueAmounts().containsKey(word);
  }

  private static boolean isDeterminer(String w) {
    return w.equals("des") || w.equals("une") || w.equals("quelques") || w.equals("plusieurs") || w.equals("a")
        || w.equals("several") || w.equals("some") || w.equals("de");
  }

  private static boolean isAndWord(String w) {
    return w.equals("et") || w.equals("and");
  }

  private static boolean endsBefore(List<String> words, int at, List<String> phrase) {
    int from = at - phrase.size();
    return from >= 0 && words.subList(from, at).equals(phrase);
  }

  private static boolean looksLikeAYear(BigDecimal v) {
    return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1800)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  /** "Peugeot 307", "Boeing 747": a bare number right after a capitalised word inside a sentence is a name. */
  private static boolean startsAName(String text, List<Token> tokens, int i, int start) {
    if (start != i || i < 2) {
      return false;
    }
    Token previous = tokens.get(i - 1);
    return previous.kind() == Token.Kind.WORD && Character.isUpperCase(text.charAt(previous.span().start()));
  }

  private static boolean isExcluded(Span span, List<Span> excluded) {
    for (Span e : excluded) {
      if (e.overlaps(span)) {
        return true;
      }
    }
    return false;
  }
}
