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
}
