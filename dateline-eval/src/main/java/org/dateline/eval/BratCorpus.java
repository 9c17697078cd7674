package org.dateline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.core.Span;

/**
 * Reads a directory tree of BRAT standoff files ({@code NAME.txt} + {@code NAME.ann}), as WiNER-fr
 * and PolNeAR ship them. Text-bound annotations ({@code T1<TAB>Person 0 6<TAB>France}) become spans;
 * a discontinuous one is taken from its first start to its last end. A date in the file name
 * ({@code 2016_01_01-001}) becomes the document date.
 */
public final class BratCorpus {

  private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})[_-](\\d{2})[_-](\\d{2})");

  private BratCorpus() {}

  public static List<GoldDocument> read(Path root) throws IOException, CorpusFormatException {
    List<Path> annFiles;
    try (Stream<Path> walk = Files.walk(root)) {
      annFiles = walk.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path ann : annFiles) {
      Path txt = Path.of(ann.toString().replaceFirst("\\.ann$", ".txt"));
      if (Files.exists(txt)) {
        docs.add(readOne(txt, ann));
      }
    }
    return docs;
  }

  static GoldDocument readOne(Path txt, Path ann) throws IOException, CorpusFormatException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    List<GoldDocument.GoldSpan> spans = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("T")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        throw new CorpusFormatException(ann + ":" + (i + 1) + ": a T line without type and offsets");
      }
      String[] typeAndOffsets = fields[1].split(" ", 2);
      if (typeAndOffsets.length < 2) {
        throw new CorpusFormatException(ann + ":" + (i + 1) + ": no offsets in '" + fields[1] + "'");
      }
      try {
        String[] pieces = typeAndOffsets[1].split(";");
        int start = Integer.parseInt(pieces[0].split(" ")[0]);
        int end = Integer.parseInt(pieces[pieces.length - 1].split(" ")[1]);
        if (end > text.length() || start > end) {
          throw new CorpusFormatException(ann + ":" + (i + 1) + ": offsets " + start + "-" + end
              + " outside a text of " + text.length() + " characters");
        }
        spans.add(new GoldDocument.GoldSpan(new Span(start, end), typeAndOffsets[0], Map.of("id", fields[0])));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new CorpusFormatException(ann + ":" + (i + 1) + ": bad offsets '" + typeAndOffsets[1] + "'");
      }
    }
    String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
    return new GoldDocument(id, text, dateIn(id), spans);
  }

  private static Optional<LocalDate> dateIn(String name) {
    Matcher m = FILE_DATE.matcher(name);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
