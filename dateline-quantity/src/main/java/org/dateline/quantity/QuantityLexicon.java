package org.dateline.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a language writes numbers and quantities with. All words are lower case.
 *
 * @param decimalComma whether "1,5" is one and a half (French) rather than "1,500" fifteen hundred
 * @param numberWords reads a number written in words ("vingt-deux", "twenty-two"), or empty
 * @param articles words for "one" that are articles when alone ("un", "une", "a", "an")
 * @param multipliers "million" → 1000000, "bn" → 1000000000
 * @param vagueAmounts nouns of an approximate number: "dizaine" → 10, "milliers" → 1000, "dozens" → 12
 * @param approximators word sequences before a number that make it approximate ("près de", "about")
 * @param lowerBounds word sequences before a number that make it a minimum ("plus de", "at least")
 * @param upperBounds word sequences before a number that make it a maximum ("moins de", "up to")
 * @param rangeOpeners words opening a range: "entre" … "et", "between" … "and"
 * @param rangeJoiners words between the two numbers of a range ("à", "to", "-", "et", "and")
 * @param unitLinkers words between a number and what it counts ("de", "d'", "of")
 * @param bothDeterminers words before "two" that make it "both" ("les deux pays"), not a count
 * @param notUnits words that follow numbers without being what they count (verbs, prepositions)
 * @param currencies symbols and words of money, with their ISO 4217 code
 * @param percent words for per cent ("pour cent", "percent")
 */
public record QuantityLexicon(
    boolean decimalComma,
    Function<String, Optional<BigDecimal>> numberWords,
    Set<String> articles,
    Map<String, BigDecimal> multipliers,
    Map<String, BigDecimal> vagueAmounts,
    List<List<String>> approximators,
    List<List<String>> lowerBounds,
    List<List<String>> upperBounds,
    Set<String> rangeOpeners,
    Set<String> rangeJoiners,
    Set<String> unitLinkers,
    Set<String> bothDeterminers,
    Set<String> notUnits,
    Map<String, String> currencies,
    List<List<String>> percent) {

  public QuantityLexicon {
    Objects.requireNonNull(numberWords, "numberWords");
    articles = Set.copyOf(articles);
    multipliers = Map.copyOf(multipliers);
    vagueAmounts = Map.copyOf(vagueAmounts);
    approximators = List.copyOf(approximators);
    lowerBounds = List.copyOf(lowerBounds);
    upperBounds = List.copyOf(upperBounds);
    rangeOpeners = Set.copyOf(rangeOpeners);
    rangeJoiners = Set.copyOf(rangeJoiners);
    unitLinkers = Set.copyOf(unitLinkers);
    bothDeterminers = Set.copyOf(bothDeterminers);
    notUnits = Set.copyOf(notUnits);
    currencies = Map.copyOf(currencies);
    percent = List.copyOf(percent);
  }

  /** "près de" as the list ["près", "de"]. */
  public static List<List<String>> phrases(String... phrases) {
    return java.util.Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
  }
}
