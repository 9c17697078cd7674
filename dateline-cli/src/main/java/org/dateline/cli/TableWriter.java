package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dateline.store.ResultTable;

/** Prints query results as an aligned table for people, or JSON or CSV for programs. */
final class TableWriter {

  enum Format { table, json, csv }

  /** A table cell longer than this is cut, with "…"; JSON and CSV keep every character. */
  static final int MAX_CELL = 60;

  private TableWriter() {}

  static void write(ResultTable table, Format format, PrintWriter out) throws IOException {
    switch (format) {
      case table -> table(table, out);
      case json -> json(table, out);
      case csv -> csv(table, out);
    }
    out.flush();
  }

  private static void table(ResultTable t, PrintWriter out) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.columns());
    for (List<Object> row : t.rows()) {
      cells.add(row.stream().map(TableWriter::cell).toList());
    }
    int[] widths = new int[t.columns().size()];
    for (List<String> row : cells) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c);
        line.append(v);
        if (c < row.size() - 1) {
          line.append(" ".repeat(widths[c] - v.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.println("(" + t.rows().size() + " row" + (t.rows().size() == 1 ? "" : "s") + ")");
  }

  private static String cell(Object value) {
    String s = value == null ? "" : value.toString().replaceAll("\\s+", " ");
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  private static void json(ResultTable t, PrintWriter out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartArray();
    for (List<Object> row : t.rows()) {
      g.writeStartObject();
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        g.writeFieldName(t.columns().get(c));
        if (v == null) {
          g.writeNull();
        } else if (v instanceof Long l) {
          g.writeNumber(l);
        } else if (v instanceof Double d) {
          g.writeNumber(d);
        } else {
          g.writeString(v.toString());
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.flush();
    out.println();
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  static void csv(ResultTable t, PrintWriter out) {
    out.print(String.join(",", t.columns().stream().map(TableWriter::csvField).toList()) + "\r\n");
    for (List<Object> row : t.rows()) {
      out.print(String.join(",", row.stream().map(v -> csvField(v == null ? "" : v.toString())).toList()) + "\r\n");
    }
  }

  private static String csvField(String s) {
    return s.matches("(?s).*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
