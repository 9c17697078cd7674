package org.dateline.event;

import org.dateline.core.Event;

/**
 * An actor named in a sentence, tokens [start, end) of the sentence: an entity, a country's
 * collective ("le gouvernement japonais"), a pronoun resolved to the previous subject.
 */
record ActorMention(int start, int end, Event.Actor actor, boolean place) {

  String key() {
    return actor.entity().or(actor::country).orElse("");
  }
}
