package org.dateline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a language changes in the {@link Tokenizer}: its abbreviations, elided articles and
 * pronouns ("l'", "qu'"), words that keep their apostrophe ("aujourd'hui"), verb-pronoun clitics
 * split at hyphens ("a-t-il" → "a" "-t-il"), hyphenated words that are not such verbs
 * ("rendez-vous"), English contractions ("n't", "'s"), and whether thousands may be grouped by
 * spaces ("10 000"). All word lists hold apostrophes as {@code '}; the tokenizer matches both ' and ’.
 *
 * @param abbreviations abbreviations with their final period ("M.", "etc.", "Mr."); matched exactly
 * @param titles the abbreviations that precede a name and so never end a sentence ("M.", "Dr.")
 * @param elisions lower-case elided forms with their apostrophe ("l'", "jusqu'")
 * @param apostropheWords lower-case words an apostrophe does not split ("aujourd'hui")
 * @param clitics lower-case pronouns split off a verb at a hyphen ("il", "t-il", "moi")
 * @param hyphenWords lower-case hyphenated words never split ("rendez-vous")
 * @param contractionSuffixes lower-case suffixes split off ("n't", "'s")
 * @param spaceGroupedNumbers whether "10 000" is one number
 */
public record TokenizerRules(
    Set<String> abbreviations,
    Set<String> titles,
    Set<String> elisions,
    Set<String> apostropheWords,
    Set<String> clitics,
    Set<String> hyphenWords,
    Set<String> contractionSuffixes,
    boolean spaceGroupedNumbers) {

  public TokenizerRules {
    abbreviations = Set.copyOf(abbreviations);
    titles = Set.copyOf(titles);
    if (!abbreviations.containsAll(titles)) {
      Set<String> stray = new HashSet<>(titles);
      stray.removeAll(abbreviations);
      throw new IllegalArgumentException("titles that are not abbreviations: " + stray);
    }
    elisions = lowerCase(elisions, "elisions");
    apostropheWords = lowerCase(apostropheWords, "apostropheWords");
    clitics = lowerCase(clitics, "clitics");
    hyphenWords = lowerCase(hyphenWords, "hyphenWords");
    contractionSuffixes = lowerCase(contractionSuffixes, "contractionSuffixes");
  }

  /** Rules for a language nothing is known about: only what holds in any Latin-script text. */
  public static TokenizerRules neutral() {
    return new TokenizerRules(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);
  }

  private static Set<String> lowerCase(Set<String> words, String what) {
    for (String w : words) {
      if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.indexOf('\u2019') >= 0) {
        throw new IllegalArgumentException(what + " must be lower case with ' apostrophes: " + w);
      }
    }
    return Set.copyOf(words);
  }

  /**
   * Reads a word list resource: one entry a line, {@code #} starts a comment, blank lines skipped.
   *
   * @throws IOException when the resource is missing or unreadable
   */
  public static Set<String> readList(Class<?> owner, String resource) throws IOException {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource " + resource + " next to " + owner.getName());
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          words.add(entry.replace('\u2019', '\''));
        }
      }
    }
    return words;
  }

  boolean isTitle(String abbreviation) {
    return titles.contains(abbreviation);
  }

  @Override
  public String toString() {
    return "TokenizerRules[" + abbreviations.size() + " abbreviations, " + elisions.size()
        + " elisions, " + clitics.size() + " clitics, " + contractionSuffixes.size()
        + " contractions, spaceGroupedNumbers=" + spaceGroupedNumbers + "]";
  }

  static String normalizeApostrophes(String s) {
    Objects.requireNonNull(s);
    return s.replace('\u2019', '\'').replace('\u02BC', '\'');
  }
}
