package org.dateline.cli;

import java.io.IOException;
import java.util.List;
import org.dateline.core.Analyzer;
import org.dateline.core.Pipeline;
import org.dateline.io.StructureStage;
import org.dateline.event.CameoCodebook;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.PeopleIndex;
import org.dateline.kb.UserKnowledgeBase;
import org.dateline.lang.en.English;
import org.dateline.lang.fr.French;
import org.dateline.text.LanguageIdentifier;
import org.dateline.text.LanguageStage;

/** Loads the models once and assembles the standard analyzer: structure, language, then per language. */
public final class AnalyzerFactory {

  private AnalyzerFactory() {}

  /**
   * @param identifyLanguage whether to load the language identifier; not needed when every
   *     document comes with its language
   * @throws IOException when a model or resource is missing or corrupt
   */
  public static Analyzer standard(boolean identifyLanguage) throws IOException {
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
    return new Analyzer(preparation.build(),
        List.of(French.load(countries, people, codebook), English.load(countries, people, codebook)));
  }
}
