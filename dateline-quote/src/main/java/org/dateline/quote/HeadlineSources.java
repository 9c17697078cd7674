package org.dateline.quote;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Span;

/**
 * A short paragraph that gives its source as a label, as headlines do: "Graham: Trump's Rhetoric
 * Destroying GOP's Chance", "Poll: Clinton Leads in Ohio". The label is a few capitalised words;
 * a kicker ("Breaking:", "The Latest:", "Correction:") is no source, nor a label in capitals (a
 * transcript's speaker, read with the quotes).
 */
public final class HeadlineSources {

  /** Finds none. */
  public static final HeadlineSources NONE = new HeadlineSources(Set.of());

  /** A paragraph of this many words at most: a headline, not a sentence with a colon in it. */
  static final int MAX_WORDS = 30;
  /** What the label introduces runs to this many words at least. */
  static final int MIN_CONTENT_WORDS = 3;

  /** One to four capitalised words, a colon, then the content. */
  private static final Pattern LABELLED = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.'’-]*){0,3}):[ \\u00a0]+(\\S.*?)[.\\s\\u00a0]*");

  private final Set<String> kickers;

  /** @param kickers first words of labels that name no source, lower case ("breaking", "the", "correction") */
  public HeadlineSources(Set<String> kickers) {
    this.kickers = Set.copyOf(kickers);
  }

  /** A label and what it introduces, as spans of {@code text}. */
  public record Labelled(Span label, Span content) {}

  /** The label and content of {@code paragraph}, when it is a labelled headline. */
  Optional<Labelled> read(String text, Span paragraph) {
    if (kickers.isEmpty()) {
      return Optional.empty();
    }
    String p = text.substring(paragraph.start(), paragraph.end());
    Matcher m = LABELLED.matcher(p);
    if (!m.matches() || p.split("\\s+").length > MAX_WORDS || m.group(2).split("\\s+").length < MIN_CONTENT_WORDS) {
      return Optional.empty();
    }
    String label = m.group(1);
    String first = label.split("[ \\u00a0]")[0].toLowerCase(Locale.ROOT).replace('’', '\'');
    if (kickers.contains(first) || label.equals(label.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int at = paragraph.start();
    return Optional.of(new Labelled(new Span(at + m.start(1), at + m.end(1)), new Span(at + m.start(2), at + m.end(2))));
  }
}
