package org.dateline.lang.fr;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import org.dateline.core.LanguagePack;
import org.dateline.core.Pipeline;
import org.dateline.event.CameoCodebook;
import org.dateline.event.EventLexicon;
import org.dateline.event.EventStage;
import org.dateline.event.KnownActorRoles;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.CountryStage;
import org.dateline.kb.DescriptionStage;
import org.dateline.kb.InstitutionNameStage;
import org.dateline.kb.PeopleIndex;
import org.dateline.kb.PersonLinkStage;
import org.dateline.kb.PronounStage;
import org.dateline.ner.NerModel;
import org.dateline.ner.NerStage;
import org.dateline.quantity.QuantityReader;
import org.dateline.quote.ClaimStage;
import org.dateline.quote.QuoteStage;
import org.dateline.quote.QuotedNameStage;
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

  /** Beside this class: trained by {@code ./dateline train ner --lang fr}. */
  static final String NER_MODEL = "ner-fr.bin.gz";

  /** What follows an impersonal "il": "Il y a", "Il faut", "Il semble", "Il est possible que", "Il n'est pas exclu que". */
  static final Pattern IMPERSONAL = Pattern.compile("(?:y\\b|faut|fallait|faudra|faudrait|semble|semblait|s'agit"
      + "|s'agissait|paraît|suffit|suffisait|reste\\b|restait|pleut|manque|vaut\\s+mieux"
      + "|(?:n'|ne\\s+)?(?:est|était|sera|serait)\\s+(?:pas\\s+)?\\S+\\s+(?:que|qu'|de|d')(?:\\s|$))");

  /** Beside this class: the event triggers and cue words. */
  static final String EVENTS = "events.txt";

  private final TokenizerRules rules;
  private final Pipeline pipeline;

  public French(TokenizerRules rules, SentenceModel sentenceModel, Optional<NerModel> nerModel,
      CountryLexicon countries, PeopleIndex people, EventLexicon events, CameoCodebook codebook) {
    this.rules = Objects.requireNonNull(rules, "rules");
    Pipeline.Builder full = TextPipelines.segmentation(rules, sentenceModel)
        .add(new TimeStage(FrenchTimeGrammar.create()))
        .add(new QuantityStage(new QuantityReader(FrenchQuantities.lexicon())));
    nerModel.ifPresent(model -> full.add(new NerStage(model)).add(new QuotedNameStage(FrenchQuotes.lexicon()))
        .add(new CountryStage(countries))
        .add(new InstitutionNameStage(FrenchDescriptions.institutions(), Set.of("de", "du", "des", "d'", "d’")))
        .add(new DescriptionStage(FrenchDescriptions.lexicon()))
        .add(new PersonLinkStage(people)));
    full.add(new QuoteStage(FrenchQuotes.lexicon(), new FrenchDialogue(FrenchQuotes.lexicon())));
    nerModel.ifPresent(model -> full.add(new PronounStage(Set.of("il", "elle"), IMPERSONAL))
        .add(new ClaimStage(FrenchQuotes.lexicon(), countries))
        .add(new EventStage(events, codebook, new KnownActorRoles(countries))));
    this.pipeline = full.build();
  }

  /**
   * Reads the French resources and models from the classpath.
   *
   * @throws IOException when a resource is missing or a model is corrupt
   */
  public static French load() throws IOException {
    return load(CountryLexicon.load(), PeopleIndex.load(), CameoCodebook.load());
  }

  /** Reads the resources and models, sharing the knowledge base's tables loaded once for every language. */
  public static French load(CountryLexicon countries, PeopleIndex people, CameoCodebook codebook)
      throws IOException {
    return load(countries, people, codebook, nerModel());
  }

  /** As {@link #load(CountryLexicon, PeopleIndex, CameoCodebook)}, with a named-entity model of the caller's choice. */
  public static French load(CountryLexicon countries, PeopleIndex people, CameoCodebook codebook,
      Optional<NerModel> nerModel) throws IOException {
    return new French(tokenizerRules(), sentenceModel(), nerModel, countries, people, eventLexicon(), codebook);
  }

  /** The French event triggers and cue words ({@code events.txt} beside this class). */
  public static EventLexicon eventLexicon() throws IOException {
    try (InputStream in = French.class.getResourceAsStream(EVENTS)) {
      if (in == null) {
        throw new IOException("missing resource " + EVENTS + " beside " + French.class.getName());
      }
      return EventLexicon.read(in, new FrenchVerbs());
    }
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

  /** The NER model shipped with the module ({@code ner-fr.bin.gz}), or empty before one is trained. */
  public static Optional<NerModel> nerModel() throws IOException {
    try (InputStream in = French.class.getResourceAsStream(NER_MODEL)) {
      return in == null ? Optional.empty() : Optional.of(NerModel.load(in));
    }
  }

  /**
   * Tokens and sentences only, what training needs: loads neither the named-entity model nor the
   * knowledge base.
   */
  public static Pipeline loadSegmentation() throws IOException {
    return TextPipelines.segmentation(tokenizerRules(), sentenceModel()).build();
  }

  private static SentenceModel sentenceModel() throws IOException {
    return TextPipelines.sentenceModel(SENTENCE_MODEL, "opennlp-models-sentdetect-fr");
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
