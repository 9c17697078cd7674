package org.dateline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One language's event words: the triggers and the small closed classes the event reader needs
 * (auxiliaries, prepositions, modal and planning cues, …). Read from a text file a language pack
 * ships, with the language's {@link Inflector} for regular verbs:
 *
 * <pre>
 * auxiliaries: a ont avait est sont
 * actor-nouns: gouvernement=GOV armée=MIL
 * # triggers: verb, CAMEO code, frame, options (objects=… then=… reflexive noun)
 * rencontrer            040   OBJECT
 * fournir               072   RECIPIENT   objects=arme,missile
 * promettre|promis,promise|promet,promettent|promettant   030   RECIPIENT   objects=soutien
 * féliciter             051   OBJECT   unreflexive
 * want                  020   OBJECT   infinitive
 * </pre>
 *
 * A verb written alone is inflected; "infinitive|participles|finite forms|gerunds" lists an
 * irregular one. Triggers are tried in file order, so a verb's entries with objects come before its
 * default.
 */
public record EventLexicon(List<Trigger> triggers, Map<Words, Set<String>> words, Map<String, String> actorNouns) {

  /** The closed word classes, by their key in the lexicon file. */
  public enum Words {
    AUXILIARIES("auxiliaries"),
    /** Forms of "être"/"be" that make a participle passive: "a été tué", "was killed". */
    PASSIVE_AUXILIARIES("passive-auxiliaries"),
    DETERMINERS("determiners"),
    PREPOSITIONS("prepositions"),
    GENITIVE("genitive"),
    AGENT("agent"),
    RECIPIENT("recipient"),
    /** The preposition of what comes from someone: "received weapons from …". */
    SOURCE("source"),
    PLACE("place"),
    OBJECT_PREPOSITIONS("object-prepositions"),
    WITH("with"),
    BETWEEN("between"),
    PURPOSE("purpose"),
    COORDINATORS("coordinators"),
    INFINITIVE_MARKERS("infinitive-markers"),
    GERUND_MARKERS("gerund-markers"),
    REFLEXIVES("reflexives"),
    RELATIVES("relatives"),
    /** Relative pronouns that are the subject of their clause: "qui", "who". */
    SUBJECT_RELATIVES("subject-relatives"),
    HYPOTHETICAL("hypothetical"),
    PLANNED("planned"),
    /** Participles after an event noun that make it planned: "le déploiement … prévu pour mars". */
    PLANNED_AFTER("planned-after"),
    NEGATION_OPEN("negation-open"),
    NEGATION_CLOSE("negation-close"),
    /** Words before an event noun that call it off: "l'annulation du sommet", "the cancelled visit". */
    CANCELLED("cancelled"),
    ALLEGED("alleged"),
    PAIR_NUMBER("pair-number"),
    PAIR_NOUNS("pair-nouns"),
    SUBJECT_PRONOUNS("subject-pronouns"),
    /** Nouns of people that CAMEO gives no role: with a demonym the country acts ("a Nigerian student", "two Brazilian men"). */
    PERSON_NOUNS("person-nouns"),
    /** Nouns of a part of a place, whose "of" names what is acted on: "attacked the outskirts of Kabul". */
    PLACE_PARTS("place-parts"),
    /** Words of quantity whose "of" governs nothing: "hundreds of UN troops", "some of the rebels". */
    QUANTIFIERS("quantifiers"),
    /** What joins a collective to its place: "a court in Guyana", "leaders of Egypt", "dissidents from Myanmar". */
    OF_PLACE("of-place"),
    /** The possessive after a country that owns a collective: "Rwanda's Senate", "Syria's army". */
    POSSESSIVES("possessives"),
    /** Verbs of wanting before "to": what follows is an intent, not an act ("wants to attack" threatens). */
    INTENT("intent"),
    /** Verbs of saying before "it will"/"they would": what follows is a stated intent ("announced it would free"). */
    STATEMENT("statement"),
    /** The subjects of such a statement's clause: "it", "they". */
    STATEMENT_SUBJECTS("statement-subjects"),
    /** The future and conditional auxiliaries of a stated intent: "will", "would". */
    FUTURE("future"),
    BOUNDARIES("boundaries");

    private final String key;

    Words(String key) {
      this.key = key;
    }
  }

  public EventLexicon {
    triggers = List.copyOf(triggers);
    EnumMap<Words, Set<String>> all = new EnumMap<>(Words.class);
    for (Words w : Words.values()) {
      all.put(w, Set.copyOf(words.getOrDefault(w, Set.of())));
    }
    words = all;
    actorNouns = Map.copyOf(actorNouns);
  }

  public boolean is(Words list, String word) {
    return words.get(list).contains(word);
  }

