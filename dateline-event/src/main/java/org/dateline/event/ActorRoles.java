package org.dateline.event;

import java.util.Optional;
import org.dateline.core.Entity;

/**
 * The GDELT role an entity has as an actor when the knowledge base tells it: a capital or a seat
 * of government acts for the government ("Moscou", "le Kremlin" → GOV), a news agency is media.
 */
@FunctionalInterface
public interface ActorRoles {

  ActorRoles NONE = entity -> Optional.empty();

  Optional<String> roleOf(Entity entity);
}
