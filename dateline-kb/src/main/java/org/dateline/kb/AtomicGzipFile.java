package org.dateline.kb;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/** Writes a gzipped UTF-8 text file whole or not at all: beside it first, then moved in place. */
public final class AtomicGzipFile {

  /** What writes the content. */
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicGzipFile() {}

  public static void write(Path out, Content content) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, "." + out.getFileName() + "-", ".partial");
    try {
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
