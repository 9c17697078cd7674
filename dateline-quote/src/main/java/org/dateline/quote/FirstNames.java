package org.dateline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Token;

/**
 * A person the article names in full and then by the first word of the name alone: a given name in
 * feature writing ("Jordan Stewart … Jordan said"), a family name written first ("Hua Chunying … Hua
 * said"). The one-word person joins the full name when exactly one person of the article begins with
 * that word, or one of them more often than each other, and none ends with it (then it is a surname,
 * which the name stages join already). So does the one word the gazetteer took for a place ("Jordan"),
 * after the one person of that given name was named in full, when a reporting verb follows it
 * ("“…,” Jordan said"; "Jordan signed a treaty" is the country's).
 */
final class FirstNames {

  private FirstNames() {}

  /**
   * {@link #merge(List)}, and a place's one-word mentions that stand for a person's given name after
   * that person's full name, before a word the predicate takes for a reporting verb.
   */
  static List<Entity> merge(Document doc, List<Entity> entities, Predicate<String> cue) {
    List<Entity> out = merge(entities);
    for (Entity place : List.copyOf(out)) {
      List<Entity> full = place.type() != EntityType.LOCATION || place.name().indexOf(' ') >= 0 ? List.of()
          : out.stream().filter(e -> e.type() == EntityType.PERSON && e.name().startsWith(place.name() + " ")).toList();
      if (full.size() != 1) {
        continue;
      }
      Entity person = full.get(0);
      int named = person.mentions().stream().mapToInt(m -> m.span().start()).min().orElse(Integer.MAX_VALUE);
      List<Mention> moved = place.mentions().stream().filter(m -> m.span().start() > named
          && doc.text(m.span()).equals(place.name()) && beforeCue(doc, m, cue)).toList();
      if (moved.isEmpty()) {
        continue;
      }
      List<Mention> mentions = new ArrayList<>(person.mentions());
      moved.forEach(m -> mentions.add(new Mention(m.span(), EntityType.PERSON)));
      out.set(out.indexOf(person), new Entity(person.id(), person.type(), person.name(), person.country(),
          person.kbId(), mentions));
      List<Mention> rest = place.mentions().stream().filter(m -> !moved.contains(m)).toList();
      if (rest.isEmpty()) {
        out.remove(place);
      } else {
        out.set(out.indexOf(place), new Entity(place.id(), place.type(), place.name(), place.country(), place.kbId(), rest));
      }
    }
    return out;
  }

  /** Whether a reporting verb follows the mention: "“…,” Jordan said" (a place would be "in Jordan", "Jordan signed"). */
  private static boolean beforeCue(Document doc, Mention m, Predicate<String> cue) {
    for (Token t : doc.tokens()) {
      if (t.span().start() >= m.span().end()) {
        return cue.test(doc.text(t.span()).toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }


  private static Optional<Entity> mostNamed(List<Entity> people) {
    List<Entity> sorted = people.stream().sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()).toList();
    boolean alone = sorted.size() == 1 || sorted.size() > 1 && sorted.get(0).mentions().size() > sorted.get(1).mentions().size();
    return alone ? Optional.of(sorted.get(0)) : Optional.empty();
  }

  static List<Entity> merge(List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities);
    for (Entity one : entities) {
      if (one.type() != EntityType.PERSON || one.name().indexOf(' ') >= 0) {
        continue;
      }
      List<Entity> full = out.stream().filter(e -> e.type() == EntityType.PERSON && e.name().startsWith(one.name() + " "))
          .toList();
      boolean surname = out.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().endsWith(" " + one.name()));
      // "Kim Jong-un … Kim Jong-un … Kim Yong-chol … Kim said": of several, the one the article names more
      // often than each other; none when two are named as often
      Optional<Entity> most = mostNamed(full);
      if (most.isPresent() && !surname) {
        Entity to = most.get();
        List<Mention> mentions = new ArrayList<>(to.mentions());
        one.mentions().forEach(m -> mentions.add(new Mention(m.span(), EntityType.PERSON)));
        out.set(out.indexOf(to), new Entity(to.id(), to.type(), to.name(), to.country(), to.kbId(), mentions));
        out.remove(one);
      }
    }
    return out;
  }
}
