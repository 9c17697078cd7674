package org.dateline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.core.Document;
import org.dateline.core.Span;

/**
 * Reads PolNeAR (Newell, Margolin and Ruths 2018; English political news with attributions in BRAT
 * standoff): {@code data/SPLIT/text/NAME.txt} and {@code data/SPLIT/attributions/NAME_ANNOTATOR.ann},
 * where an {@code E} line ({@code Attribution:T4 Content:T3 Cue:T2 Source:T1}, or
 * {@code Attribution-no-source:…}) joins the {@code T} spans. Some texts were annotated by several
 * people: the first annotator file in sorted name order is the gold, the others are ignored. A
 * discontinuous span ({@code 315 448;463 553}, pieces sometimes out of order) is taken from its
 * smallest start to its largest end; a second
 * content piece ({@code Content2}, 67 in the whole corpus) is ignored, and an attribution without
 * content is skipped. The split is PolNeAR's own (its {@code train} and {@code dev} directories);
 * {@code data/metadata.tsv}, when present, gives each article's publication date.
 */
public final class PolnearCorpus {

  /** One article: its text, date, the annotator file taken as gold and its attributions. */
  public record Article(String id, String text, Optional<LocalDate> date, String annotation,
      List<GoldAttribution> attributions) {

    public Article {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(annotation, "annotation");
      attributions = List.copyOf(attributions);
    }

    /** The document Dateline analyzes: the article text, its publication date, English given. */
    public Document toDocument() {
      return EnglishArticles.document(id, text, date);
    }
  }

  private static final Pattern T_LINE = Pattern.compile("(T\\d+)\t(\\S+) ([\\d ;]+)\t.*");
  private static final Pattern E_LINE = Pattern.compile("E\\d+\t(.*)");
  private static final Pattern ANNOTATOR_SUFFIX = Pattern.compile("_[0-9a-zA-Z]+\\.ann$");

  private PolnearCorpus() {}

  /**
   * @param root the PolNeAR checkout, or its {@code data} directory
   * @param split "train" or "dev" (the test split is not distributed with this copy)
   */
  public static List<Article> read(Path root, String split) throws IOException, CorpusFormatException {
    Path data = Files.isDirectory(root.resolve("data")) ? root.resolve("data") : root;
    Path texts = data.resolve(split).resolve("text");
    Path annotations = data.resolve(split).resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
      throw new CorpusFormatException(data + ": no PolNeAR split '" + split + "' here (expected "
          + split + "/text and " + split + "/attributions)");
    }
    Map<String, LocalDate> dates = dates(data.resolve("metadata.tsv"));
    Map<String, Path> firstAnnotation = firstAnnotations(annotations);
    List<Path> textFiles;
    try (Stream<Path> list = Files.list(texts)) {
      textFiles = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (Path txt : textFiles) {
      String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = firstAnnotation.get(id);
      if (ann == null) {
        throw new CorpusFormatException(txt + ": no annotation file " + id + "_*.ann in " + annotations);
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      articles.add(new Article(id, text, Optional.ofNullable(dates.get(id)), ann.getFileName().toString(),
          attributions(ann, text)));
    }
    return articles;
  }

  /** The gold attributions of one annotation file over its text. */
  static List<GoldAttribution> attributions(Path ann, String text) throws IOException, CorpusFormatException {
    Map<String, Span> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    List<Integer> eventLines = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Matcher t = T_LINE.matcher(lines.get(i));
      Matcher e = E_LINE.matcher(lines.get(i));
      if (t.matches()) {
        spans.put(t.group(1), span(t.group(3), text, ann + ":" + (i + 1)));
      } else if (e.matches()) {
        events.add(e.group(1));
        eventLines.add(i + 1);
      }
      // anything else is a note (#), or the rest of a T line whose covered text ran over a newline
    }
    List<GoldAttribution> found = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      Map<String, Span> roles = new HashMap<>();
      for (String argument : events.get(k).trim().split(" ")) {
        String[] roleAndId = argument.split(":", 2);
        if (roleAndId.length < 2 || !spans.containsKey(roleAndId[1])) {
          throw new CorpusFormatException(ann + ":" + eventLines.get(k) + ": argument '" + argument
              + "' names no T span");
        }
        roles.put(roleAndId[0], spans.get(roleAndId[1]));
      }
      if (roles.containsKey("Content")) {
        found.add(new GoldAttribution(roles.get("Content"), Optional.ofNullable(roles.get("Source")),
            Optional.ofNullable(roles.get("Cue"))));
      }
    }
    found.sort((a, b) -> a.content().compareTo(b.content()));
    return found;
  }

  private static Span span(String offsets, String text, String where) throws CorpusFormatException {
    try {
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (String piece : offsets.trim().split(";")) {
        String[] ends = piece.trim().split(" ");
        start = Math.min(start, Integer.parseInt(ends[0]));
        end = Math.max(end, Integer.parseInt(ends[1]));
      }
      if (end > text.length() || start > end) {
        throw new CorpusFormatException(where + ": offsets " + start + "-" + end + " outside a text of "
            + text.length() + " characters");
      }
      return new Span(start, end);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new CorpusFormatException(where + ": bad offsets '" + offsets + "'");
    }
  }

  /** Each text name's first annotator file, in sorted file-name order. */
  private static Map<String, Path> firstAnnotations(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    Map<String, Path> first = new HashMap<>();
    for (Path f : files) {
      Matcher m = ANNOTATOR_SUFFIX.matcher(f.getFileName().toString());
      if (m.find()) {
        first.putIfAbsent(f.getFileName().toString().substring(0, m.start()), f);
      }
    }
    return first;
  }

  private static Map<String, LocalDate> dates(Path metadata) throws IOException {
    Map<String, LocalDate> dates = new HashMap<>();
    if (!Files.exists(metadata)) {
      return dates;
    }
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return dates;
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int name = header.indexOf("filename");
    int date = header.indexOf("publication_date");
    if (name < 0 || date < 0) {
      return dates;
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t");
      if (fields.length > Math.max(name, date)) {
        try {
          dates.put(fields[name], LocalDate.parse(fields[date]));
        } catch (DateTimeParseException e) {
          // "None" and other non-dates: the article simply has no date
        }
      }
    }
    return dates;
  }
}
