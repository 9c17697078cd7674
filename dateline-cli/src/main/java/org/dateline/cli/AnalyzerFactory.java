package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Analyzer;
import org.dateline.core.LazyLanguagePack;
import org.dateline.core.Pipeline;
import org.dateline.io.StructureStage;
import org.dateline.event.CameoCodebook;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.PeopleIndex;
import org.dateline.kb.UserKnowledgeBase;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;
import org.dateline.ner.NerModel;
import org.dateline.text.LanguageIdentifier;
import org.dateline.text.LanguageStage;

/** Loads the models once and assembles the standard analyzer: structure, language, then per language. */
public final class AnalyzerFactory {

  /**
   * Where a user's own models are found, beside the user's knowledge base: {@code ner-en.bin.gz}
   * trained with {@code dateline train ner --lang en} from CoNLL-2003, which may not be
   * redistributed and so does not ship, is read from here.
   */
  static final Path USER_MODELS = Path.of("dateline-data", "models");

  /** A language pack's own model, read only when nothing replaces it. */
  @FunctionalInterface
  private interface ShippedModel {
    Optional<NerModel> load() throws IOException;
  }

  private AnalyzerFactory() {}

  /**
   * @param identifyLanguage whether to load the language identifier; not needed when every
   *     document comes with its language
   * @throws IOException when a model or resource is missing or corrupt
   */
  public static Analyzer standard(boolean identifyLanguage) throws IOException {
    return standard(identifyLanguage, Map.of());
  }

  /**
   * @param nerModels named-entity models by language code, replacing the user's and the shipped ones
   */
  public static Analyzer standard(boolean identifyLanguage, Map<String, NerModel> nerModels) throws IOException {
    Pipeline.Builder preparation = Pipeline.builder().add(new StructureStage());
    if (identifyLanguage) {
      preparation.add(new LanguageStage(LanguageIdentifier.load()));
    } else {
      preparation.given(org.dateline.core.Layer.LANGUAGE);
    }
    UserKnowledgeBase user = UserKnowledgeBase.inWorkingDirectory();
    CountryLexicon countries = CountryLexicon.load(user);
    PeopleIndex people = PeopleIndex.load(user);
    CameoCodebook codebook = CameoCodebook.load();
    // the caller's and the user's models are read now, so that a broken one is reported at start;
    // each language's pipeline, with its shipped model, is loaded with its first document
    Optional<NerModel> french = nerModel("fr", nerModels, Optional::empty);
    Optional<NerModel> english = nerModel("en", nerModels, Optional::empty);
    return new Analyzer(preparation.build(), List.of(
        new LazyLanguagePack("fr", () -> French.load(countries, people, codebook,
            french.isPresent() ? french : French.nerModel())),
        new LazyLanguagePack("en", () -> English.load(countries, people, codebook,
            english.isPresent() ? english : English.nerModel()))));
  }

  /** The user's named-entity model for a language, else the shipped one; empty when neither exists. */
  static Optional<NerModel> nerModel(String lang) throws IOException {
    return nerModel(lang, Map.of(), lang.equals("fr") ? French::nerModel : English::nerModel);
  }

  /** The caller's model for the language, else the user's, else the shipped one (possibly none). */
  private static Optional<NerModel> nerModel(String lang, Map<String, NerModel> given, ShippedModel shipped)
      throws IOException {
    if (given.containsKey(lang)) {
      return Optional.of(given.get(lang));
    }
    Path user = USER_MODELS.resolve("ner-" + lang + ".bin.gz");
    if (!Files.isRegularFile(user)) {
      return shipped.load();
    }
    try (InputStream in = Files.newInputStream(user)) {
      return Optional.of(NerModel.load(in));
    } catch (IOException e) {
      throw new IOException(user + ": " + e.getMessage(), e);
    }
  }
}
