package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.core.Span;

/**
 * Reads TimeML documents ({@code *.tml}, as the French TimeBank and TempEval-3 ship them): the text
 * inside {@code <TEXT>}, every element inside it (TIMEX3, EVENT, SIGNAL…) as a span with its
 * attributes, and the document creation time ({@code <DCT><TIMEX3 value=…>}) as the date.
 */
public final class TimeMlCorpus {

  private TimeMlCorpus() {}

  public static List<GoldDocument> read(Path root) throws IOException, CorpusFormatException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path file : files) {
      docs.add(readOne(file));
    }
    return docs;
  }

  static GoldDocument readOne(Path file) throws IOException, CorpusFormatException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    StringBuilder text = new StringBuilder();
    List<GoldDocument.GoldSpan> spans = new ArrayList<>();
    Optional<LocalDate> dct = Optional.empty();
    Deque<Open> open = new ArrayDeque<>();
    boolean inText = false;
    boolean inDct = false;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("DCT")) {
            inDct = true;
          } else if (inDct && name.equals("TIMEX3")) {
            dct = parseDate(xml.getAttributeValue(null, "value"));
          } else if (inText) {
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
              attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
            open.push(new Open(name, text.length(), attributes));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DCT")) {
            inDct = false;
          } else if (inText && !open.isEmpty()) {
            Open o = open.pop();
            if (text.length() > o.start()) {
              spans.add(new GoldDocument.GoldSpan(new Span(o.start(), text.length()), o.name(), o.attributes()));
            }
          }
        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE)) {
          text.append(xml.getText());
        }
      }
    } catch (XMLStreamException e) {
      throw new CorpusFormatException(file + ": not well-formed TimeML (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return new GoldDocument(id, text.toString(), dct, spans);
  }

  private record Open(String name, int start, Map<String, String> attributes) {}

  private static Optional<LocalDate> parseDate(String value) {
    if (value == null || value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
