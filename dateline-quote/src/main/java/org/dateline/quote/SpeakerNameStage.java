package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Names that stand where a speaker stands, for a language without a named-entity model: a
 * capitalised name right before a reporting verb ("…,” Sen. Ted Cruz said", "Trump told reporters")
 * or right after it ("said Hillary Clinton") is a person, with the titles before it left out. A
 * surname alone joins the person of the article whose name ends with it ("Cruz" → Ted Cruz). Names
 * an earlier stage found are left as they are.
 */
public final class SpeakerNameStage implements Stage {

  /** The longest name taken, in words: "Hillary Rodham Clinton". */
  private static final int LONGEST = 4;

  private final QuoteLexicon lexicon;
  private final Set<String> titles;
  private final NameWords words;

  /**
   * @param titles words before a name that are no part of it, lower case: "sen.", "president", "mr."
   * @param notNames capitalised words that are no name, lower case: "the", "he", "monday"
   */
  public SpeakerNameStage(QuoteLexicon lexicon, Set<String> titles, Set<String> notNames) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.titles = Set.copyOf(titles);
    this.words = new NameWords(titles, notNames);
  }

  @Override
  public String name() {
    return "speaker names";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<Entity> entities = new ArrayList<>(document.entities());
    java.util.BitSet named = NameWords.named(entities);
    Set<String> lowerCase = NameWords.lowerCaseWords(document);
    for (List<Token> sentence : document.tokensBySentence()) {
      for (int i = 0; i < sentence.size(); i++) {
        // "Article Continued Below": a capitalised cue inside a line is a title's word, no verb
        boolean capitalised = i > 0 && Character.isUpperCase(document.text(sentence.get(i).span()).codePointAt(0));
        if (!lexicon.isCue(lower(document, sentence.get(i))) || capitalised) {
          continue;
        }
        int cue = i;
        // "Somehow, the family will find a way, adds Al Basha": after a comma the name after the cue speaks
        boolean inverted = cue > 0 && document.text(sentence.get(cue - 1).span()).equals(",");
        Optional<Span> after = nameAfter(document, sentence, cue).filter(n -> free(named, n));
        // "Man charged in death": one word the article also writes in lower case is no name, though a
        // group of them speaks ("Authorities said", "Officials said")
        Optional<Span> name = (inverted && after.isPresent() ? after
            : nameBefore(document, sentence, cue).filter(n -> free(named, n)).or(() -> after))
            .filter(n -> document.text(n).endsWith("s") || !lowerCase.contains(document.text(n).toLowerCase(Locale.ROOT)));
        Optional<Span> acronym = inverted ? Optional.empty() : acronymBefore(document, sentence, cue).filter(n -> free(named, n));
        if (name.isEmpty() && acronym.isPresent()) {
          NameWords.addOrganisation(entities, OrganisationNames.spelledOut(document.text(), document.text(acronym.get()))
              .orElse(document.text(acronym.get())), acronym.get());
          named.set(acronym.get().start(), acronym.get().end());
        } else if (name.isPresent()) {
          Span span = withAcronym(document, sentence, name.get());
          if (span.start() < name.get().start() || OrganisationNames.itsFollows(document, sentence, cue)) {
            NameWords.addOrganisation(entities, document.text(span), span);
          } else {
            add(document, entities, span);
          }
          named.set(span.start(), span.end());
        }
      }
    }
    fullNames(document, entities, named);
    return document.withEntities(FirstNames.merge(document, entities, lexicon::isCue));
  }

  /** The longest name an organisation takes: "Samsung Electronics Co." for "Samsung". */
  private static final int LONGEST_ORGANISATION = 4;

  /**
   * An organisation found by one word ("Suncor said … its") that the article also writes with more
   * capitalised words ("Suncor Energy as …") takes that fuller name, its mention added.
   */
  private void fullNames(Document document, List<Entity> entities, java.util.BitSet named) {
    List<Token> tokens = document.tokens();
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.type() != EntityType.ORGANIZATION || e.name().indexOf(' ') >= 0 || e.kbId().isPresent()) {
        continue;
      }
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!document.text(tokens.get(i).span()).equals(e.name())) {
          continue;
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < LONGEST_ORGANISATION && NameWords.sameLine(document, tokens.get(end - 1),
            tokens.get(end)) && (isNameWord(document, tokens.get(end)) || OrganisationNames.legalSuffix(document, tokens.get(end)))) {
          end++;
        }
        Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
        if (end > i + 1 && free(named, span)) {
          List<Mention> mentions = new ArrayList<>(e.mentions());
          mentions.add(new Mention(span, EntityType.ORGANIZATION));
          e = new Entity(e.id(), e.type(), document.text(span), e.country(), e.kbId(), mentions);
          entities.set(k, e);
          named.set(span.start(), span.end());
          break;
        }
      }
    }
  }

  private static boolean free(java.util.BitSet named, Span span) {
    return NameWords.free(named, span);
  }

  /** How long an apposition between a name and its cue may be: "Jane Roe, a spokeswoman for the ministry, said". */
  private static final int APPOSITION = 24;

  /** "Trump said", "Sen. Ted Cruz told", "… Hillary Clinton has said", "Jane Roe, a spokeswoman, said". */
  private Optional<Span> nameBefore(Document doc, List<Token> tokens, int cue) {
    int end = cue;
    if (end > 0 && AUXILIARIES.contains(lower(doc, tokens.get(end - 1)))) {
      end--;
    }
    if (end > 1 && doc.text(tokens.get(end - 1).span()).equals(",")) {
      for (int k = end - 2; k > 0 && k >= end - APPOSITION; k--) {
        if (doc.text(tokens.get(k).span()).equals(",")) {
          end = k; // the name stands before the apposition's opening comma
          break;
        }
      }
    }
    int start = end;
    while (start > 0 && end - start < LONGEST && isNameWord(doc, tokens.get(start - 1))) {
      start--;
    }
    return start < end ? Optional.of(new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end()))
        : Optional.empty();
  }

  private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "also", "later", "then");

  /** "IRCC said", "the PBO has said": an acronym right before the cue. */
  private static Optional<Span> acronymBefore(Document doc, List<Token> tokens, int cue) {
    int k = cue - 1;
    if (k > 0 && AUXILIARIES.contains(lower(doc, tokens.get(k)))) {
      k--;
    }
    return k >= 0 && OrganisationNames.acronym(doc, tokens.get(k)) ? Optional.of(tokens.get(k).span()) : Optional.empty();
  }

  /** "BC Hydro", "TD Bank": the name with the acronym that opens it; people's names open on no acronym. */
  private Span withAcronym(Document doc, List<Token> tokens, Span name) {
    for (int k = 1; k < tokens.size(); k++) {
      if (tokens.get(k).span().start() == name.start()) {
        Token before = tokens.get(k - 1);
        String between = doc.text().substring(before.span().end(), name.start());
        // "MP Charlie Angus", "CEO Jane Roe": a title in capitals is no organisation's
        boolean opens = OrganisationNames.acronym(doc, before) && !titles.contains(lower(doc, before));
        return opens && between.isBlank() && between.indexOf('\n') < 0 ? new Span(before.span().start(), name.end()) : name;
      }
    }
    return name;
  }

  /**
   * "said Hillary Clinton", "said Sen. Ted Cruz", "according to Dr. Keith Ahamad", and the person
   * after an organisation and a role: "said Oilers head coach Ken Hitchcock", or its possessive:
   * "said the IFSD’s Azfar Ali Khan".
   */
  private Optional<Span> nameAfter(Document doc, List<Token> tokens, int cue) {
    int start = cue + 1;
    if (start < tokens.size() && lower(doc, tokens.get(cue)).equals("according") && lower(doc, tokens.get(start)).equals("to")) {
      start++;
    }
    start = pastPossessor(doc, tokens, start);
    Optional<Span> name = Optional.empty();
    for (int run = 0; run < 2 && start < tokens.size(); run++) {
      while (start < tokens.size() && titles.contains(lower(doc, tokens.get(start)))) {
        start++;
      }
      int end = start;
      while (end < tokens.size() && end - start < LONGEST && isNameWord(doc, tokens.get(end))) {
        end++;
      }
      if (start == end) {
        break;
      }
      name = Optional.of(new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end()));
      int next = end;
      while (next < tokens.size() && titles.contains(lower(doc, tokens.get(next)))) {
        next++;
      }
      if (next == end) {
        break; // no role after this name: it is the speaker
      }
      start = next;
    }
    return name;
  }

  private boolean isNameWord(Document doc, Token t) {
    return words.isNameWord(doc, t);
  }

  /** "said the IFSD’s Azfar Ali Khan": past an organisation's name and its possessive, where the person's name opens. */
  private int pastPossessor(Document doc, List<Token> tokens, int start) {
    int from = start < tokens.size() && lower(doc, tokens.get(start)).equals("the") ? start + 1 : start;
    int end = from;
    while (end < tokens.size() && end - from < LONGEST
        && (isNameWord(doc, tokens.get(end)) || OrganisationNames.acronym(doc, tokens.get(end)))) {
      end++;
    }
    boolean possessive = end > from && end + 1 < tokens.size()
        && Set.of("'s", "’s").contains(doc.text(tokens.get(end).span()));
    return possessive ? end + 1 : start;
  }

  /** Joins a person of the article whose name ends with this surname, else makes a new one. */
  private static void add(Document doc, List<Entity> entities, Span span) {
    String name = doc.text(span);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().equals(name))) {
      NameWords.addOrganisation(entities, name, span);
      return;
    }
    for (int k = 0; k < entities.size(); k++) {
      Entity e = entities.get(k);
      if (e.type() == EntityType.PERSON && (e.name().equals(name) || e.name().endsWith(" " + last))) {
        NameWords.addMention(entities, k, span);
        return;
      }
    }
    // "Nova Scotia Health Authority says": an institution speaks
    NameWords.add(entities, NameWords.organisation(name) ? EntityType.ORGANIZATION : EntityType.PERSON, name, span);
  }

  private static String lower(Document doc, Token t) {
    return doc.text(t.span()).toLowerCase(Locale.ROOT);
  }
}
