package org.dateline.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Block;
import org.dateline.core.Dateline;
import org.dateline.core.Span;

/**
 * Reads the layout of a plain-text article: a headline (the first line, when it reads as a title),
 * a dateline (at the start of the first line, or of the line after the headline, or on a line of its own
 * in the first few, after a standfirst or a caption), section headings
 * (short lines without final punctuation between paragraphs) and paragraphs (every other line).
 */
public final class StructureParser {

  /** The longest a headline runs, in words; longer first lines are the lead paragraph. */
  static final int MAX_HEADLINE_WORDS = 30;
  /** The longest a section heading runs, in words and characters. */
  static final int MAX_HEADING_WORDS = 12;
  static final int MAX_HEADING_CHARS = 100;
  /** How far down a dateline standing on its own line may come, past a standfirst, captions, links. */
  static final int MAX_LINES_BEFORE_DATELINE = 8;

  private final DatelineParser datelines = new DatelineParser();

  /** The structure found, and notes on what could not be read. */
  public record Structure(List<Block> blocks, Optional<Dateline> dateline, List<String> problems) {
    public Structure {
      blocks = List.copyOf(blocks);
      problems = List.copyOf(problems);
    }
  }

  public Structure parse(String text, Optional<LocalDate> publication) {
    List<Span> lines = nonBlankLines(text);
    List<Block> blocks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Optional<Dateline> dateline = Optional.empty();
    int next = 0;
    if (!lines.isEmpty()) {
      Span first = lines.get(0);
      Optional<DatelineParser.Result> found = datelines.parse(text, first, publication);
      if (found.isPresent()) {
        dateline = Optional.of(found.get().dateline());
        problems.addAll(found.get().problems());
        blocks.add(new Block(dateline.get().span(), Block.Kind.DATELINE));
        first = after(text, dateline.get(), first);
      }
      boolean more = lines.size() > 1;
      if (!first.isEmpty() && more && readsAsHeadline(text, first)) {
        blocks.add(new Block(first, Block.Kind.HEADLINE));
        next = 1;
        if (dateline.isEmpty()) {
          Optional<DatelineParser.Result> after = datelines.parse(text, lines.get(1), publication);
          if (after.isPresent()) {
            dateline = Optional.of(after.get().dateline());
            problems.addAll(after.get().problems());
            blocks.add(new Block(dateline.get().span(), Block.Kind.DATELINE));
            Span rest = after(text, dateline.get(), lines.get(1));
            if (!rest.isEmpty()) {
              blocks.add(new Block(rest, Block.Kind.PARAGRAPH));
            }
            next = 2;
          }
        }
      } else if (!first.isEmpty()) {
        blocks.add(new Block(first, Block.Kind.PARAGRAPH));
        next = 1;
      } else {
        next = 1;
      }
    }
    // a line that is a dateline and nothing else, or that a dash ends, after a standfirst or a caption
    // ("11 février 2016 . –", "17 janvier 2017 . – Alors que…")
    int standalone = -1;
    for (int i = next; dateline.isEmpty() && i < Math.min(lines.size(), MAX_LINES_BEFORE_DATELINE); i++) {
      Optional<DatelineParser.Result> found = datelines.parse(text, lines.get(i), publication);
      if (found.isPresent() && (after(text, found.get().dateline(), lines.get(i)).isEmpty()
          || endsWithADash(text, found.get().dateline().span()))) {
        dateline = Optional.of(found.get().dateline());
        problems.addAll(found.get().problems());
        standalone = i;
      }
    }
    for (int i = next; i < lines.size(); i++) {
      if (i == standalone) {
        blocks.add(new Block(dateline.orElseThrow().span(), Block.Kind.DATELINE));
        Span rest = after(text, dateline.get(), lines.get(i));
        if (!rest.isEmpty()) {
          blocks.add(new Block(rest, Block.Kind.PARAGRAPH));
        }
        continue;
      }
      boolean heading = i + 1 < lines.size()
          && !blocks.isEmpty()
          && blocks.get(blocks.size() - 1).kind() == Block.Kind.PARAGRAPH
          && readsAsHeading(text, lines.get(i))
          && !readsAsHeading(text, lines.get(i + 1));
      blocks.add(new Block(lines.get(i), heading ? Block.Kind.SECTION_HEADING : Block.Kind.PARAGRAPH));
    }
    return new Structure(blocks, dateline, problems);
  }

  private static List<Span> nonBlankLines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      Span line = trim(text, new Span(start, end));
      if (!line.isEmpty()) {
        lines.add(line);
      }
      start = end + 1;
    }
    return lines;
  }

  private static Span trim(String text, Span span) {
    int s = span.start();
    int e = span.end();
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** Whether the dateline ends with its dash ("17 janvier 2017 . –"): no sentence starts that way. */
  private static boolean endsWithADash(String text, Span dateline) {
    String d = text.substring(dateline.start(), dateline.end()).strip();
    return !d.isEmpty() && "-–—".indexOf(d.charAt(d.length() - 1)) >= 0;
  }

  /** What follows a dateline on its line, without the dash or period between them. */
  private static Span after(String text, Dateline dateline, Span line) {
    return skipLeadingPunctuation(text, trim(text, new Span(dateline.span().end(), line.end())));
  }

  /** Drops a dash or period left between a dateline and the text after it. */
  private static Span skipLeadingPunctuation(String text, Span span) {
    int s = span.start();
    while (s < span.end() && ("-–—.:".indexOf(text.charAt(s)) >= 0 || isSpace(text.charAt(s)))) {
      s++;
    }
    return new Span(s, span.end());
  }

  static boolean readsAsHeadline(String text, Span line) {
    String s = line.of(text);
    int words = words(s);
    if (words == 0 || words > MAX_HEADLINE_WORDS || !startsLikeProse(s)) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '?' || last == '!') {
      return words <= MAX_HEADLINE_WORDS / 2;
    }
    return ".,;:…".indexOf(last) < 0;
  }

  static boolean readsAsHeading(String text, Span line) {
    String s = line.of(text);
    if (s.length() > MAX_HEADING_CHARS || words(s) > MAX_HEADING_WORDS || !startsLikeProse(s)) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return ".,;:!?…»\"”)".indexOf(last) < 0;
  }

  private static boolean startsLikeProse(String s) {
    int cp = s.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isDigit(cp) || "«\"“‘'".indexOf(cp) >= 0;
  }

  private static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
