package org.dateline.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;

/**
 * A person the article names in full and then by the first word of the name alone: a given name in
 * feature writing ("Jordan Stewart … Jordan said"), a family name written first ("Hua Chunying … Hua
 * said"). The one-word person joins the full name when exactly one person of the article begins with
 * that word, or one of them more often than each other, and none ends with it (then it is a surname,
 * which the name stages join already).
 */
final class FirstNames {

  private FirstNames() {}

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
