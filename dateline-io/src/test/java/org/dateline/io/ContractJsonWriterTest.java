package org.dateline.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Block;
import org.dateline.core.Claim;
import org.dateline.core.Dateline;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Language;
import org.dateline.core.Mention;
import org.dateline.core.Place;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

class ContractJsonWriterTest {

  private static final String DATELINE = "(Paris, 22 mars 2025).";
  private static final String HEADLINE = "Le «grand débat» reprend à l’Assemblée";
  private static final String SECTION = "Ce qui change";
  private static final String BODY = "Texte: \"cité\" \\ barre, tab\tici, contrôle\u0001\u001f\u007f, "
      + "séparateur\u2028de ligne, 中文, emoji 😀, fin.";
  private static final String TEXT = DATELINE + " " + HEADLINE + "\nPremier paragraphe.\n" + SECTION + "\n" + BODY + "\n";

  /** A document as the structure stage would leave it, built by hand. */
  private static Document document() {
    Span datelineSpan = new Span(0, DATELINE.length());
    Span headline = span(HEADLINE);
    Dateline dateline = new Dateline(datelineSpan, List.of(new Place("Paris", new Span(1, 6))),
        Optional.of(LocalDate.of(2025, 3, 22)), Optional.empty());
    return Document.of("articles/débat.txt", TEXT)
        .withLanguage(Language.given("fr"))
        .withStructure(List.of(
            new Block(datelineSpan, Block.Kind.DATELINE),
            new Block(headline, Block.Kind.HEADLINE),
            new Block(span("Premier paragraphe."), Block.Kind.PARAGRAPH),
            new Block(span(SECTION), Block.Kind.SECTION_HEADING),
            new Block(span(BODY), Block.Kind.PARAGRAPH)), Optional.of(dateline));
  }

  private static Span span(String part) {
    int start = TEXT.indexOf(part);
    return new Span(start, start + part.length());
  }

  private static String write(Document doc, boolean pretty, boolean withTokens) throws IOException {
    StringWriter out = new StringWriter();
    new ContractJsonWriter(pretty, withTokens).write(doc, out);
    return out.toString();
  }

