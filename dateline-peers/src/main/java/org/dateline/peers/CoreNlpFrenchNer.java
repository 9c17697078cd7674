package org.dateline.peers;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP 4.5.10 (GPL) French named-entity recognition, in process: the pipeline
 * {@code tokenize, ssplit, mwt, pos, ner} with the French defaults of CoreNLP's French models jar
 * ({@code StanfordCoreNLP-french.properties}: the UD French tagger, the French multi-word-token
 * splitter, and the WikiNER 4-class CRF {@code french-wikiner-4class.crf.ser.gz}; no fine-grained,
 * numeric nor SUTime classifiers), less the dependency parser those defaults also list, and with
 * every line end ending a sentence (as every line of Dateline's text is a headline, a heading or a
 * paragraph).
 *
 * <p>Construct one and keep it: construction loads the models (about 2 s; some 300-400 MB of live heap,
 * -Xmx256m is too little; the smoke script runs with {@code -Xmx3g}). Not thread-safe: one thread at a
 * time, which is how it is measured.
 */
public final class CoreNlpFrenchNer {

  /** The four entity types CoreNLP's French model tells apart, named as Dateline names them. */
  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String MISC = "MISC";

  /**
   * An entity mention: {@code [start, end)} in UTF-16 code units of the text given to {@link #tag}
   * (CoreNLP's token character offsets), and its type, one of {@link #PERSON},
   * {@link #ORGANIZATION}, {@link #LOCATION}, {@link #MISC}.
   */
  public record Entity(int start, int end, String type) {
    public Entity {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
      Objects.requireNonNull(type, "type");
    }

    /** The text this mention covers in {@code text}, the text it was found in. */
    public String text(String text) {
      return text.substring(start, end);
    }
  }

  /** CoreNLP's French defaults, in its French models jar. */
  static final String FRENCH_PROPERTIES = "StanfordCoreNLP-french.properties";
  static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,ner";

  private final StanfordCoreNLP pipeline;
  private int lastTokenCount;
  private int lastWordCount;

  public CoreNlpFrenchNer() {
    pipeline = new StanfordCoreNLP(properties());
  }

  /** The properties the pipeline is built with: CoreNLP's French defaults, annotators up to ner. */
  public static Properties properties() {
    Properties props = new Properties();
    try (InputStream in = CoreNlpFrenchNer.class.getClassLoader().getResourceAsStream(FRENCH_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + FRENCH_PROPERTIES
            + " (edu.stanford.nlp:stanford-corenlp, classifier models-french)");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        props.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FRENCH_PROPERTIES, e);
    }
    props.setProperty("annotators", ANNOTATORS); // the defaults add depparse: not needed for NER
    props.setProperty("tokenize.language", "fr");
    // Dateline's text has one headline, heading or paragraph per line, with no blank line between:
    // CoreNLP's default ("two": only a blank line ends a sentence) runs a heading into the paragraph
    // after it, and then a mention with it ("Corée du Nord\nIl").
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return props;
  }

  /**
   * The entity mentions CoreNLP finds in {@code text}, in text order: consecutive tokens with the
   * same NER tag, as CoreNLP's entity-mention annotator groups them.
   */
  public List<Entity> tag(String text) {
    Objects.requireNonNull(text, "text");
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.tokens();
    int surface = 0;
    for (CoreLabel token : tokens) {
      // a multi-word token ("du" = "de le") is split into words sharing its offsets: count it once
      if (!Boolean.TRUE.equals(token.isMWT()) || Boolean.TRUE.equals(token.isMWTFirst())) {
        surface++;
      }
    }
    lastTokenCount = surface;
    lastWordCount = tokens.size();

    List<CoreEntityMention> mentions = doc.entityMentions();
    List<Entity> entities = new ArrayList<>(mentions == null ? 0 : mentions.size());
    if (mentions != null) {
      for (CoreEntityMention mention : mentions) {
        Pair<Integer, Integer> offsets = mention.charOffsets();
        entities.add(new Entity(offsets.first(), offsets.second(), type(mention.entityType())));
      }
    }
    entities.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    return entities;
  }

  /** The surface tokens of the text last given to {@link #tag} (a multi-word token counts once). */
  public int lastTokenCount() {
    return lastTokenCount;
  }

  /** The words CoreNLP tagged in the text last given to {@link #tag} (multi-word tokens split). */
  public int lastWordCount() {
    return lastWordCount;
  }

  /** A CoreNLP NER type as Dateline names it: PER/PERSON, ORG/ORGANIZATION, LOC/LOCATION, else MISC. */
  static String type(String coreNlpType) {
    String t = coreNlpType == null ? "" : coreNlpType.toUpperCase(Locale.ROOT);
    if (t.startsWith("B-") || t.startsWith("I-") || t.startsWith("E-") || t.startsWith("S-")) {
      t = t.substring(2);
    }
    return switch (t) {
      case "PER", "PERS", "PERSON" -> PERSON;
      case "ORG", "ORGANIZATION", "ORGANISATION" -> ORGANIZATION;
      case "LOC", "LOCATION", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      default -> MISC;
    };
  }
}
