package org.dateline.quote;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.core.Span;

/**
 * Speakers the layout gives rather than a reporting verb: a transcript's label ("PENCE: Well,
 * look…") and a signature after a quote ("“…” ― Pamela Padilla" ending its paragraph, as readers'
 * answers and epigraphs are printed).
 */
final class LayoutSpeakers {

  /** An upper-case name and a colon opening the speech: "WALLACE:", "SEN. KAINE:". */
  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{Lu}.'’ -]{1,30}:\\s+");
  /** A dash, then a capitalised name of a few words and nothing else up to the end of the paragraph. */
  private static final Pattern SIGNATURE =
      Pattern.compile("[\\s\\u00a0]*[―—–][\\s\\u00a0]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.'’-]*){0,5})[.\\s\\u00a0]*");

  private LayoutSpeakers() {}

  /** The label that opens {@code content}, when it is a transcript's speaker label. */
  static Optional<Span> label(String text, Span content) {
    Matcher m = LABEL.matcher(text).region(content.start(), content.end());
    if (!m.lookingAt() || m.end() >= content.end()) {
      return Optional.empty();
    }
    String label = text.substring(m.start(), m.end()).strip();
    int end = m.start() + text.substring(m.start(), m.end()).indexOf(':');
    // one word at least of two letters, all capitals: "I:" or "A:" is no speaker
    return label.replaceAll("[^\\p{Lu}]", "").length() >= 2 ? Optional.of(trim(text, m.start(), end)) : Optional.empty();
  }

  /** The name signed after a quote whose marks end at {@code marksEnd}, when it ends the paragraph. */
  static Optional<Span> signature(String text, int marksEnd, Span paragraph) {
    if (marksEnd >= paragraph.end()) {
      return Optional.empty();
    }
    Matcher m = SIGNATURE.matcher(text).region(marksEnd, paragraph.end());
    return m.matches() ? Optional.of(trim(text, m.start(1), m.end(1))) : Optional.empty();
  }

  private static Span trim(String text, int start, int end) {
    int e = end;
    while (e > start && (text.charAt(e - 1) == '.' || Character.isWhitespace(text.charAt(e - 1)))) {
      e--;
    }
    return new Span(start, e);
  }
}
