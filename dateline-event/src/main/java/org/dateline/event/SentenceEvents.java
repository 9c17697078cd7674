package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.core.Claim;
import org.dateline.core.Document;
import org.dateline.core.Event;
import org.dateline.core.Event.Factuality;
import org.dateline.core.Span;
import org.dateline.core.TimeExpression;
import org.dateline.core.Token;
import org.dateline.event.EventLexicon.Words;

/**
 * Reads the events of one sentence from its triggers and actor groups. Each trigger owns the
 * stretch of the sentence up to the next trigger (its conjunct): its second actor, location, time
 * and factuality cues are looked for there. Its first actor is the agent of a passive ("accusée
 * par Kiev"), the shared subject of a coordinated verb ("… et a menacé"), the genitive or "entre"
 * complement of an event noun ("la visite de Kim", "la rencontre entre X et Y"), else the nearest
 * actor before it that no preposition governs.
 */
final class SentenceEvents {

  /** How far after its verb a bare object may start, in tokens: "a mis en garde le Japon". */
  private static final int OBJECT_REACH = 4;
  /** … and one a preposition introduces: "a menacé de prendre des mesures drastiques contre les États-Unis". */
  private static final int PREPOSITION_REACH = 10;

  private final EventLexicon lexicon;
  private final CameoCodebook codebook;
  private final Document doc;
  private final Span sentence;
  private final List<Token> tokens;
  private final List<String> words;
  private final List<ActorGroup> groups;
  private final Optional<String> anchor;
  private final Intents intents;