  @Test
  void writesEveryContractField() throws IOException {
    Map<String, Object> json = parse(write(document(), false, false));

    assertThat(json).containsEntry("schema", "dateline/1")
        .containsEntry("source", "articles/débat.txt")
        .containsEntry("language", "fr")
        .containsEntry("headline", HEADLINE)
        .containsEntry("date", "2025-03-22")
        .containsEntry("sections", List.of(SECTION))
        .doesNotContainKey("tokens");
    for (String layer : List.of("entities", "quotes", "claims", "events", "times", "quantities", "sentences", "diagnostics")) {
      assertThat(json).as(layer).containsEntry(layer, List.of());
    }
    Map<String, Object> dateline = new LinkedHashMap<>();
    dateline.put("places", List.of("Paris"));
    dateline.put("date", "2025-03-22");
    dateline.put("agency", null);
    dateline.put("start", 0L);
    dateline.put("end", (long) DATELINE.length());
    assertThat(json.get("dateline")).isEqualTo(dateline);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aQuoteOrClaimWhoseSourceIsOnlyADescriptionKeepsItsWords() throws IOException {
    Span quote = span("\"cité\"");
    Span claim = span("barre, tab");
    Span who = span("Premier paragraphe");
    Document doc = document()
        .withQuotes(List.of(new Quote(quote, Quote.Kind.PARTIAL, Optional.empty(), Optional.of("dit"), Optional.empty(),
            Optional.of(who))))
        .withClaims(List.of(new Claim(claim, List.of(), "selon", Optional.of(who)),
            new Claim(claim, List.of(), "selon", Optional.empty())));
    Map<String, Object> json = parse(write(doc, false, false));
    Map<String, Object> q = ((List<Map<String, Object>>) json.get("quotes")).get(0);
    assertThat(q).containsEntry("speaker", null).containsEntry("speaker_text", "Premier paragraphe");
    List<Map<String, Object>> claims = (List<Map<String, Object>>) json.get("claims");
    assertThat(claims.get(0)).containsEntry("source_text", "Premier paragraphe");
    assertThat(claims.get(1)).doesNotContainKey("source_text");
  }

  @Test
  void mentionsSayWhetherTheyNameOrDescribe() throws IOException {
    Document doc = document().withEntities(List.of(new Entity("E1", EntityType.LOCATION, "Paris", Optional.of("FRA"),
        Optional.empty(), List.of(new Mention(new Span(1, 6), EntityType.LOCATION),
            new Mention(span("Premier paragraphe"), EntityType.LOCATION, Mention.Form.DESCRIPTION)))));
    Map<String, Object> json = parse(write(doc, false, false));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entities = (List<Map<String, Object>>) json.get("entities");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> mentions = (List<Map<String, Object>>) entities.get(0).get("mentions");
    assertThat(mentions).extracting(m -> m.get("text"), m -> m.get("form")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Paris", "name"),
        org.assertj.core.groups.Tuple.tuple("Premier paragraphe", "description"));
  }

  @Test
  void fieldsComeInTheContractOrder() throws IOException {
    Map<String, Object> json = parse(write(document(), false, false));

    assertThat(json.keySet()).containsSubsequence("schema", "language", "headline", "dateline", "sections",
        "entities", "quotes", "claims", "events", "times", "quantities");
    assertThat(List.copyOf(json.keySet())).last().isEqualTo("text");
  }

  @Test
  void textRoundTripsNonAsciiAndControlCharacters() throws IOException {
    String compact = write(document(), false, false);

    assertThat(parse(compact).get("text")).isEqualTo(TEXT);
    assertThat(compact).doesNotContain("\u0001").doesNotContain("\u001f").contains("\\u0001");
  }

  @Test
  void compactOutputIsOneLinePerArticle() throws IOException {
    String compact = write(document(), false, false);

    assertThat(compact).endsWith("}\n");
    assertThat(compact.indexOf('\n')).isEqualTo(compact.length() - 1);
    assertThat(compact).doesNotContain("\r");
  }

  @Test
  void prettyOutputHoldsTheSameObject() throws IOException {
    String pretty = write(document(), true, false);

    assertThat(pretty.lines().count()).isGreaterThan(10);
    assertThat(parse(pretty)).isEqualTo(parse(write(document(), false, false)));
  }

  @Test
  void absentMetadataIsNullAndEmptyLayersAreEmptyLists() throws IOException {
    Map<String, Object> json = parse(write(Document.of("-", "Un texte sans titre."), false, false));

    assertThat(json).containsEntry("language", null)
        .containsEntry("headline", null)
        .containsEntry("dateline", null)
        .containsEntry("date", null)
        .containsEntry("sections", List.of())
        .containsEntry("entities", List.of())
        .containsEntry("text", "Un texte sans titre.");
  }

  @Test
  void tokensOnRequestAndDiagnosticsWithTheirOffsets() throws IOException {
    Document doc = document()
        .withDiagnostic(Diagnostic.ofDocument(Diagnostic.Severity.INFO, "ENCODING_DETECTED", "décodé en windows-1252"))
        .withDiagnostic(new Diagnostic(Diagnostic.Severity.WARNING, "DATELINE_DATE", new Span(0, 5), "pas d’année"));

    Map<String, Object> json = parse(write(doc, false, true));

    assertThat(json).containsEntry("tokens", List.of());
    assertThat(json.get("diagnostics")).isEqualTo(List.of(
        Map.of("severity", "INFO", "code", "ENCODING_DETECTED", "message", "décodé en windows-1252"),
        Map.of("severity", "WARNING", "code", "DATELINE_DATE", "message", "pas d’année", "start", 0L, "end", 5L)));
  }

  @Test
  void publicationDateIsTheDateWhenTheDatelineHasNone() throws IOException {
    Document doc = Document.of("-", "PARIS (AFP) - Un texte.")
        .withPublicationDate(Optional.of(LocalDate.of(2024, 2, 29)))
        .withStructure(List.of(new Block(new Span(0, 13), Block.Kind.DATELINE)),
            Optional.of(new Dateline(new Span(0, 13), List.of(new Place("Paris", new Span(0, 5))),
                Optional.empty(), Optional.of("AFP"))));

    Map<String, Object> json = parse(write(doc, false, false));

    assertThat(json).containsEntry("date", "2024-02-29");
    assertThat(json.get("dateline")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("date", null)
        .containsEntry("agency", "AFP");
  }

  // ---- a minimal JSON reader over jackson-core: objects keep their field order, numbers are longs

  private static Map<String, Object> parse(String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      @SuppressWarnings("unchecked")
      Map<String, Object> value = (Map<String, Object>) value(p);
      assertThat(p.nextToken()).as("one object only").isNull();
      return value;
    }
  }

  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          assertThat(map).as("duplicate field %s", name).doesNotContainKey(name);
          p.nextToken();
          map.put(name, value(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new AssertionError("unexpected " + p.currentToken());
    }
  }
}
