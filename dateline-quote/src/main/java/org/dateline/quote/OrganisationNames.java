package org.dateline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.dateline.core.Document;
import org.dateline.core.Token;

/**
 * Signs, without a named-entity model, that a name before a reporting verb is an organisation's: an
 * acronym ("IRCC said", "BC Hydro said": people's names are not written in capitals), and "it" or
 * "its" as the first pronoun of what it says ("Suncor said it would …", "Acme disclosed in its report").
 * An acronym the article spells out in brackets ("Export Development Canada (EDC)") takes that name.
 */
final class OrganisationNames {

  /** How far after the cue the possessive may stand: "disclosed in its", "said Monday in its statement". */
  private static final int PRONOUN_REACH = 6;
  private static final Set<String> OTHER_PRONOUNS = Set.of("he", "she", "his", "her", "they", "their", "i", "we", "our",
      "my", "it");

  private OrganisationNames() {}

  /** "IRCC", "BC", "UFCW": two to six capital letters, with no lower-case letter nor dot. */
  static boolean acronym(Document doc, Token t) {
    String text = doc.text(t.span());
    return t.kind() == Token.Kind.WORD && text.length() >= 2 && text.length() <= 6
        && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        && Character.isUpperCase(text.charAt(0));
  }

  /**
   * "TransLink", "FedEx", "WestJet": a word with a capital inside after three lower-case letters or
   * more is a coined brand, not a person's name; family names written so open on a particle ("MacLeod",
   * "VanVleet", "DeSantis").
   */
  static boolean coined(String word) {
    java.util.regex.Matcher m = COINED.matcher(word);
    return m.matches() && !NAME_PARTICLES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static final Pattern COINED = Pattern.compile("(\\p{Lu}\\p{Ll}{2,})\\p{Lu}\\p{Ll}+");
  private static final Set<String> NAME_PARTICLES = Set.of("mac", "van", "von", "den", "der", "des", "del", "dal",
      "della", "fitz", "ten", "ter");

  /** "Co.", "Inc.", "Ltd.": the legal form that may close a company's name. */
  static boolean legalSuffix(Document doc, Token t) {
    return LEGAL_SUFFIXES.contains(doc.text(t.span()).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> LEGAL_SUFFIXES = Set.of("co.", "inc.", "ltd.", "corp.", "plc", "llc", "ag", "s.a.",
      "n.v.", "co", "inc", "ltd", "corp");

  /** Whether the first pronoun within reach after the cue is "its". */
  static boolean itsFollows(Document doc, List<Token> sentence, int cue) {
    for (int k = cue + 1; k < sentence.size() && k <= cue + PRONOUN_REACH; k++) {
      String w = doc.text(sentence.get(k).span()).toLowerCase(Locale.ROOT);
      if (w.equals("its")) {
        return true;
      }
      if (OTHER_PRONOUNS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'.&-]*|,");
  private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "the", "on", "&", ",");

  /**
   * The name the article spells the acronym out with, first found: capitalised words whose initials are
   * the acronym's letters, with "and", "of" or commas between ("Immigration, Refugees and Citizenship
   * Canada" for IRCC, "Export Development Canada (EDC)").
   */
  static Optional<String> spelledOut(String text, String acronym) {
    List<MatchResult> words = WORD.matcher(text).results().toList();
    for (int i = 0; i < words.size(); i++) {
      int letter = 0;
      int last = -1;
      for (int k = i; k < words.size() && letter < acronym.length(); k++) {
        String w = words.get(k).group();
        if (Character.isUpperCase(w.charAt(0)) && w.charAt(0) == acronym.charAt(letter) && !w.equals(acronym)) {
          letter++;
          last = k;
        } else if (k == i || !CONNECTORS.contains(w)) {
          break;
        }
      }
      if (letter == acronym.length() && letter > 1) {
        return Optional.of(text.substring(words.get(i).start(), words.get(last).end()));
      }
    }
    return Optional.empty();
  }
}
