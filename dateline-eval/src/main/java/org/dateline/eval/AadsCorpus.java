package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Span;

/**
 * Reads the French direct-speech corpus of Deezer's AADS ({@code data/aggregated_corpus.json}): one
 * chapter per entry, its text, its direct-speech spans (with their marks and dashes), and the
 * corpus's own split (train, val, test).
 */
public final class AadsCorpus {

  private AadsCorpus() {}

  /** @param split "train", "val", "test" or "all" */
  public static List<GoldDocument> read(Path root, String split) throws IOException, CorpusFormatException {
    Path file = Files.isDirectory(root) ? root.resolve("data/aggregated_corpus.json") : root;
    if (!Files.exists(file)) {
      throw new CorpusFormatException(file + ": no AADS aggregated_corpus.json here");
    }
    JsonNode chapters = new ObjectMapper().readTree(file.toFile());
    List<GoldDocument> docs = new ArrayList<>();
    var names = chapters.fieldNames();
    while (names.hasNext()) {
      String id = names.next();
      JsonNode chapter = chapters.get(id);
      if (!split.equals("all") && !chapter.path("split").asText().equals(split)) {
        continue;
      }
      String text = chapter.path("text").asText();
      List<GoldDocument.GoldSpan> spans = new ArrayList<>();
      for (JsonNode label : chapter.path("labels")) {
        int start = label.get(0).asInt();
        int end = label.get(1).asInt();
        if (start < 0 || end > text.length() || start >= end) {
          throw new CorpusFormatException(file + ": chapter " + id + " has a span " + start + "-" + end
              + " outside its text of " + text.length() + " characters");
        }
        spans.add(new GoldDocument.GoldSpan(new Span(start, end), "DS", Map.of()));
      }
      docs.add(new GoldDocument(id, text, Optional.empty(), spans));
    }
    return docs;
  }
}
