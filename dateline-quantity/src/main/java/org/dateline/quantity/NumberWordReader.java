package org.dateline.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number written in words, given a language's number words: units and tens add up
 * ("vingt-deux", "twenty-two"), a hundred word multiplies what stands before it, a thousand word
 * closes a group ("deux mille trois cents"). {@code vigesimal} is for French "quatre-vingt(s)".
 * Immutable and thread-safe.
 */
public final class NumberWordReader {

  private final Map<String, Integer> values;
  private final Set<String> hundreds;
  private final Set<String> thousands;
  private final Pattern separator;
  private final boolean vigesimal;

  public NumberWordReader(Map<String, Integer> values, Set<String> hundreds, Set<String> thousands,
      Pattern separator, boolean vigesimal) {
    this.values = Map.copyOf(values);
    this.hundreds = Set.copyOf(hundreds);
    this.thousands = Set.copyOf(thousands);
    this.separator = separator;
    this.vigesimal = vigesimal;
  }

  /** The value, or empty when the words are not a number of this language. */
  public OptionalLong read(String words) {
    String lower = words.toLowerCase(Locale.ROOT).strip();
    int firstEnd = 0;
    while (firstEnd < lower.length() && Character.isLetter(lower.charAt(firstEnd))) {
      firstEnd++;
    }
    String first = lower.substring(0, firstEnd);
    if (!values.containsKey(first) && !hundreds.contains(first) && !thousands.contains(first)) {
      return OptionalLong.empty(); // most words: decided without splitting
    }
    long total = 0;
    long current = 0;
    for (String w : separator.split(lower)) {
      if (hundreds.contains(w)) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (thousands.contains(w)) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else {
        Integer v = values.get(w);
        if (v == null) {
          return OptionalLong.empty();
        }
        current += vigesimal && v == 20 && current % 100 == 4 ? 76 : v; // quatre-vingt(s)
      }
    }
    return OptionalLong.of(total + current);
  }
}
