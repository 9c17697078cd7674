package org.dateline.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article and everything found in it. Immutable: stages return a changed copy made with the
 * {@code withXxx} methods. Every layer is an unmodifiable list sorted by span, and every span is
 * an offset range into {@link #text()}.
 */
public final class Document {

  private final String source;
  private final String text;
  private final Optional<LocalDate> publicationDate;
  private final Optional<Language> language;
  private final Optional<Dateline> dateline;
  private final List<Block> blocks;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final List<Entity> entities;
  private final List<Demonym> demonyms;
  private final List<Quote> quotes;
  private final List<Claim> claims;
  private final List<Event> events;
  private final List<TimeExpression> times;
  private final List<Quantity> quantities;
  private final List<Diagnostic> diagnostics;
  private final Set<Layer> layers;

  private Document(Builder b) {
    this.source = b.source;
    this.text = b.text;
    this.publicationDate = b.publicationDate;
    this.language = b.language;
    this.dateline = b.dateline;
    this.blocks = inText(Layers.sorted(b.blocks));
    this.sentences = inText(Layers.sorted(b.sentences));
    this.tokens = inText(Layers.sorted(b.tokens));
    this.entities = List.copyOf(b.entities);
    this.demonyms = inText(Layers.sorted(b.demonyms));
    this.quotes = inText(Layers.sorted(b.quotes));
    this.claims = inText(Layers.sorted(b.claims));
    this.events = inText(Layers.sorted(b.events));
    this.times = inText(Layers.sorted(b.times));
    this.quantities = inText(Layers.sorted(b.quantities));
    // diagnostics keep the order they were made in: that is the order they happened
    this.diagnostics = List.copyOf(b.diagnostics);
    this.layers = Set.copyOf(b.layers);
  }

  /** A new document with only its text; {@code source} names where it came from (a path, a URL, "-"). */
  public static Document of(String source, String text) {
    Builder b = new Builder();
    b.source = Objects.requireNonNull(source, "source");
    b.text = Objects.requireNonNull(text, "text");
    return new Document(b);
  }

  private <A extends Annotation> List<A> inText(List<A> annotations) {
    for (A a : annotations) {
      if (a.span().end() > text.length()) {
        throw new IllegalArgumentException(
            a + " lies past the end of the text (length " + text.length() + ") of " + source);
      }
    }
    return annotations;
  }

  public String source() {
    return source;
  }

  public String text() {
    return text;
  }

  /** The covered text of a span of this document. */
  public String text(Span span) {
    return span.of(text);
  }

  /** The publication date the caller gave (a feed, a file name, {@code --date}). */
  public Optional<LocalDate> publicationDate() {
    return publicationDate;
  }

  /**
   * The date relative expressions are anchored on: the dateline's date when it has one, since the
   * writer wrote relative to it, else the publication date.
   */
  public Optional<LocalDate> anchorDate() {
    return dateline.flatMap(Dateline::date).or(() -> publicationDate);
  }

  public Optional<Language> language() {
    return language;
  }

  public Optional<Dateline> dateline() {
    return dateline;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public Optional<String> headline() {
    return blocks.stream()
        .filter(b -> b.kind() == Block.Kind.HEADLINE)
        .findFirst()
        .map(b -> text(b.span()));
  }

  public List<String> sections() {
    return blocks.stream()
        .filter(b -> b.kind() == Block.Kind.SECTION_HEADING)
        .map(b -> text(b.span()))
        .toList();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /**
   * The tokens of each sentence, in order, one list per sentence (linear in the number of tokens).
   * A token outside every sentence belongs to none.
   */
  public List<List<Token>> tokensBySentence() {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    int t = 0;
    for (Sentence sentence : sentences) {
      while (t < tokens.size() && tokens.get(t).span().start() < sentence.span().start()) {
        t++;
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).span().end() <= sentence.span().end()) {
        t++;
      }
      out.add(tokens.subList(first, t));
    }
    return out;
  }

  /** The tokens inside a span, in order. */
  public List<Token> tokens(Span span) {
    return tokens.stream().filter(t -> span.contains(t.span())).toList();
  }

  public List<Entity> entities() {
    return entities;
  }

  /** Words that name a people, with the country they give. */
  public List<Demonym> demonyms() {
    return demonyms;
  }

  public List<Quote> quotes() {
    return quotes;
  }

  public List<Claim> claims() {
    return claims;
  }

  public List<Event> events() {
    return events;
  }

  public List<TimeExpression> times() {
    return times;
  }

  public List<Quantity> quantities() {
    return quantities;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The layers the stages that ran so far have produced. */
  public Set<Layer> layers() {
    return layers;
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public Document withPublicationDate(Optional<LocalDate> date) {
    Builder b = toBuilder();
    b.publicationDate = Objects.requireNonNull(date, "date");
    return new Document(b);
  }

  public Document withLanguage(Language language) {
    Builder b = toBuilder();
    b.language = Optional.of(language);
    return new Document(b);
  }

  public Document withStructure(List<Block> blocks, Optional<Dateline> dateline) {
    Builder b = toBuilder();
    b.blocks = blocks;
    b.dateline = Objects.requireNonNull(dateline, "dateline");
    return new Document(b);
  }

  public Document withSentences(List<Sentence> sentences) {
    Builder b = toBuilder();
    b.sentences = sentences;
    return new Document(b);
  }

  public Document withTokens(List<Token> tokens) {
    Builder b = toBuilder();
    b.tokens = tokens;
    return new Document(b);
  }

  public Document withEntities(List<Entity> entities) {
    Builder b = toBuilder();
    b.entities = entities;
    return new Document(b);
  }

  public Document withDemonyms(List<Demonym> demonyms) {
    Builder b = toBuilder();
    b.demonyms = demonyms;
    return new Document(b);
  }

  public Document withQuotes(List<Quote> quotes) {
    Builder b = toBuilder();
    b.quotes = quotes;
    return new Document(b);
  }

  public Document withClaims(List<Claim> claims) {
    Builder b = toBuilder();
    b.claims = claims;
    return new Document(b);
  }

  public Document withEvents(List<Event> events) {
    Builder b = toBuilder();
    b.events = events;
    return new Document(b);
  }

  public Document withTimes(List<TimeExpression> times) {
    Builder b = toBuilder();
    b.times = times;
    return new Document(b);
  }

  public Document withQuantities(List<Quantity> quantities) {
    Builder b = toBuilder();
    b.quantities = quantities;
    return new Document(b);
  }

  public Document withDiagnostic(Diagnostic diagnostic) {
    Builder b = toBuilder();
    b.diagnostics = new ArrayList<>(diagnostics);
    b.diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
    return new Document(b);
  }

  /** This document marked as having the given layers; {@link Pipeline} calls it after each stage. */
  public Document withLayers(Set<Layer> produced) {
    Builder b = toBuilder();
    b.layers = EnumSet.noneOf(Layer.class);
    b.layers.addAll(layers);
    b.layers.addAll(produced);
    return new Document(b);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.source = source;
    b.text = text;
    b.publicationDate = publicationDate;
    b.language = language;
    b.dateline = dateline;
    b.blocks = blocks;
    b.sentences = sentences;
    b.tokens = tokens;
    b.entities = entities;
    b.demonyms = demonyms;
    b.quotes = quotes;
    b.claims = claims;
    b.events = events;
    b.times = times;
    b.quantities = quantities;
    b.diagnostics = diagnostics;
    b.layers = layers;
    return b;
  }

  @Override
  public String toString() {
    return "Document[" + source + ", " + text.length() + " chars, layers " + layers + "]";
  }

  /** The mutable state a copy is assembled in; never escapes this class. */
  private static final class Builder {
    String source;
    String text;
    Optional<LocalDate> publicationDate = Optional.empty();
    Optional<Language> language = Optional.empty();
    Optional<Dateline> dateline = Optional.empty();
    List<Block> blocks = List.of();
    List<Sentence> sentences = List.of();
    List<Token> tokens = List.of();
    List<Entity> entities = List.of();
    List<Demonym> demonyms = List.of();
    List<Quote> quotes = List.of();
    List<Claim> claims = List.of();
    List<Event> events = List.of();
    List<TimeExpression> times = List.of();
    List<Quantity> quantities = List.of();
    List<Diagnostic> diagnostics = List.of();
    Set<Layer> layers = Set.of();
  }
}
