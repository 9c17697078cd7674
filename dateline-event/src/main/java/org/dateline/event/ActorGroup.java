package org.dateline.event;

import java.util.List;
import java.util.Optional;

/**
 * Actors coordinated in one phrase ("Kiev, Séoul et Washington"), tokens [start, end) of the
 * sentence, with the preposition that governs the phrase ("par"), which tells subjects from
 * complements.
 */
record ActorGroup(int start, int end, List<ActorMention> members, Optional<String> preposition, boolean quoted) {

  ActorGroup {
    members = List.copyOf(members);
  }

  ActorMention first() {
    return members.get(0);
  }

  boolean governedBy(java.util.Set<String> prepositions) {
    return preposition.isPresent() && prepositions.contains(preposition.get());
  }
}
