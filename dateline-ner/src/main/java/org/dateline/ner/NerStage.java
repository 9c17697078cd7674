package org.dateline.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Sentence;
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Finds named-entity mentions sentence by sentence and groups them into one entity per distinct
 * name and type (linking "Choïgou" to "Sergueï Choïgou" is a later stage's work). Entity ids are
 * E1, E2, … in order of first mention.
 */
public final class NerStage implements Stage {

  private final NerTagger tagger;

  public NerStage(NerModel model) {
    this.tagger = new NerTagger(Objects.requireNonNull(model, "model"));
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Mention> mentions = new ArrayList<>();
    List<Token> tokens = document.tokens();
    int t = 0;
    for (Sentence sentence : document.sentences()) {
      while (t < tokens.size() && tokens.get(t).span().start() < sentence.span().start()) {
        t++;
      }
      int first = t;
      while (t < tokens.size() && tokens.get(t).span().end() <= sentence.span().end()) {
        t++;
      }
      List<Token> inSentence = tokens.subList(first, t);
      List<String> words = inSentence.stream().map(k -> document.text(k.span())).toList();
      for (int[] span : NerTagger.spans(tagger.tag(words))) {
        mentions.add(new Mention(new Span(inSentence.get(span[0]).span().start(),
            inSentence.get(span[1] - 1).span().end()), EntityType.values()[span[2]]));
      }
    }
    return document.withEntities(group(document, mentions));
  }

  private static List<Entity> group(Document document, List<Mention> mentions) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    for (Mention m : mentions) {
      String key = m.type() + "|" + document.text(m.span()).toLowerCase(Locale.ROOT).replace('’', '\'');
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Entity> entities = new ArrayList<>();
    for (List<Mention> group : byName.values()) {
      Mention first = group.get(0);
      entities.add(new Entity("E" + (entities.size() + 1), first.type(), document.text(first.span()),
          Optional.empty(), Optional.empty(), group));
    }
    return entities;
  }
}
