package org.dateline.core;

/** The entity types of the article contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  EVENT,
  MISC
}
