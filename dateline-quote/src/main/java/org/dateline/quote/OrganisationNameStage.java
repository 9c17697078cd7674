package org.dateline.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
 * Organisations named anywhere, for a language without a named-entity model: capitalised words that
 * end on an organisation's head ("Canadian Pacific Railway", "Nova Scotia Health Authority"), or
 * whose head takes a complement ("Parole Board of Canada", "Centre for Addiction and Mental Health"),
 * so that "the company", "it" and the author of "the report" find them; and an acronym the article
 * spells out, wherever it stands ("IRCC" for "Immigration, Refugees and Citizenship Canada"). A place inside the name
 * ("Canada", "Nova Scotia") gives way to it; a place known by the whole name ("West Bank"), or a
 * name that holds a person or an organisation found before, is left as it is.
 */
public final class OrganisationNameStage implements Stage {

  /** The longest name taken, in words: "Department of Fisheries and Oceans Canada". */
  private static final int LONGEST = 8;
  /** What may join the capitalised words of a name: "Bank of Canada", "Johnson & Johnson". */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&");
  /** What joins a head to its complement: "Board of Canada", "Centre for Addiction". */
  private static final Set<String> COMPLEMENTS = Set.of("of", "for");

  private final NameWords words;
  private final Set<String> documentNouns;

  /**
   * @param titles words before a name that are no part of it, lower case: "sen.", "president"
   * @param notNames capitalised words that are no name, lower case: "the", "monday"
   */
  public OrganisationNameStage(Set<String> titles, Set<String> notNames) {
    this(titles, notNames, Set.of());
  }

  /**
   * @param documentNouns nouns for documents, lower case ("study", "report"): capitalised words of two
   *     or more between an article and such a noun name its author ("the Civic Action study")
   */
  public OrganisationNameStage(Set<String> titles, Set<String> notNames, Set<String> documentNouns) {
    this.words = new NameWords(titles, notNames);
    this.documentNouns = Set.copyOf(documentNouns);
  }

