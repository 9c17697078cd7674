package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;

/**
 * A person the article names in full and then by the first word of the name alone: a given name in
 * feature writing ("Jordan Stewart … Jordan said"), a family name written first ("Hua Chunying … Hua
 * said"). The one-word person joins the full name when exactly one person of the article begins with
 * that word and none ends with it (then it is a surname, which the name stages join already).
 */
final class FirstNames {

  private FirstNames() {}

  static List<Entity> merge(List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities);
    for (Entity one : entities) {
      if (one.type() != EntityType.PERSON || one.name().indexOf(' ') >= 0) {
        continue;
      }
      List<Entity> full = out.stream().filter(e -> e.type() == EntityType.PERSON && e.name().startsWith(one.name() + " "))
          .toList();
      boolean surname = out.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().endsWith(" " + one.name()));
      if (full.size() == 1 && !surname) {
        Entity to = full.get(0);
        List<Mention> mentions = new ArrayList<>(to.mentions());
        one.mentions().forEach(m -> mentions.add(new Mention(m.span(), EntityType.PERSON)));
        out.set(out.indexOf(to), new Entity(to.id(), to.type(), to.name(), to.country(), to.kbId(), mentions));
        out.remove(one);
      }
    }
    return out;
  }
}
