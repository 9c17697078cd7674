package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sentences of the plain-text files under a directory, for what a model learns from unlabelled text. */
final class UnlabelledText {

  private UnlabelledText() {}

  /** Token texts of each sentence of every {@code *.txt} file under dir, in path order; a file that is not UTF-8 is skipped with a line on err. */
  static List<List<String>> sentences(Path dir, NerCorpora segmenter, PrintWriter err) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<List<String>> out = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      } catch (CharacterCodingException e) {
        err.println("dateline: " + file + ": not UTF-8 text, skipped");
        continue;
      }
      out.addAll(segmenter.sentences(file.getFileName().toString(), text));
    }
    return out;
  }
}
