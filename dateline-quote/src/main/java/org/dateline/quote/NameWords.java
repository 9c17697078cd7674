package org.dateline.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * What the name stages of a language without a named-entity model share: which capitalised words may
 * be part of a name, and how a name found joins the article's people.
 *
 * @param titles words before a name that are no part of it, lower case: "sen.", "president", "mr."
 * @param notNames capitalised words that are no name, lower case: "the", "he", "monday"
 */
record NameWords(Set<String> titles, Set<String> notNames) {

  NameWords {
    titles = Set.copyOf(titles);
    notNames = Set.copyOf(notNames);
  }

  /** English words that make a name an institution's or a place's, not a person's: "County", "Museum", "University". */
  /** English articles: a capitalised word after one opens a thing's name more often than a person's. */
  static final Set<String> ARTICLES = Set.of("the", "a", "an");
  static final Set<String> INSTITUTION_WORDS = Set.of("county", "university", "college", "school", "museum",
      "hospital", "nation", "nations", "league", "council", "party", "association", "foundation", "institute",
      "centre", "center", "street", "avenue", "road", "park", "hall", "bank", "group", "company", "corp", "inc",
      "ltd", "airport", "church", "department", "ministry", "agency", "board", "commission", "committee", "court",
      "fund", "society", "union", "club", "state", "city", "island", "river", "lake", "mountain", "valley", "bay",
      "police", "service", "services", "hockey", "news", "post", "times", "press", "house", "cup", "games",
      "interest", "square", "bridge", "station", "tower", "building", "mall", "market", "hotel", "stadium", "arena");

  /** Heads of organisations' names that are seldom surnames (unlike "Hall" or "Park"). */
  private static final Set<String> ORGANISATION_HEADS = Set.of("authority", "association", "foundation", "institute",
      "council", "board", "department", "ministry", "agency", "commission", "committee", "company", "corp", "inc",
      "ltd", "union", "party", "society", "club", "university", "college", "school", "hospital", "museum", "league",
      "group", "bank", "services", "police", "court", "fund", "centre", "center", "news", "times", "railway",
      "railways", "airline", "airlines", "corporation", "office", "bureau", "federation", "coalition", "alliance",
      "tribunal", "service", "network", "institution", "organization", "organisation", "administration");

  /** Whether a name ends on an organisation's head: "Nova Scotia Health Authority", not "Peter Hall". */
  static boolean organisation(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return ORGANISATION_HEADS.contains(last);
  }

  /** A capitalised word with lower-case letters that is neither a title nor one of the words that name no one. */
  boolean isNameWord(Document doc, Token t) {
    String text = doc.text(t.span());
    String lower = text.toLowerCase(Locale.ROOT);
    return t.kind() == Token.Kind.WORD && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
        && text.codePoints().anyMatch(Character::isLowerCase) && !titles.contains(lower) && !notNames.contains(lower);
  }

  /** The words the article writes in lower case: "will", "man"; the same word capitalised is seldom a name. */
  static Set<String> lowerCaseWords(Document doc) {
    Set<String> lower = new java.util.HashSet<>();
    for (Token t : doc.tokens()) {
      String text = doc.text(t.span());
      if (text.equals(text.toLowerCase(Locale.ROOT))) {
        lower.add(text);
      }
    }
    return lower;
  }

  /** Whether nothing but spaces on one line stands between the two tokens. */
  static boolean sameLine(Document doc, Token a, Token b) {
    return doc.text().substring(a.span().end(), b.span().start()).indexOf('\n') < 0;
  }

  /** Whether no mention found so far covers any of the span. */
  static boolean free(BitSet named, Span span) {
    int next = named.nextSetBit(span.start());
    return next < 0 || next >= span.end();
  }

  /** The article's mentions so far, as covered offsets. */
  static BitSet named(List<Entity> entities) {
    BitSet named = new BitSet();
    entities.forEach(e -> e.mentions().forEach(m -> named.set(m.span().start(), m.span().end())));
    return named;
  }

  /** A mention added to the entity at k, the mentions kept in text order. */
  static void addMention(List<Entity> entities, int k, Span span) {
    Entity e = entities.get(k);
    List<Mention> mentions = new ArrayList<>(e.mentions());
    mentions.add(new Mention(span, EntityType.PERSON));
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    entities.set(k, new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), mentions));
  }

  /** A new person named so. */
  static void addPerson(List<Entity> entities, String name, Span span) {
    add(entities, EntityType.PERSON, name, span);
  }

  /**
   * An organisation's mention: joins the entity of that name, or a one-word person of that name with no
   * knowledge-base link, which then is an organisation ("Suncor said … Suncor disclosed in its"); else a new one.
   */
  static void addOrganisation(List<Entity> entities, String name, Span span) {
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      boolean retype = e.type() == EntityType.PERSON && e.kbId().isEmpty() && name.indexOf(' ') < 0;
      if (e.name().equals(name) && (e.type() == EntityType.ORGANIZATION || retype)) {
        List<Mention> mentions = new ArrayList<>();
        e.mentions().forEach(m -> mentions.add(new Mention(m.span(), EntityType.ORGANIZATION)));
        mentions.add(new Mention(span, EntityType.ORGANIZATION));
        entities.set(k, new Entity(e.id(), EntityType.ORGANIZATION, e.name(), e.country(), e.kbId(), mentions));
        return;
      }
    }
    add(entities, EntityType.ORGANIZATION, name, span);
  }

  static void add(List<Entity> entities, EntityType type, String name, Span span) {
    entities.add(new Entity(Entity.nextId(entities), type, name, Optional.empty(), Optional.empty(),
        List.of(new Mention(span, type))));
  }
}
