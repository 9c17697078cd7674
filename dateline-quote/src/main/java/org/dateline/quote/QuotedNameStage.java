package org.dateline.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Layer;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.dateline.core.Stage;

/**
 * A name in guillemets is one name: «World Institute for North Korea Studies», «Il Giornale»,
 * «Freedom Shield». When the tagger found pieces of it, the pieces become one mention of the whole
 * name, without the marks, typed as most of its pieces were (an organisation when they disagree,
 * or when they say person: people's names are not written in guillemets); when it found none, the
 * name is one all the same, of no known type (MISC).
 */
public final class QuotedNameStage implements Stage {

  private final QuoteFinder finder = new QuoteFinder();
  private final PassageSorter names;

  public QuotedNameStage(QuoteLexicon lexicon) {
    this.names = new PassageSorter(lexicon);
  }

  @Override
  public String name() {
    return "quoted names";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.STRUCTURE, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of();
  }

  @Override
  public Document apply(Document document) {
    List<Mention> mentions = new ArrayList<>();
    document.entities().forEach(e -> mentions.addAll(e.mentions()));
    boolean changed = false;
    for (Block block : document.blocks()) {
      if (block.kind() != Block.Kind.PARAGRAPH) {
        continue;
      }
      for (QuoteFinder.Found found : finder.find(document.text(), block.span())) {
        Span name = found.content();
        if (!found.closed() || !names.isName(PassageSorter.words(document.text(), name))) {
          continue;
        }
        List<Mention> pieces = mentions.stream().filter(m -> name.contains(m.span())).toList();
        EntityType type = pieces.isEmpty() ? EntityType.MISC : typeOf(pieces);
        boolean whole = pieces.size() == 1 && pieces.get(0).span().equals(name);
        if (whole && pieces.get(0).type() == type
            || mentions.stream().anyMatch(m -> m.span().overlaps(name) && !name.contains(m.span()))) {
          continue;
        }
        mentions.removeAll(pieces);
        // a capitalised name in guillemets is a name even when the tagger saw none of it ("«Il Giornale»")
        mentions.add(new Mention(name, type));
        changed = true;
      }
    }
    return changed ? document.withEntities(regroup(document, mentions)) : document;
  }

  private static EntityType typeOf(List<Mention> pieces) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    pieces.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
    int best = votes.values().stream().max(Integer::compare).orElse(0);
    List<EntityType> top = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    // a person's name is not put in guillemets; a newspaper's, an institute's or an operation's is
    return top.size() == 1 && top.get(0) != EntityType.PERSON ? top.get(0) : EntityType.ORGANIZATION;
  }

  /** Entities again from mentions, keeping the ids, names and countries of those that survive whole. */
  private static List<Entity> regroup(Document document, List<Mention> mentions) {
    Map<Mention, Entity> owner = new LinkedHashMap<>();
    document.entities().forEach(e -> e.mentions().forEach(m -> owner.put(m, e)));
    Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    List<Mention> fresh = new ArrayList<>();
    for (Mention m : mentions) {
      Entity e = owner.get(m);
      if (e != null) {
        byEntity.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
      } else {
        fresh.add(m);
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : document.entities()) {
      List<Mention> kept = byEntity.get(e.id());
      if (kept != null) {
        out.add(new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), kept));
      }
    }
    int next = document.entities().size() + 1;
    for (Mention m : fresh) {
      String text = document.text(m.span());
      Optional<Entity> same = out.stream().filter(e -> e.type() == m.type() && e.name().equalsIgnoreCase(text)).findFirst();
      if (same.isPresent()) {
        Entity e = same.get();
        List<Mention> all = new ArrayList<>(e.mentions());
        all.add(m);
        out.set(out.indexOf(e), new Entity(e.id(), e.type(), e.name(), e.country(), e.kbId(), all));
      } else {
        out.add(new Entity("E" + next++, m.type(), text, Optional.empty(), Optional.empty(), List.of(m)));
      }
    }
    return out;
  }
}
