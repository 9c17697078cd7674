package org.dateline.event;

import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.kb.CountryLexicon;

/**
 * Roles from the knowledge base: a capital or seat of government stands for the government (GOV), a
 * news agency or medium is media (MED), and a person linked to the people index, whose sources list
 * leaders and officials, is government.
 */
public final class KnownActorRoles implements ActorRoles {

  private final CountryLexicon countries;

  public KnownActorRoles(CountryLexicon countries) {
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  @Override
  public Optional<String> roleOf(Entity entity) {
    if (entity.type() == EntityType.PERSON) {
      return entity.kbId().map(id -> "GOV");
    }
    return countries.lookup(entity.name()).flatMap(e -> switch (e.kind()) {
      case CAPITAL, SEAT -> Optional.of("GOV");
      case AGENCY, MEDIA -> Optional.of("MED");
      default -> Optional.<String>empty();
    });
  }
}
