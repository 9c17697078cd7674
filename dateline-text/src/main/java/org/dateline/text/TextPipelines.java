package org.dateline.text;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceModel;
import org.dateline.core.Layer;
import org.dateline.core.Pipeline;

/** The segmentation every language pipeline starts with: tokens, then sentences. */
public final class TextPipelines {

  private TextPipelines() {}

  /** A pipeline builder for a language, expecting structure and language, with tokens and sentences. */
  public static Pipeline.Builder segmentation(TokenizerRules rules, SentenceModel sentenceModel) {
    return Pipeline.builder()
        .given(Layer.STRUCTURE, Layer.LANGUAGE)
        .add(new TokenStage(new Tokenizer(rules)))
        .add(new SentenceStage(new SentenceSplitter(sentenceModel, rules)));
  }

  /**
   * Reads an OpenNLP sentence model from the classpath.
   *
   * @param resource the model's path in its jar
   * @param artifact the Maven artifact that ships it, for the error message
   * @throws IOException when the model is missing or corrupt
   */
  public static SentenceModel sentenceModel(String resource, String artifact) throws IOException {
    try (InputStream in = TextPipelines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("sentence model " + resource + " not on the classpath (" + artifact + ")");
      }
      return new SentenceModel(in);
    }
  }
}
