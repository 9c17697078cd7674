package org.dateline.event;

import java.util.Objects;
import java.util.Optional;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.GroupLexicon;

/**
 * Roles from the knowledge base: a capital or seat of government stands for the government (GOV), a
 * news agency or medium is media (MED), a person linked to the people index, whose sources list
 * leaders and officials, is government, and a group of the group lexicon has the rest of its CAMEO
 * code: "Hamas" (PSEREBHMS) is REBHMS of its country, the United Nations (IGOUNO), which no
 * country holds, IGOUNO.
 */
public final class KnownActorRoles implements ActorRoles {

  private final CountryLexicon countries;
  private final GroupLexicon groups;

  public KnownActorRoles(CountryLexicon countries) {
    this(countries, GroupLexicon.EMPTY);
  }

  public KnownActorRoles(CountryLexicon countries, GroupLexicon groups) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.groups = Objects.requireNonNull(groups, "groups");
  }

  @Override
  public Optional<String> roleOf(Entity entity) {
    if (entity.type() == EntityType.PERSON) {
      return entity.kbId().map(id -> "GOV");
    }
    Optional<String> group = groups.lookup(entity.name());
    if (group.isPresent()) {
      String code = group.get();
      String rest = countries.knowsCode(code.substring(0, 3)) ? code.substring(3) : code;
      return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }
    return countries.lookup(entity.name()).flatMap(e -> switch (e.kind()) {
      case CAPITAL, SEAT -> Optional.of("GOV");
      case AGENCY, MEDIA -> Optional.of("MED");
      default -> Optional.<String>empty();
    });
  }
}