  @Override
  public String name() {
    return "organisation names";
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
    List<Token> tokens = document.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!words.isNameWord(document, tokens.get(i)) || continuesName(document, tokens, i)) {
        continue;
      }
      int end = runEnd(document, tokens, i);
      int head = headEnd(document, tokens, i, end);
      // "TransLink", "FedEx": a coined word alone is a brand's name, not a tag ("#VancouverIsland")
      boolean brand = end == i + 1 && OrganisationNames.coined(document.text(tokens.get(i).span()))
          && !hashtag(document, tokens.get(i));
      if (head > i + 1 || brand || authorsDocument(document, tokens, i, end) || team(document, tokens, i, end)) {
        Span span = new Span(tokens.get(i).span().start(), tokens.get(Math.max(head, end) - 1).span().end());
        if (onlyPlacesWithin(entities, span)) {
          dropPlacesWithin(entities, span);
          NameWords.addOrganisation(entities, document.text(span), span);
        }
      }
      i = end - 1;
    }
    acronyms(document, entities);
    return document.withEntities(entities);
  }

  /**
   * "IRCC did not reveal …" after "Immigration, Refugees and Citizenship Canada": an acronym the article
   * spells out is that organisation wherever it stands.
   */
  private void acronyms(Document document, List<Entity> entities) {
    BitSet named = NameWords.named(entities);
    for (Token t : document.tokens()) {
      String text = document.text(t.span());
      if (text.length() < 3 || !OrganisationNames.acronym(document, t) || !NameWords.free(named, t.span())
          || !words.isNameWord(document, t) && words.titles().contains(text.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      OrganisationNames.spelledOut(document.text(), text).ifPresent(name -> {
        NameWords.addOrganisation(entities, name, t.span());
        named.set(t.span().start(), t.span().end());
      });
    }
  }

  /** Capitalised words from i on, on one line, with connectors between ("Bank of Canada"). */
  private int runEnd(Document doc, List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && end - i < LONGEST && NameWords.sameLine(doc, tokens.get(end - 1), tokens.get(end))) {
      if (words.isNameWord(doc, tokens.get(end))) {
        end++;
      } else if (end + 1 < tokens.size() && CONNECTORS.contains(doc.text(tokens.get(end).span()))
          && words.isNameWord(doc, tokens.get(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Where the organisation's name in the run [i, end) ends: after its last word when that is a head,
   * at the run's end when a head takes a complement inside it ("Parole Board of Canada"), else i.
   */
  private static int headEnd(Document doc, List<Token> tokens, int i, int end) {
    if (NameWords.organisation(doc.text(tokens.get(end - 1).span()))) {
      return end;
    }
    // "Procter & Gamble", "Ernst & Young": names joined by an ampersand, and by nothing else, are a firm's
    List<String> run = tokens.subList(i, end).stream().map(t -> doc.text(t.span())).toList();
    if (run.contains("&") && run.stream().noneMatch(COMPLEMENTS::contains) && !run.contains("and")) {
      return end;
    }
    for (int k = i; k + 1 < end; k++) {
      if (NameWords.organisation(doc.text(tokens.get(k).span()))
          && COMPLEMENTS.contains(doc.text(tokens.get(k + 1).span()))) {
        return end;
      }
    }
    return i;
  }

  /** "the Civic Action study", "a Fraser Basin Council report": two capitalised words or more between an article and a document. */
  private boolean authorsDocument(Document doc, List<Token> tokens, int i, int end) {
    return end - i >= 2 && i > 0 && end < tokens.size()
        && NameWords.ARTICLES.contains(doc.text(tokens.get(i - 1).span()).toLowerCase(java.util.Locale.ROOT))
        && documentNouns.contains(doc.text(tokens.get(end).span()).toLowerCase(java.util.Locale.ROOT));
  }


  /**
   * "the Raptors", "the Liberals": one capitalised plural after "the" names a team or a party; a
   * people ("the Canadians") ends otherwise, and so do singulars on "-s" ("the Christmas break", "the Texas").
   */
  private static boolean team(Document doc, List<Token> tokens, int i, int end) {
    String word = doc.text(tokens.get(i).span());
    return end == i + 1 && i > 0 && doc.text(tokens.get(i - 1).span()).equals("the") && word.length() > 4
        && word.endsWith("s") && !word.endsWith("ans") && "aisu".indexOf(word.charAt(word.length() - 2)) < 0;
  }

  /** "#VancouverIsland", "@MichelleRempel": a tag, not a name. */
  private static boolean hashtag(Document doc, Token first) {
    int at = first.span().start();
    return at > 0 && "#@".indexOf(doc.text().charAt(at - 1)) >= 0;
  }

  /** Whether the word at i follows a capitalised word of the same line: it is inside a name, not at its start. */
  private boolean continuesName(Document doc, List<Token> tokens, int i) {
    return i > 0 && words.isNameWord(doc, tokens.get(i - 1)) && NameWords.sameLine(doc, tokens.get(i - 1), tokens.get(i));
  }

  private static boolean onlyPlacesWithin(List<Entity> entities, Span span) {
    // "West Bank": a place the gazetteer knows by the whole name stays a place
    if (entities.stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> m.span().equals(span)))) {
      return false;
    }
    BitSet others = new BitSet();
    entities.stream().filter(e -> e.type() != EntityType.LOCATION)
        .forEach(e -> e.mentions().forEach(m -> others.set(m.span().start(), m.span().end())));
    return NameWords.free(others, span);
  }

  /** Removes the place mentions inside the span, and each place left with none. */
  private static void dropPlacesWithin(List<Entity> entities, Span span) {
    for (int k = entities.size() - 1; k >= 0; k--) {
      Entity e = entities.get(k);
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      List<Mention> rest = e.mentions().stream().filter(m -> !span.contains(m.span())).toList();
      if (rest.isEmpty()) {
        entities.remove(k);
      } else if (rest.size() < e.mentions().size()) {
        entities.set(k, new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), rest));
      }
    }
  }
}
