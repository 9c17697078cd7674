package org.dateline.core;

/**
 * What a {@link Stage} can require and produce. Each layer names the stage that usually produces
 * it, so a pipeline that lacks one can say what to add.
 */
public enum Layer {
  STRUCTURE("StructureStage (dateline-io): headline, dateline, sections, paragraphs"),
  LANGUAGE("LanguageStage (dateline-text), or a language given by the caller"),
  SENTENCES("SentenceStage (dateline-text, with a language's sentence model)"),
  TOKENS("TokenStage (dateline-text, with a language's tokenizer rules)"),
  ENTITIES("NerStage (dateline-ner, with a language's NER model)"),
  DEMONYMS("CountryStage (dateline-kb)"),
  QUOTES("a quote stage"),
  CLAIMS("a claim stage"),
  EVENTS("an event stage"),
  TIMES("TimeStage (dateline-time, with a language's time grammar)"),
  QUANTITIES("QuantityStage (dateline-quantity, with a language's quantity lexicon)");

  private final String usualProducer;

  Layer(String usualProducer) {
    this.usualProducer = usualProducer;
  }

  public String usualProducer() {
    return usualProducer;
  }
}
