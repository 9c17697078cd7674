package org.dateline.lang.en;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import org.dateline.core.LanguagePack;
import org.dateline.core.Pipeline;
import org.dateline.core.Stage;
import org.dateline.event.CameoCodebook;
import org.dateline.event.EventLexicon;
import org.dateline.event.EventStage;
import org.dateline.event.KnownActorRoles;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.GazetteerNameStage;
import org.dateline.kb.GroupLexicon;
import org.dateline.kb.CountryStage;
import org.dateline.kb.DescriptionStage;
import org.dateline.kb.PeopleIndex;
import org.dateline.kb.PersonLinkStage;
import org.dateline.kb.PronounStage;
import org.dateline.ner.NerModel;
import org.dateline.ner.NerStage;
import org.dateline.quantity.QuantityReader;
import org.dateline.quote.ClaimStage;
import org.dateline.quote.QuoteStage;
import org.dateline.quote.DescribedSpeakerStage;
import org.dateline.quote.GenderWords;
import org.dateline.quote.GivenNameStage;
import org.dateline.quote.OrganisationNameStage;
import org.dateline.quote.OrphanQuoteStage;
import org.dateline.quote.UnattributedTermStage;
import org.dateline.quote.QuoteLexicon;
import org.dateline.quote.QuotedNameStage;
import org.dateline.quote.SpeakerNameStage;
import org.dateline.quantity.QuantityStage;
import org.dateline.text.TextPipelines;
import org.dateline.text.TokenizerRules;
import org.dateline.time.TimeStage;

/**
 * English: tokenizer rules (abbreviations, Penn Treebank contractions), the OpenNLP English
 * sentence model (UD English-EWT), the English time grammar and quantity lexicon. Load once with {@link #load()}
 * and share.
 */
public final class English implements LanguagePack {

  /** Inside the opennlp-models-sentdetect-en jar. */
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Beside this class: trained by {@code ./dateline train ner --lang en}. */
  static final String NER_MODEL = "ner-en.bin.gz";

  /** Beside this class: the event triggers and cue words. */
  static final String EVENTS = "events.txt";

  /** Words in quotes no one is said to say, up to this many, are the writer's term: "a plan to “bring them to justice”". */
  private static final int UNATTRIBUTED_TERM_WORDS = 12;

  private final TokenizerRules rules;
  private final Pipeline pipeline;

  /**
   * @param givenNames given names, and the sex that bears each, to find people and their gender by
   */
  public English(TokenizerRules rules, SentenceModel sentenceModel, Optional<NerModel> nerModel,
      CountryLexicon countries, GroupLexicon groups, PeopleIndex people, EventLexicon events, CameoCodebook codebook,
      EnglishGivenNames givenNames) {
    this.rules = Objects.requireNonNull(rules, "rules");
    GenderWords genders = EnglishQuotes.genders().withGivenNames(givenNames.genders());
    QuoteLexicon quotes = EnglishQuotes.lexicon(genders);
    Pipeline.Builder full = TextPipelines.segmentation(rules, sentenceModel)
        .add(new TimeStage(EnglishTimeGrammar.create()))
        .add(new QuantityStage(new QuantityReader(EnglishQuantities.lexicon())));
    // no English model ships (CoNLL-2003 may not be redistributed): the names the knowledge base knows stand in
    full.add(nerModel.<Stage>map(NerStage::new).orElseGet(() -> new GazetteerNameStage(countries, groups, people, EnglishQuotes.TITLES)));
    if (nerModel.isEmpty()) {
      full.add(new OrganisationNameStage(EnglishQuotes.TITLES, EnglishQuotes.NOT_NAMES, EnglishQuotes.DOCUMENT_NOUNS));
      full.add(new GivenNameStage(givenNames.commonWith(people.givenNames(), countries), EnglishQuotes.TITLES, EnglishQuotes.NOT_NAMES,
          EnglishQuotes.personNouns(), givenNames.placesAmong(countries)));
      full.add(new SpeakerNameStage(quotes, EnglishQuotes.TITLES, EnglishQuotes.NOT_NAMES));
    }
    full
        .add(new QuotedNameStage(quotes))
        .add(new CountryStage(countries)).add(new DescriptionStage(EnglishDescriptions.lexicon()))
        .add(new PersonLinkStage(people))
        .add(new QuoteStage(quotes, EnglishQuotes.sourcePhrases()))
        .add(new PronounStage(Set.of("he", "she"), Pattern.compile("(?!)"))) // neither is ever impersonal
        .add(new ClaimStage(quotes, countries, EnglishQuotes.sourcePhrases(),
            EnglishQuotes.claimCues()))
        .add(new DescribedSpeakerStage(EnglishQuotes.describedSpeakers(countries, genders)))
        .add(new OrphanQuoteStage())
        .add(new UnattributedTermStage(UNATTRIBUTED_TERM_WORDS))
        .add(new EventStage(events, codebook, new KnownActorRoles(countries, groups)));
    this.pipeline = full.build();
  }

  /**
   * Reads the English resources and models from the classpath.
   *
   * @throws IOException when a resource is missing or a model is corrupt
   */
  public static English load() throws IOException {
    return load(CountryLexicon.load(), PeopleIndex.load(), CameoCodebook.load());
  }

  /** Reads the resources and models, sharing the knowledge base's tables loaded once for every language. */
  public static English load(CountryLexicon countries, PeopleIndex people, CameoCodebook codebook)
      throws IOException {
    return load(countries, people, codebook, nerModel());
  }

  /** As {@link #load(CountryLexicon, PeopleIndex, CameoCodebook)}, with a named-entity model of the caller's choice. */
  public static English load(CountryLexicon countries, PeopleIndex people, CameoCodebook codebook,
      Optional<NerModel> nerModel) throws IOException {
    return new English(tokenizerRules(), sentenceModel(), nerModel, countries, GroupLexicon.load(), people, eventLexicon(),
        codebook, EnglishGivenNames.load());
  }

  /** The English event triggers and cue words ({@code events.txt} beside this class). */
  public static EventLexicon eventLexicon() throws IOException {
    try (InputStream in = English.class.getResourceAsStream(EVENTS)) {
      if (in == null) {
        throw new IOException("missing resource " + EVENTS + " beside " + English.class.getName());
      }
      return EventLexicon.read(in, new EnglishVerbs());
    }
  }

  public static TokenizerRules tokenizerRules() throws IOException {
    return new TokenizerRules(
        TokenizerRules.readList(English.class, "abbreviations.txt"),
        TokenizerRules.readList(English.class, "titles.txt"),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        TokenizerRules.readList(English.class, "contractions.txt"),
        false);
  }

  /** The NER model shipped with the module ({@code ner-en.bin.gz}), or empty before one is trained. */
  public static Optional<NerModel> nerModel() throws IOException {
    try (InputStream in = English.class.getResourceAsStream(NER_MODEL)) {
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
    return TextPipelines.sentenceModel(SENTENCE_MODEL, "opennlp-models-sentdetect-en");
  }

  public TokenizerRules rules() {
    return rules;
  }

  @Override
  public String code() {
    return "en";
  }

  @Override
  public Pipeline pipeline() {
    return pipeline;
  }
}
