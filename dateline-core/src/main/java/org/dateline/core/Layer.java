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
  ENTITIES("an entity stage"),
  QUOTES("a quote stage"),
  CLAIMS("a claim stage"),
  EVENTS("an event stage"),
  TIMES("a time stage"),
  QUANTITIES("a quantity stage");

  private final String usualProducer;

  Layer(String usualProducer) {
    this.usualProducer = usualProducer;
  }

  public String usualProducer() {
    return usualProducer;
  }
}
