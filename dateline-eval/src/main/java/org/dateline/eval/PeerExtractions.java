package org.dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The texts another extractor wrote for a corpus, one {@code ID.txt} per page (UTF-8), with an
 * optional {@code run.json} saying {@code {"name": …, "pagesPerSecond": …}} as it measured itself.
 * A page without a file is an empty extraction, as in the benchmark.
 */
public record PeerExtractions(Path dir, String name, OptionalDouble pagesPerSecond) {

  public static PeerExtractions read(Path dir) throws IOException, CorpusFormatException {
    if (!Files.isDirectory(dir)) {
      throw new CorpusFormatException(dir + ": no such directory of peer extractions");
    }
    Path run = dir.resolve("run.json");
    if (!Files.isRegularFile(run)) {
      return new PeerExtractions(dir, dir.getFileName().toString(), OptionalDouble.empty());
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(run.toFile());
    } catch (JsonProcessingException e) {
      throw new CorpusFormatException(run + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    JsonNode speed = json.path("pagesPerSecond");
    return new PeerExtractions(dir, json.path("name").asText(dir.getFileName().toString()),
        speed.isNumber() ? OptionalDouble.of(speed.asDouble()) : OptionalDouble.empty());
  }

  /** The peer's text for a page, empty when it wrote none. */
  public String text(String pageId) throws IOException {
    Path file = dir.resolve(pageId + ".txt");
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
