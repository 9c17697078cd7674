package org.dateline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.core.Demonym;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Event;
import org.dateline.core.Mention;
import org.dateline.core.Quote;
import org.dateline.core.Span;
import org.dateline.core.Token;
import org.dateline.event.EventLexicon.Words;

/**
 * Finds the actors of one sentence and groups the coordinated ones: entity mentions, a country's
 * collective named by a noun and a demonym ("les forces ukrainiennes"), "les deux pays" (the last
 * two countries the article named), and a subject pronoun that continues the previous sentence's
 * subject ("Il a volé de Moscou…").
 */
final class SentenceActors {

  private final EventLexicon lexicon;
  private final ActorRoles roles;
  private final Document doc;
  /** Every mention with its entity, by start offset: a sentence finds its own by binary search. */
  private final List<Mention> mentions;
  private final int[] mentionStarts;
  private final Map<Mention, Entity> entityOf;
  private final List<Mention> placeMentions;
  private final int[] placeStarts;
  private final int[] demonymStarts;
  /** The characters direct quotations cover: a name there is the speaker's word, not a subject. */
  private final java.util.BitSet directlyQuoted = new java.util.BitSet();

  SentenceActors(EventLexicon lexicon, ActorRoles roles, Document doc) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.doc = doc;
    this.entityOf = new java.util.HashMap<>();
    List<Mention> all = new ArrayList<>();
    List<Mention> places = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) {
        entityOf.putIfAbsent(m, e);
        all.add(m);
        if (e.type() == EntityType.LOCATION && e.country().isPresent()) {
          places.add(m);
        }
      }
    }
    all.sort(Comparator.comparing(Mention::span));
    places.sort(Comparator.comparing(Mention::span));
    this.mentions = all;
    this.mentionStarts = all.stream().mapToInt(m -> m.span().start()).toArray();
    this.placeMentions = places;
    this.placeStarts = places.stream().mapToInt(m -> m.span().start()).toArray();
    this.demonymStarts = doc.demonyms().stream().mapToInt(d -> d.span().start()).toArray();
    doc.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT)
        .forEach(q -> directlyQuoted.set(q.span().start(), q.span().end()));
  }

  /** The actor groups of a sentence, in text order. */
  List<ActorGroup> groups(List<Token> tokens, List<String> words, Optional<Event.Actor> previousSubject) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    Span sentence = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    int[] starts = tokens.stream().mapToInt(t -> t.span().start()).toArray();
    boolean[] covered = new boolean[tokens.size()]; // tokens an entity mention holds
    List<ActorMention> found = new ArrayList<>();
    for (int k = firstAtOrAfter(mentionStarts, sentence.start()); k < mentions.size()
        && mentions.get(k).span().start() < sentence.end(); k++) {
      Mention mention = mentions.get(k);
      if (mention.type() == EntityType.MISC || !sentence.contains(mention.span())) {
        continue;
      }
      int start = tokenAt(starts, mention.span().start());
      int end = tokenAfter(tokens, starts, mention.span().end());
      Entity e = entityOf.get(mention);
      Event.Actor actor = new Event.Actor(Optional.of(e.id()), e.country(), roles.roleOf(e));
      // "UN troops", "US officials", "Islamic State militants": a named organisation's or country's collective
      Optional<String> collective = e.type() != EntityType.PERSON && end > start && end < words.size()
          ? lexicon.actorRole(words.get(end)) : Optional.empty();
      if (collective.isPresent()) {
        found.add(new ActorMention(start, end + 1, new Event.Actor(actor.entity(), actor.country(),
            actor.role().or(() -> collective)), false));
        end++;
      } else {
        found.add(new ActorMention(start, end, actor, e.type() == EntityType.LOCATION));
      }
      java.util.Arrays.fill(covered, start, Math.max(start, end), true);
    }
    List<Demonym> demonyms = doc.demonyms();
    for (int k = firstAtOrAfter(demonymStarts, sentence.start()); k < demonyms.size()
        && demonyms.get(k).span().start() < sentence.end(); k++) {
      Demonym d = demonyms.get(k);
      if (!sentence.contains(d.span())) {
        continue;
      }
      int at = tokenAt(starts, d.span().start());
      int after = tokenAfter(tokens, starts, d.span().end());
      if (covered[at]) {
        continue;
      }
      // the noun nearest the demonym: "Syrian rebels", "le gouvernement japonais", "les forces armées ukrainiennes"
      boolean collective = false;
      for (int noun : new int[] {after, at - 1, after + 1, at - 2}) {
        Optional<String> role = noun >= 0 && noun < words.size() && !covered[noun] ? lexicon.actorRole(words.get(noun))
            : Optional.empty();
        if (role.isPresent()) {
          found.add(new ActorMention(Math.min(noun, at), Math.max(noun + 1, after),
              new Event.Actor(Optional.empty(), Optional.of(d.country()), role), false));
          collective = true;
          break;
        }
      }
      if (!collective && after < words.size() && !covered[after] && personNoun(words.get(after))) {
        found.add(new ActorMention(at, after + 1, new Event.Actor(Optional.empty(), Optional.of(d.country())), false));
      } else if (!collective && people(tokens, words, at, after)) {
        found.add(new ActorMention(at, after, new Event.Actor(Optional.empty(), Optional.of(d.country())), false));
      }
    }
    // "Rwanda's Senate", "Syria's army": a country's collective named by the possessive
    for (ActorMention place : List.copyOf(found)) {
      int noun = place.end() + 1;
      Optional<String> country = place.actor().country();
      if (place.place() && country.isPresent() && noun < words.size()
          && lexicon.is(Words.POSSESSIVES, words.get(place.end())) && !covered[noun]) {
        Optional<String> role = lexicon.actorRole(words.get(noun));
        if (role.isPresent()) {
          found.add(new ActorMention(place.start(), noun + 1, new Event.Actor(Optional.empty(), country, role), false));
          covered[noun] = true;
        }
      }
    }
    // "a court in Guyana", "leaders of Egypt's …", "dissidents from military-ruled Myanmar": a collective of a place's country
    for (int k = 0; k + 2 < words.size(); k++) {
      Optional<String> role = covered[k] ? Optional.empty() : lexicon.actorRole(words.get(k));
      if (role.isPresent() && lexicon.is(Words.OF_PLACE, words.get(k + 1))) {
        Optional<ActorMention> place = placeAfter(found, tokens, words, k + 2);
        if (place.isPresent()) {
          found.add(new ActorMention(k, place.get().end(),
              new Event.Actor(Optional.empty(), place.get().actor().country(), role), false));
          covered[k] = true;
        }
      }
    }
    // "Insurgents bombarded…", "les manifestants ont attaqué…": a collective of no named country; a
    // legislature capitalised in the singular is the institution ("the Senate", "Parliament")
    for (int k = 0; k < words.size(); k++) {
      int noun = k;
      boolean capitalised = k > 0 && Character.isUpperCase(doc.text(tokens.get(k).span()).codePointAt(0));
      Optional<String> role = covered[k] ? Optional.empty() : lexicon.actorRole(words.get(k))
          .filter(r -> plural(words.get(noun)) || (capitalised && r.equals("LEG")));
      if (role.isPresent() && found.stream().noneMatch(a -> a.start() <= noun && noun < a.end())) {
        found.add(new ActorMention(k, k + 1, new Event.Actor(Optional.empty(), Optional.empty(), role), false));
      }
    }
    for (int k = 1; k + 1 < words.size(); k++) {
      if (lexicon.is(Words.PAIR_NUMBER, words.get(k)) && lexicon.is(Words.PAIR_NOUNS, words.get(k + 1))) {
        found.addAll(lastTwoCountries(tokens.get(k).span().start(), k, k + 2));
      }
    }
    if (previousSubject.isPresent() && lexicon.is(Words.SUBJECT_PRONOUNS, words.get(0)) && !covered[0]) {
      found.add(new ActorMention(0, 1, previousSubject.get(), false));
    }
    found.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end));
    return group(dropNested(found), tokens, words);
  }

  /**
   * A demonym used as a noun names a people: capitalised after a determiner, "les Nord-Coréens",
   * "the Israelis" (plural in English, where the adjective is capitalised too: "the Russian economy").
   */
  private boolean people(List<Token> tokens, List<String> words, int at, int after) {
    if (at == 0 || after != at + 1 || !lexicon.is(Words.DETERMINERS, words.get(at - 1))) {
      return false;
    }
    String text = doc.text(tokens.get(at).span());
    boolean nextIsNoun = after < words.size() && Character.isLetter(words.get(after).charAt(0))
        && !lexicon.is(Words.PREPOSITIONS, words.get(after)) && !lexicon.is(Words.COORDINATORS, words.get(after))
        && !lexicon.is(Words.AUXILIARIES, words.get(after)) && !lexicon.is(Words.SUBJECT_RELATIVES, words.get(after));
    return Character.isUpperCase(text.codePointAt(0)) && (text.endsWith("s") || !nextIsNoun);
  }

  /**
   * The place with a country that a phrase names from {@code from} on, past at most three
   * determiners and lower-case modifiers: "the northern …", "military-ruled Myanmar".
   */
  private Optional<ActorMention> placeAfter(List<ActorMention> found, List<Token> tokens, List<String> words, int from) {
    for (int k = from; k < Math.min(words.size(), from + 4); k++) {
      int at = k;
      Optional<ActorMention> place = found.stream()
          .filter(a -> a.start() == at && a.actor().country().isPresent() && a.place())
          .findFirst();
      if (place.isPresent()) {
        return place;
      }
      String text = doc.text(tokens.get(k).span());
      if (!lexicon.is(Words.DETERMINERS, words.get(k)) && !Character.isLowerCase(text.codePointAt(0))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A noun of people with no role, singular or plural: "student", "men", "journalists". */
  private boolean personNoun(String word) {
    return lexicon.is(Words.PERSON_NOUNS, word)
        || (word.length() > 3 && word.endsWith("s") && lexicon.is(Words.PERSON_NOUNS, word.substring(0, word.length() - 1)));
  }

  private static boolean plural(String word) {
    return word.endsWith("s") || word.endsWith("x");
  }

  /** The two countries the article named last before {@code offset}, each by its latest mention. */
  private List<ActorMention> lastTwoCountries(int offset, int start, int end) {
    Map<String, Event.Actor> latest = new LinkedHashMap<>();
    for (int k = firstAtOrAfter(placeStarts, offset) - 1; k >= 0 && latest.size() < 2; k--) {
      Mention m = placeMentions.get(k);
      if (m.span().end() <= offset) {
        Entity e = entityOf.get(m);
        latest.putIfAbsent(e.country().get(), new Event.Actor(Optional.of(e.id()), e.country()));
      }
    }
    if (latest.size() < 2) {
      return List.of();
    }
    return latest.values().stream().map(a -> new ActorMention(start, end, a, false)).toList();
  }

  /**
   * A mention inside a longer one ("Conseil" in "Conseil de sécurité russe") is the longer one. One
   * sweep in start order (longest first on a tie), so a sentence of a thousand names stays linear.
   */
  private static List<ActorMention> dropNested(List<ActorMention> sorted) {
    List<ActorMention> byStart = new ArrayList<>(sorted);
    byStart.sort(Comparator.comparingInt(ActorMention::start).thenComparing(Comparator.comparingInt(ActorMention::end).reversed()));
    List<ActorMention> kept = new ArrayList<>();
    int maxEnd = -1;
    int maxEndStart = -1;
    for (ActorMention a : byStart) {
      boolean nested = maxEnd > a.end() || (maxEnd == a.end() && maxEndStart < a.start());
      if (!nested) {
        kept.add(a);
      }
      if (a.end() > maxEnd) {
        maxEnd = a.end();
        maxEndStart = a.start();
      }
    }
    kept.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end));
    return kept;
  }

  /**
   * Joins actors that only commas, coordinators and determiners separate. A list joined by commas
   * alone is no list ("…à Pyongyang, la Corée du Nord a annoncé"): it needs its "et"/"and".
   */
  private List<ActorGroup> group(List<ActorMention> sorted, List<Token> tokens, List<String> words) {
    List<ActorGroup> groups = new ArrayList<>();
    List<ActorMention> current = new ArrayList<>();
    boolean coordinator = false;
    for (ActorMention a : sorted) {
      Junction junction = current.isEmpty() ? Junction.NONE : junction(words, current.get(current.size() - 1).end(), a.start());
      if (!current.isEmpty() && junction == Junction.NONE) {
        close(current, coordinator, tokens, words, groups);
        current = new ArrayList<>();
        coordinator = false;
      }
      coordinator |= junction == Junction.COORDINATOR;
      current.add(a);
    }
    if (!current.isEmpty()) {
      close(current, coordinator, tokens, words, groups);
    }
    return groups;
  }

  private enum Junction { NONE, COMMA, COORDINATOR }

  /** What stands between two actors: nothing but commas and determiners, a coordinator, or other words. */
  private Junction junction(List<String> words, int from, int to) {
    if (to <= from) {
      return Junction.COORDINATOR; // the two actors of "les deux pays", or adjacent names
    }
    Junction found = Junction.NONE;
    for (int k = from; k < to; k++) {
      String w = words.get(k);
      if (lexicon.is(Words.COORDINATORS, w)) {
        found = Junction.COORDINATOR;
      } else if (w.equals(",")) {
        found = found == Junction.COORDINATOR ? found : Junction.COMMA;
      } else if (!lexicon.is(Words.DETERMINERS, w)) {
        return Junction.NONE;
      }
    }
    return found;
  }

  private void close(List<ActorMention> members, boolean coordinated, List<Token> tokens, List<String> words,
      List<ActorGroup> groups) {
    if (coordinated) {
      groups.add(governed(members, tokens, words));
    } else {
      members.forEach(m -> groups.add(governed(List.of(m), tokens, words)));
    }
  }

  /** A group with the preposition that governs it, looking past its determiners. */
  private ActorGroup governed(List<ActorMention> members, List<Token> tokens, List<String> words) {
    int start = members.get(0).start();
    int end = members.stream().mapToInt(ActorMention::end).max().orElse(start + 1);
    int before = start - 1;
    // "au", "aux" are prepositions with their article; "du", "des" stay ambiguous and pass for articles
    while (before >= 0 && lexicon.is(Words.DETERMINERS, words.get(before))
        && !(lexicon.is(Words.PREPOSITIONS, words.get(before)) && !lexicon.is(Words.GENITIVE, words.get(before)))) {
      before--;
    }
    // "hundreds of UN troops": the "of" of a quantity governs nothing, the troops are the subject
    boolean quantity = before >= 1 && lexicon.is(Words.GENITIVE, words.get(before))
        && lexicon.is(Words.QUANTIFIERS, words.get(before - 1));
    Optional<String> preposition = before >= 0 && lexicon.is(Words.PREPOSITIONS, words.get(before)) && !quantity
        ? Optional.of(words.get(before)) : Optional.empty();
    Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
    boolean quoted = directlyQuoted.get(span.start()) && directlyQuoted.get(span.end() - 1);
    return new ActorGroup(start, end, members, preposition, quoted);
  }

  /** The index of the first value at or after {@code offset} in a sorted array. */
  static int firstAtOrAfter(int[] sorted, int offset) {
    int at = java.util.Arrays.binarySearch(sorted, offset);
    if (at < 0) {
      return -at - 1;
    }
    while (at > 0 && sorted[at - 1] == offset) {
      at--;
    }
    return at;
  }

  /** The token holding an offset: the last one starting at or before it. */
  static int tokenAt(int[] starts, int offset) {
    int at = java.util.Arrays.binarySearch(starts, offset);
    return at >= 0 ? at : Math.max(0, -at - 2);
  }

  /** The first token starting at or after an offset, or the number of tokens. */
  static int tokenAfter(List<Token> tokens, int[] starts, int offset) {
    return Math.min(tokens.size(), firstAtOrAfter(starts, offset));
  }
}
