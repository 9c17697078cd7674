package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.core.Document;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.dateline.ner.NerTrainer;

/**
 * Turns BRAT-annotated documents into tagged sentences: the text is segmented by Dateline's own
 * tokenizer and sentence splitter (so the model learns on the tokens it will see), and the
 * outermost annotated spans become BIO tags. WiNER's types map to PER, ORG, LOC and MISC (Product,
 * Event); dates and hours are times, not entities, and are left out.
 */
public final class NerExamples {

  /** WiNER's labels and the tag suffix each becomes. */
  public static final Map<String, String> WINER_TYPES = Map.of("Person", "PER", "Organization", "ORG",
      "Location", "LOC", "Product", "MISC", "Event", "MISC");

  private NerExamples() {}

  /** Gold entity spans of a document: outermost spans of the mapped types, with their tag suffix. */
  public static List<GoldDocument.GoldSpan> outermost(GoldDocument gold) {
    List<GoldDocument.GoldSpan> mapped = gold.spans().stream()
        .filter(s -> WINER_TYPES.containsKey(s.label())).toList();
    List<GoldDocument.GoldSpan> out = new ArrayList<>();
    for (GoldDocument.GoldSpan s : mapped) {
      boolean inside = mapped.stream().anyMatch(o -> o != s && o.span().contains(s.span())
          && (o.span().length() > s.span().length() || mapped.indexOf(o) < mapped.indexOf(s)));
      if (!inside) {
        out.add(new GoldDocument.GoldSpan(s.span(), WINER_TYPES.get(s.label()), s.attributes()));
      }
    }
    return out;
  }

  /** Each document's tagged sentences, in reading order. */
  public static List<List<NerTrainer.Example>> fromBrat(List<GoldDocument> corpus,
      Function<GoldDocument, Document> segment) {
    List<List<NerTrainer.Example>> documents = new ArrayList<>();
    for (GoldDocument gold : corpus) {
      List<NerTrainer.Example> examples = new ArrayList<>();
      documents.add(examples);
      Document doc = segment.apply(gold);
      List<GoldDocument.GoldSpan> entities = outermost(gold);
      List<Token> tokens = doc.tokens();
      int t = 0;
      for (Sentence sentence : doc.sentences()) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        while (t < tokens.size() && tokens.get(t).span().end() <= sentence.span().end()) {
          Token token = tokens.get(t++);
          if (token.span().start() < sentence.span().start()) {
            continue;
          }
          words.add(doc.text(token.span()));
          tags.add(tagOf(token.span(), entities, tags.isEmpty() ? "O" : tags.get(tags.size() - 1)));
        }
        if (!words.isEmpty()) {
          examples.add(new NerTrainer.Example(words, tags));
        }
      }
    }
    return documents;
  }

  private static String tagOf(Span token, List<GoldDocument.GoldSpan> entities, String previous) {
    for (GoldDocument.GoldSpan e : entities) {
      if (e.span().overlaps(token)) {
        boolean continues = token.start() > e.span().start() && previous.endsWith("-" + e.label());
        return (continues ? "I-" : "B-") + e.label();
      }
    }
    return "O";
  }
}
