package org.dateline.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who or what an article is about: all the mentions that refer to one thing, with its canonical
 * name, the ISO 3166-1 alpha-3 country it belongs to and its knowledge-base id when known.
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    Optional<String> country,
    Optional<String> kbId,
    List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kbId, "kbId");
    mentions = Layers.sorted(mentions);
  }

  /** The id after the highest "E<number>" among these entities: "E1" for none. */
  public static String nextId(List<Entity> entities) {
    int max = 0;
    for (Entity e : entities) {
      String id = e.id();
      if (id.length() > 1 && id.length() < 10 && id.charAt(0) == 'E' && id.substring(1).chars().allMatch(Character::isDigit)) {
        max = Math.max(max, Integer.parseInt(id.substring(1)));
      }
    }
    return "E" + (max + 1);
  }
}
