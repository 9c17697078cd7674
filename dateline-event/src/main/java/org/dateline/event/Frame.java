package org.dateline.event;

/** How a trigger finds its second actor, the one acted upon or with. */
public enum Frame {
  /** The first actor after the verb that "de"/"of" does not introduce: "a rencontré Kim", "threatened Japan". */
  OBJECT,
  /** The actor after a preposition of giving: "a fourni des armes à Moscou", "sent troops to Russia". */
  RECIPIENT,
  /**
   * The place gone to, whose country is the second actor and which is the location: "s'est rendu
   * en Corée du Nord", "visited Kenya" (a place right after the verb).
   */
  VISIT,
  /**
   * The other member of a coordinated subject, else the actor after "avec"/"with" or the direct
   * object: "X et Y ont discuté", "X met with Y", "X a rencontré Y".
   */
  SYMMETRIC,
  /**
   * As {@link #SYMMETRIC}, but the direct object is a topic, not a party: "discussed the crisis
   * with Y", "negotiated a deal with Y"; only "with" brings the other party.
   */
  WITH,
  /**
   * The actor after "from" acts on the subject, the converse of giving: "received weapons from Y"
   * is Y's giving weapons to the subject.
   */
  SOURCE,
  /** The place or side left, after "from": "troops withdrew from the Syrian side". */
  LEAVE,
  /** No second actor: "a testé des missiles". */
  NONE
}
