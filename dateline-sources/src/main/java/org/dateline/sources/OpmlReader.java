package org.dateline.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the feeds an OPML subscription list names: the {@code xmlUrl} of every {@code outline},
 * nested or not, in document order, once each. The JDK's parser is used rather than rome-opml,
 * whose plugin file would clash with Rome's own {@code rome.properties} in a shaded jar; it is set
 * up to refuse any DTD, so no entity can read a local file or reach the network.
 */
final class OpmlReader {

  /** The feed locations as written: absolute URLs, or paths relative to the list. */
  List<String> feeds(byte[] opml) throws IOException {
    org.w3c.dom.Document document;
    try {
      DocumentBuilder builder = secureFactory().newDocumentBuilder();
      builder.setErrorHandler(null); // the default handler prints to stderr; the exception says it all
      document = builder.parse(new ByteArrayInputStream(opml));
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("not a readable OPML file (" + Reasons.of(e) + ")", e);
    }
    if (!document.getDocumentElement().getTagName().equalsIgnoreCase("opml")) {
      throw new IOException("not an OPML file: its root element is <" + document.getDocumentElement().getTagName() + ">");
    }
    Set<String> feeds = new LinkedHashSet<>();
    NodeList outlines = document.getElementsByTagName("outline");
    for (int i = 0; i < outlines.getLength(); i++) {
      Element outline = (Element) outlines.item(i);
      String url = outline.getAttribute("xmlUrl");
      if (url.isBlank()) {
        url = outline.getAttribute("xmlurl"); // seen in lists exported by hand-written tools
      }
      if (!url.isBlank()) {
        feeds.add(url.strip());
      }
    }
    return new ArrayList<>(feeds);
  }

  private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
