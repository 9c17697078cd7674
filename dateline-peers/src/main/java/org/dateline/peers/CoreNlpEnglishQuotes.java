package org.dateline.peers;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dateline.core.Span;
import org.dateline.eval.SystemAttribution;

/**
 * Stanford CoreNLP 4.5.10's English quote annotator with quote attribution, as attributions to score:
 * a quote's content is its span (marks included) and its sources the speaker mention and the
 * canonical speaker mention CoreNLP links it to. Coreference is the statistical algorithm: the
 * neural one is too slow for the two cores this runs on.
 */
final class CoreNlpEnglishQuotes {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  CoreNlpEnglishQuotes() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("coref.algorithm", "statistical");
    props.setProperty("quote.attributeQuotes", "true");
    pipeline = new StanfordCoreNLP(props);
  }

  List<SystemAttribution> attributions(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<SystemAttribution> found = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      Pair<Integer, Integer> offsets = q.quoteCharOffsets();
      List<Span> sources = new ArrayList<>();
      span(q.speakerCharOffsets()).ifPresent(sources::add);
      span(q.canonicalSpeakerCharOffsets()).filter(s -> !sources.contains(s)).ifPresent(sources::add);
      found.add(new SystemAttribution(new Span(offsets.first, offsets.second), sources));
    }
    return found;
  }

  private static Optional<Span> span(Optional<Pair<Integer, Integer>> offsets) {
    return offsets.map(p -> new Span(p.first, p.second));
  }
}
