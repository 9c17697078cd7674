package org.dateline.lang.fr;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import org.dateline.core.LanguagePack;
import org.dateline.core.Pipeline;
import org.dateline.quantity.QuantityReader;
import org.dateline.quantity.QuantityStage;
import org.dateline.text.TextPipelines;
import org.dateline.text.TokenizerRules;
import org.dateline.time.TimeStage;

/**
 * French: the tokenizer rules written for French news (elisions, clitics, "10 000"), the OpenNLP
 * French sentence model (UD French-GSD), the French time grammar and quantity lexicon. Load once with
 * {@link #load()} and share.
 */
public final class French implements LanguagePack {

  /** Inside the opennlp-models-sentdetect-fr jar. */
  static final String SENTENCE_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";

  private final TokenizerRules rules;
  private final Pipeline pipeline;

  public French(TokenizerRules rules, SentenceModel sentenceModel) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.pipeline = TextPipelines.segmentation(rules, sentenceModel)
        .add(new TimeStage(FrenchTimeGrammar.create()))
        .add(new QuantityStage(new QuantityReader(FrenchQuantities.lexicon())))
        .build();
  }

  /**
   * Reads the French resources and models from the classpath.
   *
   * @throws IOException when a resource is missing or a model is corrupt
   */
  public static French load() throws IOException {
    return new French(tokenizerRules(), TextPipelines.sentenceModel(SENTENCE_MODEL, "opennlp-models-sentdetect-fr"));
  }

  public static TokenizerRules tokenizerRules() throws IOException {
    return new TokenizerRules(
        TokenizerRules.readList(French.class, "abbreviations.txt"),
        TokenizerRules.readList(French.class, "titles.txt"),
        TokenizerRules.readList(French.class, "elisions.txt"),
        TokenizerRules.readList(French.class, "apostrophe-words.txt"),
        TokenizerRules.readList(French.class, "clitics.txt"),
        TokenizerRules.readList(French.class, "hyphen-words.txt"),
        Set.of(),
        true);
  }

  public TokenizerRules rules() {
    return rules;
  }

  @Override
  public String code() {
    return "fr";
  }

  @Override
  public Pipeline pipeline() {
    return pipeline;
  }
}
