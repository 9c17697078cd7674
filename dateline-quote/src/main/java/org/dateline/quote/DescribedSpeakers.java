package org.dateline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Token;

/**
 * Whom a definite description that stands as a source refers to: "the mayor" is the person the
 * article named with that role before ("Mayor Doug McCallum", "Ron Robison, the WHL commissioner,"),
 * "the company" the organisation it named last, "the affable proprietor" the person named last when no
 * one was named with that role; "a hockey coach" the person named right after, whom news introduces
 * so ("A Vancouver peewee hockey coach says … Stephen Gillis said"); a document ("the report", "her statement") its author
 * ({@link DocumentAuthors}). All words lower case.
 *
 * @param personRoles nouns for what a person is: "mayor", "minister", "coach"
 * @param organisationNouns nouns for an organisation: "company", "agency", "team"
 * @param determiners what opens a definite description: "the", "this"
 * @param organisationPronouns pronouns that stand for an organisation as a source: "it" ("…, it said.")
 * @param medium whether an organisation's name is a news medium ("Reuters"), which reports and is no
 *     "company" of the story
 * @param documentNouns nouns for documents that speak for their author: "report", "statement"
 * @param genders the words that tell a person's gender, for "her statement"
 * @param groupPronouns pronouns that stand for a group as a source: "they"
 */
