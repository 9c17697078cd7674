package org.dateline.peers;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.1 (standalone API, in process) as a time tagger for news: French or English, news
 * document type, no part-of-speech tagger ({@link POSTagger#NO}: HeidelTime's own tokenizer, so no
 * TreeTagger nor any other external program or model), TimeML output mapped back onto the input.
 *
 * <p>Construct one per language and keep it: construction reads HeidelTime's rules (a second or so
 * the first time in a JVM), {@link #tag} is then cheap. Threads: any thread may call any instance,
 * but all calls are serialized JVM-wide, so more threads bring no speed. HeidelTime 2.1 cannot run
 * two documents at once even in separate instances: its per-language rule and normalization tables
 * are JVM-wide singletons, built lazily without synchronization, and the normalization tables
 * write to an unsynchronized cache on every look-up ({@code RegexHashMap}).
 *
 * <p>Other side effects HeidelTime has on the JVM, and what is done about them: its configuration
 * is a JVM-wide static ({@code Config}), set here once from {@code heideltime/config.props} on the
 * classpath; it sets the default {@link Locale} to {@code en_GB} for good (it formats and computes
 * dates, ISO weeks included, with the default locale), which is done here only for the duration of
 * a construction or a {@link #tag} call, the caller's defaults being restored after (other threads
 * do see {@code en_GB} meanwhile); its java.util.logging output (INFO on every document) is kept off
 * standard error, and the warnings it logs when it catches its own failures are turned into
 * exceptions. It still prints the stack traces of those failures to standard error itself.
 */
public final class HeidelTimeTagger {

  /**
   * A time expression HeidelTime found: {@code [start, end)} in UTF-16 code units of the text given
   * to {@link #tag}, its TIMEX3 type (DATE, TIME, DURATION, SET) and value ({@code ""} if none).
   */
  public record Timex(int start, int end, String type, String value) {
    public Timex {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }

    /** The text this expression covers in {@code text}, the text it was found in. */
    public String text(String text) {
      return text.substring(start, end);
    }
  }

  private static final String CONFIG_RESOURCE = "heideltime/config.props";
  /** Held while HeidelTime runs: see the class comment. */
  private static final Object LOCK = new Object();
  private static final Logger STANDALONE_LOG = Logger.getLogger("HeidelTimeStandalone");
  private static final Logger FORMATTER_LOG = Logger.getLogger("TimeMLResultFormatter");
  private static final Logger UIMA_LOG = Logger.getLogger("org.apache.uima");
  /** Warnings HeidelTime logged during the current call on this thread (it catches and logs). */
  private static final ThreadLocal<List<String>> WARNINGS = ThreadLocal.withInitial(ArrayList::new);

  private static boolean configured;

  private final HeidelTimeStandalone heidelTime;
  private final String languageCode;

  /** A tagger for "fr" (French) or "en" (English). */
  public HeidelTimeTagger(String languageCode) {
    Language language = switch (Objects.requireNonNull(languageCode, "languageCode")) {
      case "fr" -> Language.FRENCH;
      case "en" -> Language.ENGLISH;
      default -> throw new IllegalArgumentException("HeidelTimeTagger supports fr and en, not " + languageCode);
    };
    this.languageCode = languageCode;
    synchronized (LOCK) {
      configureOnce();
      CallerLocale caller = CallerLocale.replaceWith(Locale.UK);
      try {
        WARNINGS.get().clear();
        heidelTime = new HeidelTimeStandalone(language, DocumentType.NEWS, OutputType.TIMEML, null, POSTagger.NO, false);
        throwOnWarnings("could not initialize HeidelTime for " + languageCode);
      } finally {
        caller.restore();
      }
    }
  }

  public static HeidelTimeTagger french() {
    return new HeidelTimeTagger("fr");
  }

  public static HeidelTimeTagger english() {
    return new HeidelTimeTagger("en");
  }

  public String languageCode() {
    return languageCode;
  }

  /**
   * The time expressions of {@code text}, a news article of {@code dct} (its document creation
   * time, which relative expressions are resolved against), in text order.
   *
   * @throws IllegalStateException if HeidelTime failed on the text, or its output could not be
   *     mapped back onto it
   */
  public List<Timex> tag(String text, LocalDate dct) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dct, "dct");
    // noon, so that no time zone rule can move the date HeidelTime formats from it
    Date date = Date.from(dct.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    String timeMl;
    synchronized (LOCK) {
      CallerLocale caller = CallerLocale.replaceWith(Locale.UK);
      try {
        WARNINGS.get().clear();
        timeMl = heidelTime.process(text, date);
        throwOnWarnings("HeidelTime failed");
      } catch (DocumentCreationTimeMissingException e) {
        throw new IllegalStateException("HeidelTime did not get the document creation time", e);
      } finally {
        caller.restore();
      }
    }
    if (timeMl == null) {
      throw new IllegalStateException("HeidelTime returned no output");
    }
    return align(text, timeMl);
  }

  // ---------------------------------------------------------------------------------------------
  // JVM-wide HeidelTime state

  private static void configureOnce() {
    if (configured) {
      return;
    }
    Properties props = new Properties();
    try (InputStream in = HeidelTimeTagger.class.getClassLoader().getResourceAsStream(CONFIG_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + CONFIG_RESOURCE);
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CONFIG_RESOURCE, e);
    }
    Config.setProps(props); // the standalone reads a config file only when Config is not yet set

    // HeidelTime logs INFO per document and catches its own failures, logging a WARNING: keep all of
    // it off standard error, and collect the warnings of the current call to raise them.
    Handler collector = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          WARNINGS.get().add(record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    STANDALONE_LOG.setUseParentHandlers(false);
    STANDALONE_LOG.setLevel(Level.WARNING);
    STANDALONE_LOG.addHandler(collector);
    // "Two overlapping Timexes have been discovered": HeidelTime resolves them itself, not a failure
    FORMATTER_LOG.setUseParentHandlers(false);
    FORMATTER_LOG.setLevel(Level.OFF);
    UIMA_LOG.setLevel(Level.SEVERE);
    configured = true;
  }

  private static void throwOnWarnings(String what) {
    List<String> warnings = WARNINGS.get();
    if (!warnings.isEmpty()) {
      String message = what + ": " + String.join("; ", warnings);
      warnings.clear();
      throw new IllegalStateException(message);
    }
  }

  /** The default locales (all categories) of the caller, while HeidelTime runs with its own. */
  private record CallerLocale(Locale all, Locale display, Locale format) {
    static CallerLocale replaceWith(Locale locale) {
      CallerLocale caller = new CallerLocale(Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
          Locale.getDefault(Locale.Category.FORMAT));
      Locale.setDefault(locale);
      return caller;
    }

    void restore() {
      Locale.setDefault(all);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Mapping TimeML output back onto the input

  /** A TimeML tag HeidelTime writes: TIMEX3 (and TIMEX3INTERVAL, with interval tagging), open or close. */
  private static final Pattern TAG =
      Pattern.compile("<(/?)(TIMEX3(?:INTERVAL)?)((?:\\s+[A-Za-z_:][\\w.:-]*\\s*=\\s*\"[^\"]*\")*)\\s*(/?)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][\\w.:-]*)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(?:(amp|lt|gt|quot|apos)|#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
  private static final String OPEN_ROOT = "<TimeML>";
  private static final String CLOSE_ROOT = "</TimeML>";

  /**
   * The TIMEX3 elements of {@code timeMl}, HeidelTime's output for {@code input}, with offsets into
   * {@code input}. Walks the TimeML body and the input in step: tags are read off without moving in
   * the input; runs of white space match runs of white space whatever their length and kind (or
   * none); anything else must be equal. A span never starts nor ends with white space. HeidelTime 2.1 copies the text unescaped (so its output is
   * not always well-formed XML); should an output escape it ({@code &amp;}, {@code &lt;},
   * {@code &#233;} …), the walk is redone decoding references, which is how a literal
   * {@code &amp;} in an input is told from an escaped {@code &}.
   *
   * @throws IllegalStateException when the output is not the input with tags added
   */
  static List<Timex> align(String input, String timeMl) {
    String body = body(input, timeMl);
    try {
      return align(input, body, false);
    } catch (IllegalStateException raw) {
      try {
        return align(input, body, true);
      } catch (IllegalStateException escaped) {
        raw.addSuppressed(escaped);
        throw raw;
      }
    }
  }

  /** The text between {@code <TimeML>} and {@code </TimeML>}, without the line ends put around it. */
  private static String body(String input, String timeMl) {
    int from = timeMl.indexOf(OPEN_ROOT);
    int to = timeMl.lastIndexOf(CLOSE_ROOT);
    if (from < 0 || to < from + OPEN_ROOT.length()) {
      return timeMl;
    }
    String body = timeMl.substring(from + OPEN_ROOT.length(), to);
    // the formatter puts the text on its own lines: "<TimeML>\n" + text + "\n</TimeML>"
    if (body.startsWith("\n") && !input.startsWith("\n")) {
      body = body.substring(1);
    }
    if (body.endsWith("\n") && !input.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    return body;
  }

  private static List<Timex> align(String input, String body, boolean escaped) {
    List<Timex> timexes = new ArrayList<>();
    Deque<OpenTag> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(body);
    Matcher entity = ENTITY.matcher(body);
    int o = 0; // in body
    int i = 0; // in input
    while (o < body.length()) {
      char c = body.charAt(o);
      if (c == '<' && tag.region(o, body.length()).lookingAt() && !input.startsWith(tag.group(), i)) {
        boolean closing = !tag.group(1).isEmpty();
        boolean selfClosing = !tag.group(4).isEmpty();
        String name = tag.group(2);
        if (closing) {
          OpenTag start = popMatching(open, name);
          if (start == null) {
            throw misaligned("</" + name + "> closes nothing", body, o, input, i);
          }
          if (name.equals("TIMEX3")) {
            timexes.add(timex(input, start, i));
          }
        } else {
          OpenTag start = new OpenTag(name, i, attributes(tag.group(3)));
          if (selfClosing) {
            if (name.equals("TIMEX3")) {
              timexes.add(timex(input, start, i));
            }
          } else {
            open.push(start);
          }
        }
        o = tag.end();
      } else if (escaped && c == '&' && entity.region(o, body.length()).lookingAt()
          && input.startsWith(decode(entity), i)) {
        i += decode(entity).length();
        o = entity.end();
      } else if (isSpace(c) || (i < input.length() && isSpace(input.charAt(i)))) {
        // a run of white space matches a run of white space, whatever their lengths (either may be
        // empty): so a tag after a run is put after the input's whole run
        while (o < body.length() && isSpace(body.charAt(o))) {
          o++;
        }
        while (i < input.length() && isSpace(input.charAt(i))) {
          i++;
        }
      } else if (i < input.length() && input.charAt(i) == c) {
        o++;
        i++;
      } else {
        throw misaligned("text differs", body, o, input, i);
      }
    }
    if (!open.isEmpty()) {
      throw misaligned("<" + open.peek().name() + "> is not closed", body, o, input, i);
    }
    while (i < input.length() && isSpace(input.charAt(i))) {
      i++;
    }
    if (i != input.length()) {
      throw misaligned("the output ends before the input", body, o, input, i);
    }
    timexes.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
    return List.copyOf(timexes);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private record OpenTag(String name, int start, Map<String, String> attributes) {}

  private static OpenTag popMatching(Deque<OpenTag> open, String name) {
    if (open.isEmpty() || !open.peek().name().equals(name)) {
      return null;
    }
    return open.pop();
  }

  /** The timex from {@code start} to {@code end}, less any white space at either end. */
  private static Timex timex(String input, OpenTag start, int end) {
    int from = start.start();
    while (from < end && isSpace(input.charAt(from))) {
      from++;
    }
    while (end > from && isSpace(input.charAt(end - 1))) {
      end--;
    }
    Map<String, String> a = start.attributes();
    return new Timex(from, end, a.getOrDefault("type", ""), a.getOrDefault("value", ""));
  }

  private static Map<String, String> attributes(String attributes) {
    Map<String, String> map = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      map.put(m.group(1), unescape(m.group(2)));
    }
    return map;
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(Matcher entity) {
    if (entity.group(1) != null) {
      return switch (entity.group(1)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        default -> "'";
      };
    }
    int codePoint = entity.group(2) != null
        ? Integer.parseInt(entity.group(2))
        : Integer.parseInt(entity.group(3), 16);
    if (!Character.isValidCodePoint(codePoint)) {
      return entity.group(); // not a character: taken literally, and then must match the input
    }
    return new String(Character.toChars(codePoint));
  }

  private static IllegalStateException misaligned(String why, String body, int o, String input, int i) {
    return new IllegalStateException("cannot map HeidelTime's output onto the input: " + why
        + " at output offset " + o + " (" + around(body, o) + ") / input offset " + i + " (" + around(input, i) + ")");
  }

  private static String around(String s, int at) {
    int from = Math.max(0, at - 20);
    int to = Math.min(s.length(), at + 20);
    return "\"" + s.substring(from, at).replace("\n", "\\n") + "|" + s.substring(at, to).replace("\n", "\\n") + "\"";
  }
}
