package org.dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark of Scrapinghub (Zyte) as distributed: {@code ground-truth.json}
 * maps each page's id to its {@code articleBody} and {@code url}; the page is
 * {@code html/ID.html.gz}. Pages come in the order of the ground truth.
 */
public final class ExtractionCorpus {

  /** One page: its id, the URL it was fetched from, the true article body and the gzipped HTML's path. */
  public record Page(String id, String url, String articleBody, Path html) {

    /** The page's bytes, as they were received. */
    public byte[] readHtml() throws IOException {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        return in.readAllBytes();
      }
    }
  }

  private ExtractionCorpus() {}

  public static List<Page> read(Path dir) throws IOException, CorpusFormatException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new CorpusFormatException(dir + ": no ground-truth.json; is this the article-extraction benchmark?");
    }
    JsonNode truth;
    try {
      truth = new ObjectMapper().readTree(truthFile.toFile());
    } catch (JsonProcessingException e) {
      throw new CorpusFormatException(truthFile + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    if (truth == null || !truth.isObject()) {
      throw new CorpusFormatException(truthFile + ": expected an object mapping page ids to {articleBody, url}");
    }
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      JsonNode body = entry.getValue().get("articleBody");
      if (body == null || !body.isTextual()) {
        throw new CorpusFormatException(truthFile + ": page " + id + " has no articleBody string");
      }
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(html)) {
        throw new CorpusFormatException(dir + ": page " + id + " is in the ground truth but html/" + id
            + ".html.gz is missing");
      }
      pages.add(new Page(id, entry.getValue().path("url").asText(""), body.asText(), html));
    }
    return pages;
  }
}
