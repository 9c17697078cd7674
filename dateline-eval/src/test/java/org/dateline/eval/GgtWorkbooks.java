package org.dateline.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes tiny Gender Gap Tracker corpora for tests: a one-article workbook and its rawtext.zip. */
final class GgtWorkbooks {

  private GgtWorkbooks() {}

  /**
   * A workbook whose header and id cells are shared strings and whose text and quotations are inline
   * strings, and a rawtext.zip holding the text under the id.
   */
  static void write(Path dir, String id, String text, String quotationsJson) throws IOException {
    String shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<si><t>_id</t></si><si><r><t>out</t></r><r><t>let</t></r></si><si><t>articleBodyText</t></si>"
        + "<si><t>quotations</t></si><si><t>ObjectId(" + id + ")</t></si><si><t>CBC News</t></si></sst>";
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
        + "<c r=\"D1\" t=\"s\"><v>2</v></c><c r=\"N1\" t=\"s\"><v>3</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\"><v>6</v></c><c r=\"B2\" t=\"s\"><v>4</v></c><c r=\"C2\" t=\"s\"><v>5</v></c>"
        + "<c r=\"D2\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>"
        + "<c r=\"N2\" t=\"inlineStr\"><is><t>" + escape(quotationsJson) + "</t></is></c></row>"
        + "</sheetData></worksheet>";
    zip(dir.resolve(GgtCorpus.WORKBOOK), List.of("xl/sharedStrings.xml", shared, "xl/worksheets/sheet1.xml", sheet));
    zip(dir.resolve(GgtCorpus.TEXTS), List.of("rawtext/" + id + ".txt", text));
  }

  /** A zip of (name, content) pairs. */
  static void zip(Path file, List<String> namesAndContents) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.size(); i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents.get(i)));
        zip.write(namesAndContents.get(i + 1).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