  /** Whether a word starts with one of a list's stems ("accus" covers "accusée"). */
  public boolean startsWithAny(Words list, String word) {
    for (String stem : words.get(list)) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The GDELT role code ("GOV", "MIL") of a noun that names a country's collective actor, in the
   * singular or the plural whichever the lexicon lists ("courts" is "court", "rebel" is "rebels").
   */
  public Optional<String> actorRole(String noun) {
    String role = actorNouns.get(noun);
    if (role == null && noun.length() > 3 && (noun.endsWith("s") || noun.endsWith("x"))) {
      role = actorNouns.get(noun.substring(0, noun.length() - 1));
    }
    if (role == null) {
      role = actorNouns.get(noun + "s");
    }
    return Optional.ofNullable(role);
  }

  /** Reads a lexicon file; see the class comment for the format. */
  public static EventLexicon read(InputStream in, Inflector inflector) throws IOException {
    Objects.requireNonNull(inflector, "inflector");
    List<Trigger> triggers = new ArrayList<>();
    Map<Words, Set<String>> words = new EnumMap<>(Words.class);
    Map<String, String> actorNouns = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (!line.contains("\t")) {
        readWords(text, number, words, actorNouns);
      } else {
        triggers.add(readTrigger(text, number, inflector));
      }
    }
    return new EventLexicon(triggers, words, actorNouns);
  }

  private static void readWords(String text, int number, Map<Words, Set<String>> words, Map<String, String> actorNouns)
      throws IOException {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IOException("event lexicon line " + number + ": expected 'key: words' or a tab-separated trigger");
    }
    String key = text.substring(0, colon).strip();
    List<String> values = Arrays.stream(text.substring(colon + 1).strip().split("\\s+"))
        .filter(v -> !v.isEmpty()).map(v -> v.toLowerCase(Locale.ROOT)).toList();
    if (key.equals("actor-nouns")) {
      for (String v : values) {
        String[] pair = v.split("=", 2);
        if (pair.length != 2) {
          throw new IOException("event lexicon line " + number + ": actor noun without role: " + v);
        }
        actorNouns.putIfAbsent(pair[0], pair[1].toUpperCase(Locale.ROOT)); // the first listing wins, as for triggers
      }
      return;
    }
    Words list = Arrays.stream(Words.values()).filter(w -> w.key.equals(key)).findFirst()
        .orElseThrow(() -> new IOException("event lexicon line " + number + ": unknown word list '" + key + "'"));
    words.computeIfAbsent(list, k -> new java.util.HashSet<>()).addAll(values);
  }

  private static Trigger readTrigger(String text, int number, Inflector inflector) throws IOException {
    String[] fields = text.split("\\t+");
    if (fields.length < 3) {
      throw new IOException("event lexicon line " + number + ": a trigger needs forms, CAMEO code and frame");
    }
    String cameo = fields[1].strip();
    if (!cameo.matches("\\d{2,4}")) {
      throw new IOException("event lexicon line " + number + ": bad CAMEO code '" + cameo + "'");
    }
    Frame frame;
    try {
      frame = Frame.valueOf(fields[2].strip());
    } catch (IllegalArgumentException e) {
      throw new IOException("event lexicon line " + number + ": unknown frame '" + fields[2].strip() + "'");
    }
    boolean noun = false;
    boolean reflexive = false;
    boolean neverReflexive = false;
    boolean infinitive = false;
    List<String> objects = List.of();
    List<String> particles = List.of();
    for (int k = 3; k < fields.length; k++) {
      for (String o : fields[k].strip().split("\\s+")) {
        if (o.equals("noun")) {
          noun = true;
        } else if (o.equals("reflexive")) {
          reflexive = true;
        } else if (o.equals("unreflexive")) {
          neverReflexive = true;
        } else if (o.equals("infinitive")) {
          infinitive = true;
        } else if (o.startsWith("objects=")) {
          objects = List.of(o.substring("objects=".length()).toLowerCase(Locale.ROOT).split(","));
        } else if (o.startsWith("then=")) {
          particles = List.of(o.substring("then=".length()).toLowerCase(Locale.ROOT).split("_"));
        } else if (!o.isEmpty()) {
          throw new IOException("event lexicon line " + number + ": unknown option '" + o + "'");
        }
      }
    }
    String spec = fields[0].strip().toLowerCase(Locale.ROOT);
    Map<String, Set<VerbForm>> forms = noun ? nounForms(spec) : spec.contains("|") ? listedForms(spec) : inflector.forms(spec);
    String lemma = spec.split("[|,]")[0];
    return new Trigger(lemma, forms, particles, cameo, frame, objects, reflexive, neverReflexive, infinitive);
  }

  private static Map<String, Set<VerbForm>> nounForms(String spec) {
    Map<String, Set<VerbForm>> forms = new LinkedHashMap<>();
    for (String f : spec.split("[|,]")) {
      forms.put(f, EnumSet.of(VerbForm.NOUN));
    }
    return forms;
  }

  /** "infinitive|participles|finite forms|gerunds", each group comma-separated. */
  private static Map<String, Set<VerbForm>> listedForms(String spec) {
    VerbForm[] order = {VerbForm.INFINITIVE, VerbForm.PARTICIPLE, VerbForm.FINITE, VerbForm.GERUND};
    Map<String, Set<VerbForm>> forms = new LinkedHashMap<>();
    String[] groups = spec.split("\\|", -1);
    for (int g = 0; g < groups.length && g < order.length; g++) {
      for (String f : groups[g].split(",")) {
        if (!f.isBlank()) {
          forms.computeIfAbsent(f.strip(), k -> EnumSet.noneOf(VerbForm.class)).add(order[g]);
        }
      }
    }
    return forms;
  }
}
