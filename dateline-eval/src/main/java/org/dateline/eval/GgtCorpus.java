package org.dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dateline.core.Document;
import org.dateline.core.Span;

/**
 * Reads the Gender Gap Tracker's English gold quotes (SFU Discourse Lab): the workbook
 * {@code AnnotationTable_byArticle_withReplacementArticles.xlsx}, one row per article with its
 * {@code _id}, {@code outlet}, {@code articleBodyText} and {@code quotations} (a JSON list of
 * {@code {speaker, verb, quote, …_index, reference}}), and {@code rawtext.zip} with each article's text
 * as {@code rawtext/<id>.txt}. The raw text is the one analyzed: the workbook's copy lost its non-ASCII
 * letters ("Caf" for "Café"), and the {@code quote_index} offsets fit neither copy (3 in 4 are off
 * in the workbook's, nearly all in the raw text), so each quote is located by its words, the
 * occurrence nearest its offset; a quote whose words are not in the text is counted as unlocated and left out. The speaker is the
 * {@code reference} (the resolved full name), else the {@code speaker} as written. The workbook has no
 * publication dates.
 */
public final class GgtCorpus {

  static final String WORKBOOK = "AnnotationTable_byArticle_withReplacementArticles.xlsx";
  static final String TEXTS = "rawtext.zip";

  /** A gold quote: its span in the article text, who said it, and the reporting verb ("" when none). */
  public record GoldQuote(Span span, String speaker, String verb) {

    public GoldQuote {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(verb, "verb");
    }
  }

  /** One article: its text, outlet, gold quotes, and how many annotated quotes could not be located. */
  public record Article(String id, String outlet, String text, Optional<LocalDate> date, List<GoldQuote> quotes,
      int unlocated) {

    public Article {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(date, "date");
      quotes = List.copyOf(quotes);
    }

    /** The document Dateline analyzes: the article text, English given. */
    public Document toDocument() {
      return EnglishArticles.document(id, text, date);
    }
  }

  private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}(?![0-9a-f])"); // the last 24 hex digits: one row reads "ObjectId5c54…)"
  private static final Pattern OFFSETS = Pattern.compile("\\(?\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)?");
  // one row of the real workbook opens a second list where a comma belongs: "}\n[\n  {"
  private static final Pattern SECOND_LIST = Pattern.compile("\\}\\s*\\[\\s*\\{");
  private static final ObjectMapper JSON = new ObjectMapper();

  private GgtCorpus() {}

  /** @param root the directory holding the workbook and {@code rawtext.zip} */
  public static List<Article> read(Path root) throws IOException, CorpusFormatException {
    Path workbook = root.resolve(WORKBOOK);
    Path texts = root.resolve(TEXTS);
    for (Path needed : List.of(workbook, texts)) {
      if (!Files.isRegularFile(needed)) {
        throw new CorpusFormatException(root + ": no " + needed.getFileName() + " here (a Gender Gap Tracker "
            + "quote corpus has " + WORKBOOK + " and " + TEXTS + ")");
      }
    }
    Map<String, String> textById = texts(texts);
    List<Article> articles = new ArrayList<>();
    List<Map<String, String>> rows = XlsxSheet.rows(workbook);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String where = workbook.getFileName() + " row " + (i + 2);
      Matcher id = OBJECT_ID.matcher(row.getOrDefault("_id", ""));
      if (!id.find()) {
        continue; // a blank row
      }
      String text = textById.get(id.group());
      if (text == null) {
        throw new CorpusFormatException(where + ": no rawtext/" + id.group() + ".txt in " + TEXTS);
      }
      articles.add(article(id.group(), row, text, where));
    }
    return articles;
  }

  private static Article article(String id, Map<String, String> row, String text, String where)
      throws CorpusFormatException {
    List<GoldQuote> quotes = new ArrayList<>();
    int unlocated = 0;
    for (JsonNode q : quotations(row.getOrDefault("quotations", "[]"), where)) {
      String words = q.path("quote").asText("").strip();
      Optional<Span> span = locate(text, words, offset(q.path("quote_index").asText("")));
      if (span.isEmpty()) {
        unlocated++;
        continue;
      }
      String reference = q.path("reference").asText("").strip();
      String speaker = reference.isEmpty() ? q.path("speaker").asText("").strip() : reference;
      quotes.add(new GoldQuote(span.get(), speaker, q.path("verb").asText("").strip()));
    }
    quotes.sort((a, b) -> a.span().compareTo(b.span()));
    return new Article(id, row.getOrDefault("outlet", ""), text, Optional.empty(), quotes, unlocated);
  }

  static JsonNode quotations(String cell, String where) throws CorpusFormatException {
    try {
      return list(cell, where);
    } catch (CorpusFormatException e) {
      return list(SECOND_LIST.matcher(cell).replaceAll("}, {"), where);
    }
  }

  private static JsonNode list(String cell, String where) throws CorpusFormatException {
    try {
      JsonNode node = JSON.readTree(cell.isBlank() ? "[]" : cell);
      if (!node.isArray()) {
        throw new CorpusFormatException(where + ": quotations is not a JSON list");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new CorpusFormatException(where + ": quotations is not JSON: " + e.getOriginalMessage());
    }
  }

  /** The occurrence of the quote's words nearest the annotated offset, if they occur at all. */
  static Optional<Span> locate(String text, String words, int offset) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int best = -1;
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      if (best < 0 || Math.abs(at - offset) < Math.abs(best - offset)) {
        best = at;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new Span(best, best + words.length()));
  }

  /** The start of a "(start,end)" index, 0 when it is empty or malformed ("", "(4659,)"). */
  private static int offset(String index) {
    Matcher m = OFFSETS.matcher(index.strip());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static Map<String, String> texts(Path zipPath) throws IOException, CorpusFormatException {
    Map<String, String> texts = new HashMap<>();
    try (ZipFile zip = new ZipFile(zipPath.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        String name = Path.of(e.getName()).getFileName() == null ? "" : Path.of(e.getName()).getFileName().toString();
        if (!e.isDirectory() && name.endsWith(".txt")) {
          texts.put(name.substring(0, name.length() - 4),
              new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new CorpusFormatException(zipPath + ": not a zip archive (" + e.getMessage() + ")");
    }
    return texts;
  }
}
