package org.dateline.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** What the knowledge base's tab-separated tables share: finding one in the resources, reading its rows. */
final class TsvTable {

  /** One row: its line number, its fields (empty trailing fields kept), the line itself for messages. */
  @FunctionalInterface
  interface Row {
    void accept(int number, String[] fields, String line) throws IOException;
  }

  private TsvTable() {}

  /** Each row of a table, skipping blank lines and "#" comments. */
  static void read(InputStream in, Row row) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (!line.isBlank() && !line.startsWith("#")) {
        row.accept(number, line.split("\t", -1), line);
      }
    }
  }

  /** A resource beside {@code owner}; the caller closes it. */
  static InputStream resource(Class<?> owner, String name, String what) throws IOException {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(what + " " + name + " missing next to " + owner.getName());
    }
    return in;
  }

  /** A gzipped resource beside {@code owner}, uncompressed; the caller closes it. */
  static InputStream gzipResource(Class<?> owner, String name, String what) throws IOException {
    return new GZIPInputStream(resource(owner, name, what));
  }
}
