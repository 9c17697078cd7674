package org.dateline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH validation file (UniversalPetrarch's {@code PETR2_GSR_validation.xml}): each
 * {@code <Sentence>} with its date, its {@code <EventCoding>} lines (event code, source and target
 * actor codes, or "noevents") and its {@code <Text>}. The file is not well-formed XML (comment lines
 * start with '#'), so it is read as the records it is made of.
 */
public final class PetrarchCorpus {

  /** Where the file is inside the UniversalPetrarch data of ../shared/data. */
  public static final String DEFAULT_FILE = "UniversalPetrarch/data/text/PETR2_GSR_validation.xml";

  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*?)/?>(.*?)<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/>");

  /** One event coding: CAMEO code, source and target actor codes ("USAGOV", "---REB"). */
  public record Coding(String code, String source, String target) {

    public Coding {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }

    /** What the validation scores: the root code and the two actors' countries (first three letters). */
    public List<String> triple() {
      return List.of(code.substring(0, Math.min(2, code.length())), country(source), country(target));
    }

    private static String country(String actor) {
      return actor.length() >= 3 ? actor.substring(0, 3) : "---";
    }
  }

  /** A sentence to code, with its gold codings (empty for "noevents"). */
  public record Sentence(String id, Optional<LocalDate> date, String text, List<Coding> codings) {
    public Sentence {
      codings = List.copyOf(codings);
    }
  }

  private PetrarchCorpus() {}

  public static List<Sentence> read(Path path) throws IOException, CorpusFormatException {
    Path file = Files.isDirectory(path) ? path.resolve(DEFAULT_FILE) : path;
    if (!Files.isRegularFile(file)) {
      throw new CorpusFormatException(file + ": no PETRARCH validation file here");
    }
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      String attributes = m.group(1);
      if (attribute(attributes, "evaluate").map("false"::equalsIgnoreCase).orElse(false)) {
        continue;
      }
      List<Coding> codings = new ArrayList<>();
      Matcher c = CODING.matcher(m.group(2));
      while (c.find()) {
        Optional<String> code = attribute(c.group(1), "eventcode");
        if (code.isPresent()) {
          codings.add(new Coding(code.get(), attribute(c.group(1), "sourcecode").orElse("---"),
              attribute(c.group(1), "targetcode").orElse("---")));
        }
      }
      String text = String.join(" ", m.group(3).strip().split("\\s+"));
      sentences.add(new Sentence(attribute(attributes, "id").orElse("s" + sentences.size()),
          attribute(attributes, "date").flatMap(PetrarchCorpus::date), text, codings));
    }
    if (sentences.isEmpty()) {
      throw new CorpusFormatException(file + ": no <Sentence> records");
    }
    return sentences;
  }

  private static Optional<String> attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<LocalDate> date(String yyyymmdd) {
    try {
      return Optional.of(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
