package org.dateline.io;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as a GDELT 2.0 event-table row needs it, whether it comes from an analyzed document or
 * from an article stored in the knowledge base.
 *
 * @param root whether the headline or the lead paragraph tells it (GDELT's IsRootEvent)
 * @param day the event's own day when the text gives one, else the article's
 * @param added the article's date (DATEADDED)
 */
public record GdeltEvent(long id, Optional<LocalDate> day, Actor actor1, Optional<Actor> actor2, boolean root,
    String cameo, Optional<Place> location, Optional<LocalDate> added, String source) {

  /** An actor: its GDELT code ("RUSGOV"), its name, country and role, each possibly unknown. */
  public record Actor(String code, String name, Optional<String> country, Optional<String> role) {}

  /** Where it happened: a name, a country, a knowledge-base id. */
  public record Place(String name, Optional<String> country, Optional<String> kbId) {}

  public GdeltEvent {
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(source, "source");
  }
}
