package org.dateline.event;

/** What an inflected form of a trigger verb is, which decides whether it can state an event on its own. */
public enum VerbForm {
  /** "rencontrer", "meet": an event only when a modal, a plan or "de" governs it, never after "pour". */
  INFINITIVE,
  /** "rencontré", "met": an event after an auxiliary, or passive with an agent ("testé par X"). */
  PARTICIPLE,
  /** "rencontrant", "meeting": an event after "en" or an auxiliary; a noun after a determiner. */
  GERUND,
  /** "rencontre", "meets": an event unless a determiner makes it a noun. */
  FINITE,
  /** An event noun: "visite", "déploiement", "visit". */
  NOUN
}
