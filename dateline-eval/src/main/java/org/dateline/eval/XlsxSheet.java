package org.dateline.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The first worksheet of an .xlsx workbook as rows keyed by the header row, read with the JDK alone:
 * {@code xl/sharedStrings.xml} and {@code xl/worksheets/sheet1.xml}. Cells of type {@code s} index the
 * shared strings, {@code inlineStr} cells carry their text, others their value. DTDs are refused (a
 * workbook has none, and an entity in one could read local files).
 */
final class XlsxSheet {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private XlsxSheet() {}

  /** The data rows, each a map from header to cell text; an empty cell is absent from its map. */
  static List<Map<String, String>> rows(Path xlsx) throws IOException, CorpusFormatException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      List<String> shared = zip.getEntry("xl/sharedStrings.xml") == null ? List.of()
          : sharedStrings(parse(zip, "xl/sharedStrings.xml", xlsx));
      Element sheet = parse(zip, "xl/worksheets/sheet1.xml", xlsx);
      List<Map<String, String>> cells = new ArrayList<>();
      NodeList rows = sheet.getElementsByTagNameNS(MAIN, "row");
      for (int i = 0; i < rows.getLength(); i++) {
        cells.add(row((Element) rows.item(i), shared, xlsx));
      }
      return keyedByHeader(cells);
    } catch (java.util.zip.ZipException e) {
      throw new CorpusFormatException(xlsx + ": not an xlsx workbook (" + e.getMessage() + ")");
    }
  }

  private static List<Map<String, String>> keyedByHeader(List<Map<String, String>> cells) {
    if (cells.isEmpty()) {
      return List.of();
    }
    Map<String, String> header = cells.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> row : cells.subList(1, cells.size())) {
      Map<String, String> keyed = new HashMap<>();
      row.forEach((column, value) -> {
        if (header.containsKey(column)) {
          keyed.put(header.get(column), value);
        }
      });
      rows.add(keyed);
    }
    return rows;
  }

  /** Column letters to cell text. */
  private static Map<String, String> row(Element row, List<String> shared, Path xlsx) throws CorpusFormatException {
    Map<String, String> cells = new LinkedHashMap<>();
    NodeList cs = row.getElementsByTagNameNS(MAIN, "c");
    for (int i = 0; i < cs.getLength(); i++) {
      Element c = (Element) cs.item(i);
      String column = c.getAttribute("r").replaceAll("[0-9]", "");
      String type = c.getAttribute("t");
      String value = firstText(c, "v");
      if (type.equals("inlineStr")) {
        cells.put(column, allText(c));
      } else if (type.equals("s") && value != null) {
        try {
          cells.put(column, shared.get(Integer.parseInt(value.trim())));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
          throw new CorpusFormatException(xlsx + ": cell " + c.getAttribute("r") + " names shared string '" + value
              + "' of " + shared.size());
        }
      } else if (value != null) {
        cells.put(column, value);
      }
    }
    return cells;
  }

  private static List<String> sharedStrings(Element sst) {
    List<String> strings = new ArrayList<>();
    NodeList items = sst.getElementsByTagNameNS(MAIN, "si");
    for (int i = 0; i < items.getLength(); i++) {
      strings.add(allText((Element) items.item(i)));
    }
    return strings;
  }

  /** The {@code <t>} texts under an element, joined: rich text splits a string into runs. */
  private static String allText(Element e) {
    StringBuilder text = new StringBuilder();
    NodeList ts = e.getElementsByTagNameNS(MAIN, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      // phonetic runs (<rPh>) are readings, not text
      if (!"rPh".equals(ts.item(i).getParentNode().getLocalName())) {
        text.append(ts.item(i).getTextContent());
      }
    }
    return text.toString();
  }

  private static String firstText(Element e, String tag) {
    NodeList found = e.getElementsByTagNameNS(MAIN, tag);
    Node first = found.getLength() == 0 ? null : found.item(0);
    return first == null ? null : first.getTextContent();
  }

  private static Element parse(ZipFile zip, String name, Path xlsx) throws IOException, CorpusFormatException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new CorpusFormatException(xlsx + ": no " + name + " in the workbook");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return builder().parse(new ByteArrayInputStream(in.readAllBytes())).getDocumentElement();
    } catch (SAXException e) {
      throw new CorpusFormatException(xlsx + ": " + name + ": " + e.getMessage());
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws, without printing "[Fatal Error]"
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
    }
  }
}
