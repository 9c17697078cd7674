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
import org.dateline.core.Span;
import org.dateline.core.Stage;
import org.dateline.core.Token;

/**
 * Finds named-entity mentions sentence by sentence and groups them into one entity per distinct
 * name and type (linking "Choïgou" to "Sergueï Choïgou" is a later stage's work). Entity ids are
 * E1, E2, … in order of first mention. A mention is a name: it has a capital letter, does not start
 * with a function word, and is not a time expression ("21h").
 */
public final class NerStage implements Stage {

  private final NerTagger tagger;
  private final NameSpans nameSpans;

  public NerStage(NerModel model) {
    this.tagger = new NerTagger(Objects.requireNonNull(model, "model"));
    this.nameSpans = new NameSpans(model.lexicon().gazetteer());
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Mention> mentions = new ArrayList<>();
    List<List<Token>> sentences = document.tokensBySentence();
    List<List<String>> texts = sentences.stream()
        .map(inSentence -> inSentence.stream().map(k -> document.text(k.span())).toList()).toList();
    List<List<String>> tagged = tagger.tagDocument(texts);
    for (int k = 0; k < sentences.size(); k++) {
      List<Token> inSentence = sentences.get(k);
      List<String> words = texts.get(k);
      for (int[] span : NerTagger.spans(tagged.get(k))) {
        int[] name = nameSpans.trim(words, span[0], span[1], EntityType.values()[span[2]]);
        int from = name[0];
        int to = name[1];
        if (from == to) {
          continue;
        }
        Span mention = new Span(inSentence.get(from).span().start(), inSentence.get(to - 1).span().end());
        String text = document.text(mention);
        boolean named = text.chars().anyMatch(Character::isUpperCase);
        boolean inTime = document.times().stream().anyMatch(time -> time.span().contains(mention));
        if (named && !inTime) {
          mentions.add(new Mention(mention, EntityType.values()[span[2]]));
        }
      }
    }
    return document.withEntities(group(document, consistent(document, mentions)));
  }

  /** A family name first, then a hyphenated given name: "Kim Jong-Un", "Moon Jae-in", "Yoon Suk-yeol". */
  private static final java.util.regex.Pattern FAMILY_NAME_FIRST =
      java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}{1,4}-\\p{L}\\p{Ll}{1,4}");

  /**
   * One name, one reading across the article: the family name of a person's full name ("Choïgou" of
   * "Sergueï Choïgou", "Kim" of "Kim Jong-Un") is that person wherever it stands alone, found or
   * missed by the tagger, whatever type the tagger gave it.
   */
  private static List<Mention> consistent(Document document, List<Mention> mentions) {
    java.util.Set<String> surnames = new java.util.HashSet<>();
    List<Token> tokens = document.tokens();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        String text = document.text(m.span());
        int space = text.lastIndexOf(' ');
        if (space > 0) {
          surnames.add(text.substring(space + 1));
        }
        java.util.regex.Matcher familyFirst = FAMILY_NAME_FIRST.matcher(text);
        if (familyFirst.matches()) {
          surnames.add(familyFirst.group(1));
        }
      }
    }
    // a surname that is also a common word of the article ("Ahn Chan Il" and "il") proves nothing
    for (Token token : tokens) {
      String text = document.text(token.span());
      if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
        surnames.removeIf(name -> name.equalsIgnoreCase(text));
      }
    }
    surnames.removeIf(name -> name.length() < 3);
    if (surnames.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean surname = surnames.contains(document.text(m.span()));
      out.add(surname && m.type() != EntityType.PERSON ? new Mention(m.span(), EntityType.PERSON) : m);
    }
    for (Token token : tokens) {
      String text = document.text(token.span());
      if (surnames.contains(text) && out.stream().noneMatch(m -> m.span().overlaps(token.span()))) {
        out.add(new Mention(token.span(), EntityType.PERSON));
      }
    }
    out.sort(java.util.Comparator.comparing(Mention::span));
    return out;
  }

  /**
   * One entity per distinct name, then a person's short form joins the full name it abbreviates
   * when exactly one full name of the article starts or ends with it ("Poutine" → "Vladimir
   * Poutine", "Kim" → "Kim Jong-Un"). The entity is named by its longest mention.
   */
  private static List<Entity> group(Document document, List<Mention> mentions) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byName.computeIfAbsent(key(document, m), k -> new ArrayList<>()).add(m);
    }
    Map<String, String> shortToFull = new java.util.HashMap<>();
    for (String name : byName.keySet()) {
      if (!name.startsWith(EntityType.PERSON + "|") || name.indexOf(' ') >= 0) {
        continue;
      }
      String word = name.substring(name.indexOf('|') + 1);
      List<String> full = byName.keySet().stream()
          .filter(other -> other.startsWith(EntityType.PERSON + "|") && other.indexOf(' ') >= 0)
          .filter(other -> {
            String[] parts = other.substring(other.indexOf('|') + 1).split(" ");
            return parts[0].equals(word) || parts[parts.length - 1].equals(word);
          }).toList();
      if (full.size() == 1) {
        shortToFull.put(name, full.get(0));
      }
    }
    shortToFull.forEach((shortName, fullName) -> byName.get(fullName).addAll(byName.remove(shortName)));
    List<Entity> entities = new ArrayList<>();
    for (List<Mention> group : byName.values()) {
      group.sort(java.util.Comparator.comparing(Mention::span));
      Mention first = group.get(0);
      String name = group.stream().map(m -> document.text(m.span()))
          .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
      entities.add(new Entity("E" + (entities.size() + 1), first.type(), name, Optional.empty(), Optional.empty(), group));
    }
    return entities;
  }

  private static String key(Document document, Mention m) {
    return m.type() + "|" + document.text(m.span()).toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