  SentenceEvents(EventLexicon lexicon, CameoCodebook codebook, Document doc, Span sentence, List<Token> tokens,
      List<String> words, List<ActorGroup> groups, Optional<String> anchor) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.doc = doc;
    this.sentence = sentence;
    this.tokens = tokens;
    this.words = words;
    this.groups = groups;
    this.anchor = anchor;
    this.intents = new Intents(lexicon, words);
  }

  List<Event> read(List<TriggerMatch> triggers) {
    List<Event> events = new ArrayList<>();
    Event previous = null;
    for (int j = 0; j < triggers.size(); j++) {
      TriggerMatch m = triggers.get(j);
      if (previous != null && j > 0 && intents.appealContent(triggers.get(j - 1), m, groups)) {
        continue; // "urged Israel to withdraw": what the appeal asks for has not happened
      }
      int from = j > 0 ? triggers.get(j - 1).end() : 0;
      int to = j + 1 < triggers.size() ? triggers.get(j + 1).start() : words.size();
      List<Event> read = read(m, from, to, coordinated(m, from) ? previous : null);
      if (!read.isEmpty()) {
        events.addAll(read);
        previous = read.get(0);
      }
    }
    return events;
  }

  /** The first subject of the sentence, which a pronoun opening the next sentence continues. */
  Optional<Event.Actor> subject(List<Event> events) {
    if (!events.isEmpty()) {
      return Optional.of(events.get(0).actor1());
    }
    return groups.stream().filter(g -> g.preposition().isEmpty() && !g.quoted() && !g.first().place())
        .map(g -> g.first().actor()).findFirst();
  }

  /**
   * The events a trigger states: one per actor of a coordinated subject and per actor of a
   * coordinated object ("Kiev, Séoul et Washington accusent …"), both ways for a symmetric action
   * of several subjects ("X et Y ont discuté").
   */
  private List<Event> read(TriggerMatch m, int from, int to, Event coordinatedWith) {
    Frame frame = m.trigger().frame();
    boolean passive = !m.isNoun() && m.forms().contains(VerbForm.PARTICIPLE) && !m.trigger().reflexive()
        && (agentAt(m.end()) >= 0 || passiveAuxiliaryBefore(m.start()));
    ActorGroup subject = null;
    if (m.isNoun()) {
      subject = nounAgent(m, to);
    } else if (passive) {
      subject = agentOfPassive(m.end(), Math.min(to, m.end() + 6)); // "a été tué par balles" names no actor
    } else if (coordinatedWith == null) {
      subject = nearestSubject(m.start());
    }
    List<Event.Actor> firsts = subject != null ? actors(subject)
        : coordinatedWith != null && !passive ? List.of(coordinatedWith.actor1()) : List.of();
    if (firsts.isEmpty()) {
      return List.of();
    }
    ActorGroup actor1Group = subject;
    boolean together = (frame == Frame.SYMMETRIC || frame == Frame.WITH) && firsts.size() > 1;
    Optional<ActorGroup> found = together ? Optional.empty() : switch (frame) {
      // the object is the verb's own: a bare noun phrase right after it, or one "contre"/"against" introduces
      // a passive's patient is its subject; a participle after a noun ("victims killed by …") has that noun
      // "evidence against Russia was presented by …": the object noun's complement is the patient
      case OBJECT -> passive ? (passiveAuxiliaryBefore(m.start())
          ? Optional.ofNullable(nearestSubject(m.start())).or(() -> objectComplementBefore(m.start()))
          : groups.stream().filter(g -> g.end() == m.start() && g.preposition().isEmpty()).findFirst())
          : m.trigger().objectThenInfinitive()
          ? firstAfter(m.end(), to, actor1Group, g -> g.preposition().isEmpty() && g.start() - m.end() <= OBJECT_REACH
              && g.end() < words.size() && lexicon.is(Words.INFINITIVE_MARKERS, words.get(g.end())))
          : firstAfter(m.end(), to, actor1Group, g -> (g.preposition().isEmpty() && g.start() - m.end() <= OBJECT_REACH)
              || (g.governedBy(lexicon.words().get(Words.OBJECT_PREPOSITIONS)) && g.start() - m.end() <= PREPOSITION_REACH)
              || (partOf(g) && g.start() - m.end() <= OBJECT_REACH + 2));
      case RECIPIENT -> firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.RECIPIENT)));
      // "visited Kenya", "travelled to Kenya"
      case VISIT -> firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.PLACE))
          || (g.preposition().isEmpty() && g.first().place() && g.start() - m.end() <= 1));
      case SYMMETRIC -> firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.WITH))
          || g.preposition().isEmpty()); // "X met with Y", "X a rencontré Y"
      case WITH -> firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.WITH)));
      case SOURCE, LEAVE -> firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.SOURCE)));
      case NONE -> Optional.empty();
    };
    // "a déployé des missiles en Biélorussie": with no one to give to, the place sent to is the second actor and the location
    Optional<ActorGroup> sentTo = frame == Frame.RECIPIENT && found.isEmpty() && material(m.trigger().cameo())
        ? firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.PLACE)))
        : Optional.empty();
    Optional<ActorGroup> second = found.or(() -> sentTo);
    List<Event.Actor> seconds = together ? firsts : second.map(SentenceEvents::actors).orElse(List.of());
    if (seconds.isEmpty() && coordinatedWith != null && frame != Frame.NONE && frame != Frame.SYMMETRIC
        && frame != Frame.WITH) {
      seconds = coordinatedWith.actor2().stream().toList();
    }
    if (frame == Frame.SOURCE) { // the giver acts on the one who receives
      List<Event.Actor> receivers = firsts;
      firsts = seconds;
      seconds = receivers;
    }
    // where it happened: the place visited, else a place after the trigger that is not the recipient ("céder à Moscou")
    Optional<ActorGroup> recipient = second;
    Optional<String> location = (frame == Frame.VISIT ? second : sentTo).map(ActorGroup::first).filter(ActorMention::place)
        .or(() -> firstAfter(m.end(), to, actor1Group, g -> g.governedBy(lexicon.words().get(Words.PLACE))
            && g.first().place() && !recipient.equals(Optional.of(g))).map(ActorGroup::first))
        .flatMap(a -> a.actor().entity());
    Span trigger = span(m.start(), m.end());
    // only what someone said makes an event reported: a stance ("Peru wants to attack") is the actor's own
    Optional<Claim> claim = doc.claims().stream()
        .filter(c -> c.kind() == Claim.Kind.SPEECH && c.span().contains(trigger)).findFirst();
    String code = intents.code(m, m.trigger().cameo());
    // a stated intent or refusal is itself what happened: its modal and negation are part of it
    Factuality factuality = code.equals(m.trigger().cameo()) ? factuality(m, from, to, claim) : reported(claim);
    List<String> sources = claim.map(Claim::sources).orElse(List.of());
    Optional<String> time = time(m, from, to)
        .or(() -> factuality == Factuality.ASSERTED || factuality == Factuality.REPORTED ? anchor : Optional.empty());
    String label = codebook.label(code).orElse(code);
    List<Event> events = new ArrayList<>();
    for (Event.Actor actor1 : firsts) {
      List<Event.Actor> targets = seconds.stream().filter(b -> !same(actor1, b)).toList();
      // whether the act needs someone acted upon is the act's, even when only its intent is coded
      boolean alone = frame == Frame.NONE || (frame == Frame.RECIPIENT && material(m.trigger().cameo()));
      if (targets.isEmpty() && !alone) {
        continue; // "a refusé de …", "ont discuté", "a promis de …": no one acted upon, nothing to code
      }
      for (Optional<Event.Actor> actor2 : targets.isEmpty() ? List.of(Optional.<Event.Actor>empty())
          : targets.stream().map(Optional::of).toList()) {
        events.add(new Event(sentence, code, label, actor1, actor2, location, time, factuality, sources));
      }
    }
    if (factuality == Factuality.ALLEGED && Integer.parseInt(code.substring(0, 2)) >= MATERIAL_CONFLICT) {
      events.addAll(accusations(claim.get(), events, time));
    }
    return events;
  }

  /** The first root code of material conflict (CAMEO's quad class 4: protest, force posture, … fight). */
  private static final int MATERIAL_CONFLICT = 14;

  /**
   * To allege that someone attacked is to accuse them (CAMEO 112): "The US claimed that ISIL had
   * attacked Iraq" is also the US accusing ISIL, when the claim's source is an actor of the sentence.
   */
  private List<Event> accusations(Claim claim, List<Event> alleged, Optional<String> time) {
    Optional<Event.Actor> source = groups.stream().flatMap(g -> g.members().stream()).map(ActorMention::actor)
        .filter(a -> a.entity().isPresent() && claim.sources().contains(a.entity().get())).findFirst();
    if (source.isEmpty()) {
      return List.of();
    }
    String label = codebook.label(ACCUSE).orElse(ACCUSE);
    return alleged.stream().map(Event::actor1).filter(a -> !same(a, source.get())).distinct()
        .map(a -> new Event(sentence, ACCUSE, label, source.get(), Optional.of(a), Optional.empty(), time,
            Factuality.ASSERTED, claim.sources()))
        .toList();
  }

  private static final String ACCUSE = "112";

  /** Aid, force and deployments go somewhere; a promise or a commitment made "in" a country does not go to it. */
  private static boolean material(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    return (root >= 6 && root <= 8) || root >= 14;
  }

  private static List<Event.Actor> actors(ActorGroup group) {
    return group.members().stream().map(ActorMention::actor).toList();
  }

  private static boolean same(Event.Actor a, Event.Actor b) {
    if (a.entity().isPresent() && b.entity().isPresent()) {
      return a.entity().equals(b.entity());
    }
    // "Georgian demonstrators … the Georgian government": one country, two actors
    return a.entity().isEmpty() && b.entity().isEmpty() && a.country().equals(b.country()) && a.role().equals(b.role());
  }

  /** Whether a coordinator joins this trigger to the previous one with no subject of its own between ("… et a menacé"). */
  private boolean coordinated(TriggerMatch m, int from) {
    if (from == 0) {
      return false;
    }
    for (int k = m.start() - 1; k >= Math.max(from, m.start() - 4); k--) {
      int coordinator = k;
      if (lexicon.is(Words.COORDINATORS, words.get(k))
          && groups.stream().noneMatch(g -> g.start() <= coordinator && coordinator < g.end())) {
        return groups.stream().noneMatch(g -> g.start() > coordinator && g.start() < m.start());
      }
    }
    return false;
  }

  /** A place a part of which is named: "a government-held part of Syria's second city", "the outskirts of Kabul". */
  private boolean partOf(ActorGroup g) {
    return g.governedBy(lexicon.words().get(Words.GENITIVE)) && g.start() >= 2
        && lexicon.is(Words.PLACE_PARTS, words.get(g.start() - 2));
  }

  /** The actor an object preposition governs nearest before a token: "evidence against Russia was presented". */
  private Optional<ActorGroup> objectComplementBefore(int before) {
    return groups.stream().filter(g -> g.end() <= before && g.governedBy(lexicon.words().get(Words.OBJECT_PREPOSITIONS)))
        .reduce((a, b) -> b);
  }

  /** The nearest actor before a token that no preposition governs and no direct quote holds. */
  private ActorGroup nearestSubject(int before) {
    int relative = relativeBefore(before);
    int colon = words.subList(0, before).lastIndexOf(":"); // "France : un homme menace…": a heading's topic is no subject
    for (int k = groups.size() - 1; k >= 0; k--) {
      ActorGroup g = groups.get(k);
      if (g.end() <= before && g.start() > colon && g.preposition().isEmpty() && !g.quoted()) {
        // "les ouvriers, qui continuent de manifester": a relative's subject is what "qui" follows
        boolean antecedent = relative < 0 || g.end() > relative || antecedentOf(g, relative);
        return antecedent ? g : null;
      }
    }
    return null;
  }

  /** The subject relative pronoun ("qui", "who") nearest before a token, or -1. */
  private int relativeBefore(int before) {
    for (int k = before - 1; k >= 0; k--) {
      if (lexicon.is(Words.SUBJECT_RELATIVES, words.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a group stands right before the relative pronoun, a comma apart at most. */
  private boolean antecedentOf(ActorGroup g, int relative) {
    int k = relative - 1;
    if (k >= 0 && words.get(k).equals(",")) {
      k--;
    }
    return g.end() == k + 1;
  }

  /** Who does what an event noun names: "la visite de Kim", "la rencontre entre X et Y", "… prévu par Tokyo". */
  private ActorGroup nounAgent(TriggerMatch m, int to) {
    for (ActorGroup g : groups) {
      if (g.start() >= m.end() && g.start() <= m.end() + 2
          && (g.governedBy(lexicon.words().get(Words.GENITIVE)) || g.governedBy(lexicon.words().get(Words.BETWEEN)))) {
        return g;
      }
    }
    // "le déploiement de missiles … (une parenthèse) prévu par les plans de Tokyo": a parenthesis does not count
    int agent = agentAt(m.end());
    int depth = 0;
    int counted = 0;
    for (int k = m.end(); agent < 0 && k < to && counted <= PREPOSITION_REACH; k++) {
      String w = words.get(k);
      depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
      counted += depth == 0 && !w.equals(")") ? 1 : 0;
      if (depth == 0 && lexicon.is(Words.AGENT, w)) {
        agent = k;
      }
    }
    return agent < 0 ? null : groupAfterAgent(agent, to);
  }

  private boolean passiveAuxiliaryBefore(int start) {
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (lexicon.is(Words.PASSIVE_AUXILIARIES, words.get(k))) {
        return true;
      }
    }
    return false;
  }

  private int agentAt(int end) {
    for (int k = end; k < Math.min(words.size(), end + 2); k++) {
      if (lexicon.is(Words.AGENT, words.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /** The actors after the agent preposition ("par les plans de Tokyo"): the first group within four words of it. */
  /** The agent of a passive verb, right after "par"/"by" and its determiners: "accusée par Kiev", not "tué par balle à Ankara". */
  private ActorGroup agentOfPassive(int from, int to) {
    int agent = from;
    while (agent < to && !lexicon.is(Words.AGENT, words.get(agent))) {
      agent++;
    }
    int next = agent + 1;
    while (next < to && lexicon.is(Words.DETERMINERS, words.get(next))) {
      next++;
    }
    for (ActorGroup g : groups) {
      if (g.start() == next && next < to) {
        return g;
      }
    }
    return null;
  }

  private ActorGroup groupAfterAgent(int from, int to) {
    int agent = from;
    while (agent < to && !lexicon.is(Words.AGENT, words.get(agent))) {
      agent++;
    }
    for (ActorGroup g : groups) {
      if (g.start() > agent && g.start() <= agent + 4 && g.start() < to) {
        return g;
      }
    }
    return null;
  }

  private Optional<ActorGroup> firstAfter(int from, int to, ActorGroup exclude, Predicate<ActorGroup> test) {
    for (ActorGroup g : groups) {
      if (g != exclude && !g.quoted() && g.start() >= from && g.start() < to && test.test(g)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private Factuality factuality(TriggerMatch m, int from, int to, Optional<Claim> claim) {
    if (negated(m)) {
      return Factuality.NEGATED;
    }
    List<String> before = clauseBefore(m, from);
    List<String> after = m.isNoun() ? words.subList(m.end(), to) : List.of();
    if (m.isNoun() && words.subList(Math.max(from, m.start() - 3), m.start()).stream()
        .anyMatch(w -> lexicon.is(Words.CANCELLED, w))) {
      return Factuality.NEGATED; // "l'annulation du sommet"
    }
    if (before.stream().anyMatch(w -> lexicon.is(Words.HYPOTHETICAL, w))) {
      return Factuality.HYPOTHETICAL;
    }
    if (before.stream().anyMatch(w -> lexicon.is(Words.PLANNED, w))
        || after.stream().anyMatch(w -> lexicon.is(Words.PLANNED_AFTER, w))) {
      return Factuality.PLANNED;
    }
    return reported(claim);
  }

  /** What the article does with an event it neither negates nor qualifies: asserts it, or reports or alleges a claim. */
  private Factuality reported(Optional<Claim> claim) {
    if (claim.isPresent()) {
      String cue = claim.get().cue().toLowerCase(java.util.Locale.ROOT);
      return lexicon.startsWithAny(Words.ALLEGED, cue) ? Factuality.ALLEGED : Factuality.REPORTED;
    }
    return Factuality.ASSERTED;
  }

  /**
   * The words before a trigger that can bear on it: back to the previous trigger, and not across a
   * relative or complementizer ("la Russie entend respecter le partenariat que les deux pays ont
   * signé") except for the word that governs it ("il n'est pas exclu que …").
   */
  private List<String> clauseBefore(TriggerMatch m, int from) {
    for (int k = m.start() - 1; k >= from; k--) {
      if (lexicon.is(Words.RELATIVES, words.get(k))) {
        List<String> clause = new ArrayList<>(words.subList(k + 1, m.start()));
        if (k > 0) {
          clause.add(words.get(k - 1));
        }
        return clause;
      }
    }
    return words.subList(from, m.start());
  }

  /** "n'a pas rencontré", "ne rencontrera jamais", "did not meet". */
  private boolean negated(TriggerMatch m) {
    Set<String> open = lexicon.words().get(Words.NEGATION_OPEN);
    int from = Math.max(0, m.start() - 6); // "n'avait aucune intention d'attaquer"
    boolean opened = open.isEmpty();
    for (int k = from; k < Math.min(words.size(), m.end() + 1); k++) {
      String w = words.get(k);
      opened |= open.contains(w);
      if (opened && lexicon.is(Words.NEGATION_CLOSE, w) && (k < m.start() || !open.isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** A date or time the trigger's conjunct states, the nearest to the trigger. */
  private Optional<String> time(TriggerMatch m, int from, int to) {
    Span conjunct = span(from, to);
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    int at = tokens.get(m.start()).span().start();
    for (TimeExpression t : doc.times()) {
      boolean point = t.type() == TimeExpression.Type.DATE || t.type() == TimeExpression.Type.TIME;
      if (point && t.value().isPresent() && conjunct != null && conjunct.contains(t.span())) {
        int distance = Math.abs(t.span().start() - at);
        if (distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best).flatMap(TimeExpression::value);
  }

  private Span span(int from, int to) {
    if (from >= to || from >= tokens.size()) {
      return null;
    }
    return new Span(tokens.get(from).span().start(), tokens.get(Math.min(to, tokens.size()) - 1).span().end());
  }
}