public record DescribedSpeakers(Set<String> personRoles, Set<String> organisationNouns, Set<String> determiners,
    Set<String> organisationPronouns, Predicate<String> medium, Set<String> documentNouns, GenderWords genders,
    Set<String> groupPronouns) {

  /** How many words a description may have: "the WHL commissioner", "the U.S. trade representative". */
  private static final int LONGEST = 5;
  /** How far from a name its role may stand: "Education Minister Rob Fleming", "Fleming, the education minister". */
  private static final int ROLE_REACH = 5;
  private static final String AGE = "year-old";

  public static final DescribedSpeakers NONE = new DescribedSpeakers(Set.of(), Set.of(), Set.of(), Set.of(), name -> false,
      Set.of(), GenderWords.NONE, Set.of());

  public DescribedSpeakers {
    personRoles = Set.copyOf(personRoles);
    organisationNouns = Set.copyOf(organisationNouns);
    determiners = Set.copyOf(determiners);
    organisationPronouns = Set.copyOf(organisationPronouns);
    Objects.requireNonNull(medium, "medium");
    documentNouns = Set.copyOf(documentNouns);
    Objects.requireNonNull(genders, "genders");
    groupPronouns = Set.copyOf(groupPronouns);
  }

  /** The entity a source phrase describes, if it is a definite description the article lets resolve. */
  Optional<String> resolve(Document doc, Span phrase) {
    List<Token> words = doc.tokens(phrase).stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
    // the phrase may stop at the hyphen: "the 39" of "the 39-year-old founder"
    String said = doc.text().substring(phrase.start(), Math.min(doc.text().length(), phrase.end() + AGE.length() + 1));
    if (said.toLowerCase(Locale.ROOT).matches("(?s)[^,]*" + AGE + "\\b.*")) {
      return lastPerson(doc, phrase.start()); // "the 39-year-old founder of …": news gives an age to someone just named
    }
    if (words.size() == 1 && organisationPronouns.contains(lower(doc, words.get(0)))) {
      return lastOrganisation(doc, phrase.start()); // "“…,” it said.": a person would be "he" or "she"
    }
    Optional<String> author = new DocumentAuthors(documentNouns).resolve(doc, phrase,
        before -> lastOrganisation(doc, before), (before, gender) -> Antecedents.personBefore(doc, before,
            PersonGenders.of(doc, genders), Optional.of(gender), word -> false, word -> false).flatMap(m -> Antecedents.entityOf(doc, m)));
    if (author.isPresent()) {
      return author;
    }
    if (words.size() >= 2 && INDEFINITE.contains(lower(doc, words.get(0)))
        && personRoles.contains(head(doc, phrase))) {
      return nextPerson(doc, phrase.end()); // "A Vancouver peewee hockey coach says … Stephen Gillis said …"
    }
    if (!words.isEmpty() && words.size() <= 2 && modifiedBefore(doc, phrase) && personRoles.contains(lower(doc, words.get(words.size() - 1)))) {
      return lastPerson(doc, phrase.start()); // "the lanky, bespectacled professor said": the phrase began before the comma
    }
    if (words.size() < 2 || words.size() > LONGEST || !determiners.contains(lower(doc, words.get(0)))) {
      return Optional.empty();
    }
    String head = lower(doc, words.get(words.size() - 1));
    if (personRoles.contains(head)) {
      Optional<String> named = personWithRole(doc, head, phrase.start());
      // "the affable proprietor", "the rookie defenceman": a description with a modifier is feature
      // writing's way back to the person just named
      return named.isPresent() || words.size() < 3 ? named : lastPerson(doc, phrase.start());
    }
    if (organisationNouns.contains(head)) {
      return lastOrganisation(doc, phrase.start());
    }
    return Optional.empty();
  }

  private static final Set<String> INDEFINITE = Set.of("a", "an");

  /** Whether a determiner and a modifier closed by a comma stand right before the phrase: "the lanky, " of "the lanky, bespectacled professor". */
  private boolean modifiedBefore(Document doc, Span phrase) {
    String before = doc.text().substring(Math.max(0, phrase.start() - 30), phrase.start()).toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = MODIFIER_BEFORE.matcher(before);
    return m.find() && determiners.contains(m.group(1));
  }

  private static final java.util.regex.Pattern MODIFIER_BEFORE = java.util.regex.Pattern.compile("\\b(\\p{L}+) [\\p{L}-]+, $");

  /** How far after an indefinite description the person it introduces may be named, in characters: the next sentence or two. */
  private static final int INTRODUCED_REACH = 300;

  /** The last word before the phrase's first comma, lower case: "coach" of "A Vancouver hockey coach, …". */
  private static String head(Document doc, Span phrase) {
    String head = "";
    for (Token t : doc.tokens(phrase)) {
      if (doc.text(t.span()).equals(",")) {
        break;
      }
      if (t.kind() == Token.Kind.WORD) {
        head = lower(doc, t);
      }
    }
    return head;
  }

  /** The person named first after the offset, within reach: whom an indefinite description introduces. */
  private static Optional<String> nextPerson(Document doc, int after) {
    return personMention(doc, m -> m.isName() && m.span().start() >= after && m.span().start() - after <= INTRODUCED_REACH,
        false);
  }

  /** The person of the mention that passes the test, first in the text or last. */
  private static Optional<String> personMention(Document doc, Predicate<Mention> test, boolean last) {
    Mention best = null;
    String bestId = null;
    for (Entity e : doc.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        boolean better = best == null || (last ? m.span().start() > best.span().start()
            : m.span().start() < best.span().start());
        if (better && test.test(m)) {
          best = m;
          bestId = e.id();
        }
      }
    }
    return Optional.ofNullable(bestId);
  }

  /** Whether the phrase is a pronoun for a group: "they". */
  boolean groupPronoun(Document doc, Span phrase) {
    List<Token> words = doc.tokens(phrase).stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
    return words.size() == 1 && groupPronouns.contains(lower(doc, words.get(0)));
  }

  /**
   * Whether a source phrase names a group: its head, the last word before a comma, is a plural
   * ("Protestors", "several auto-industry executives"), or it joins names ("Jane Roe and Tom Fry").
   */
  boolean namesGroup(Document doc, Span phrase) {
    List<Token> words = new java.util.ArrayList<>();
    for (Token t : doc.tokens(phrase)) {
      if (doc.text(t.span()).equals(",")) {
        break;
      }
      if (t.kind() == Token.Kind.WORD) {
        words.add(t);
      }
    }
    if (words.isEmpty() || groupPronoun(doc, phrase) || organisationPronouns.contains(lower(doc, words.get(0)))) {
      return false;
    }
    String head = lower(doc, words.get(words.size() - 1));
    boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
        && !head.endsWith("'s") && !head.endsWith("’s");
    return plural || words.stream().anyMatch(t -> lower(doc, t).equals("and"));
  }

  /** The person named last before the offset with the role right beside their name. */
  private static Optional<String> personWithRole(Document doc, String role, int before) {
    List<Token> tokens = doc.tokens();
    return personMention(doc, m -> m.span().end() <= before && roleBeside(doc, tokens, m.span(), role), true);
  }

  /** The person named last before the offset. */
  private static Optional<String> lastPerson(Document doc, int before) {
    return Antecedents.lastPersonBefore(doc, before).flatMap(m -> Antecedents.entityOf(doc, m));
  }

  private static boolean roleBeside(Document doc, List<Token> tokens, Span name, String role) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      Span s = tokens.get(k).span();
      if (first < 0 && s.start() >= name.start()) {
        first = k;
      }
      if (s.end() <= name.end()) {
        last = k;
      }
    }
    if (first < 0) {
      return false;
    }
    for (int k = Math.max(0, first - ROLE_REACH); k < first; k++) {
      if (lower(doc, tokens.get(k)).equals(role)) {
        return true;
      }
    }
    boolean apposition = last + 1 < tokens.size() && doc.text(tokens.get(last + 1).span()).equals(",");
    for (int k = last + 2; apposition && k < Math.min(tokens.size(), last + 2 + ROLE_REACH); k++) {
      String w = lower(doc, tokens.get(k));
      if (w.equals(role)) {
        return true;
      }
      if (w.equals(",") || w.equals(".")) {
        break;
      }
    }
    return false;
  }

  private Optional<String> lastOrganisation(Document doc, int before) {
    Mention best = null;
    String bestId = null;
    for (Entity e : doc.entities()) {
      if (medium.test(e.name())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.type() == EntityType.ORGANIZATION && m.span().end() <= before
            && (best == null || m.span().start() > best.span().start())) {
          best = m;
          bestId = e.id();
        }
      }
    }
    return Optional.ofNullable(bestId);
  }

  private static String lower(Document doc, Token t) {
    return doc.text(t.span()).toLowerCase(Locale.ROOT);
  }
}
