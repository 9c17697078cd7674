package org.dateline.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Event;

/**
 * One article often tells one event twice: "accusée d'avoir envoyé des soldats", then "a envoyé
 * l'automne dernier 10.000 soldats". Events with the same code, first actor and mood (happened,
 * did not, planned or possible) are completed from each other (a missing time or second actor),
 * then exact repeats in one sentence are told once.
 */
final class EventCoreference {

  /** Beyond this many events of one code, an article is a list, not a story told twice: left as it is. */
  private static final int MAX_COMPARED = 200;

  private EventCoreference() {}

  static List<Event> resolve(List<Event> events) {
    // only events of one code can complete each other: grouping keeps a long article's events linear
    Map<String, List<Event>> byCode = new LinkedHashMap<>();
    for (Event e : events) {
      byCode.computeIfAbsent(e.cameo(), k -> new ArrayList<>()).add(e);
    }
    List<Event> completed = new ArrayList<>();
    for (Event e : events) {
      List<Event> sameCode = byCode.get(e.cameo());
      completed.add(sameCode.size() > MAX_COMPARED ? e : complete(e, sameCode));
    }
    Map<List<Object>, Event> distinct = new LinkedHashMap<>();
    for (Event e : completed) {
      distinct.putIfAbsent(List.of(e.cameo(), key(e.actor1()), e.actor2().map(EventCoreference::key).orElse(""),
          e.factuality(), e.time().orElse(""), e.span()), e);
    }
    return List.copyOf(distinct.values());
  }

  private static Event complete(Event e, List<Event> all) {
    Optional<String> time = e.time();
    Optional<Event.Actor> actor2 = e.actor2();
    for (Event o : all) {
      if (o == e || !o.cameo().equals(e.cameo()) || realis(o) != realis(e) || !sameActor(o.actor1(), e.actor1())
          || (actor2.isPresent() && o.actor2().isPresent() && !sameActor(actor2.get(), o.actor2().get()))) {
        continue;
      }
      time = time.or(o::time);
      actor2 = actor2.or(o::actor2);
    }
    if (time.equals(e.time()) && actor2.equals(e.actor2())) {
      return e;
    }
    return new Event(e.span(), e.cameo(), e.label(), e.actor1(), actor2, e.location(), time, e.factuality(), e.sources());
  }

  /**
   * Whether an event is told as having happened (asserted, reported, alleged), as not having
   * happened, or as a plan or possibility: a planned transfer is not the transfer that took place.
   */
  private static int realis(Event e) {
    return switch (e.factuality()) {
      case ASSERTED, REPORTED, ALLEGED -> 0;
      case NEGATED -> 1;
      case PLANNED, HYPOTHETICAL -> 2;
    };
  }

  /** Same country when both have one (Tokyo and "le gouvernement japonais"), else the same entity. */
  private static boolean sameActor(Event.Actor a, Event.Actor b) {
    if (a.country().isPresent() && b.country().isPresent()) {
      return a.country().equals(b.country());
    }
    return a.entity().isPresent() && Objects.equals(a.entity(), b.entity());
  }

  private static String key(Event.Actor a) {
    return a.entity().or(a::country).orElse("");
  }
}
