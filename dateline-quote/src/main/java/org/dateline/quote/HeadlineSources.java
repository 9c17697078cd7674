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
 * transcript's speaker, read with the quotes). A line that opens on a link's label ("READ MORE:",
 * "WATCH:", "Related:") is the headline of another story, which reports no speech of this one.
 */
public final class HeadlineSources {

  /** Finds none. */
  public static final HeadlineSources NONE = new HeadlineSources(Set.of(), Set.of());

  /** A paragraph of this many words at most: a headline, not a sentence with a colon in it. */
  static final int MAX_WORDS = 30;
  /** What the label introduces runs to this many words at least. */
  static final int MIN_CONTENT_WORDS = 3;

  /** One to four capitalised words, a colon, then the content. */
  private static final Pattern LABELLED = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.'’-]*){0,3}):[ \\u00a0]+(\\S.*?)[.\\s\\u00a0]*");

  private final Set<String> kickers;
  private final Set<String> links;

  /**
   * @param kickers first words of labels that name no source, lower case ("breaking", "the", "correction")
   * @param links first words of labels that open a link to another story, lower case ("read", "watch")
   */
  public HeadlineSources(Set<String> kickers, Set<String> links) {
    this.kickers = Set.copyOf(kickers);
    this.links = Set.copyOf(links);
  }

  /** Whether {@code paragraph} is a link to another story: "READ MORE: Mayor says the rink will close". */
  boolean link(String text, Span paragraph) {
    Matcher m = LABELLED.matcher(text.substring(paragraph.start(), paragraph.end()));
    return m.matches() && links.contains(firstWord(m.group(1)));
  }

  private static String firstWord(String label) {
    return label.split("[ \\u00a0]")[0].toLowerCase(Locale.ROOT).replace('’', '\'');
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
    if (kickers.contains(firstWord(label)) || label.equals(label.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int at = paragraph.start();
    return Optional.of(new Labelled(new Span(at + m.start(1), at + m.end(1)), new Span(at + m.start(2), at + m.end(2))));
  }
}
