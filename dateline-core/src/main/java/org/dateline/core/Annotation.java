package org.dateline.core;

/** Something a stage found in a document's text, located by its {@link Span}. */
public sealed interface Annotation
    permits Block, Sentence, Token, Diagnostic, Mention, Demonym, Quote, Claim, Event, TimeExpression,
        Quantity {

  Span span();
}
