package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.core.Block;
import org.dateline.core.Document;
import org.dateline.core.Entity;
import org.dateline.core.EntityType;
import org.dateline.core.Mention;
import org.dateline.core.Span;
import org.junit.jupiter.api.Test;

class QuotedNameStageTest {

  private final QuotedNameStage stage = new QuotedNameStage(new QuoteLexicon(List.of("déclar"), Set.of("selon"),
      Set.of("de", "du", "la", "le", "for"), Set.of("à")));

  /** The paragraph with the tagger's entities given as (text, type) pairs, in order of appearance. */
  private static Document tagged(String text, Object... names) {
    List<Entity> entities = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < names.length; i += 2) {
      String name = (String) names[i];
      int start = text.indexOf(name, from);
      Span span = new Span(start, start + name.length());
      entities.add(new Entity("E" + (entities.size() + 1), (EntityType) names[i + 1], name, Optional.empty(),
          Optional.empty(), List.of(new Mention(span, (EntityType) names[i + 1]))));
      from = span.end();
    }
    Block block = new Block(new Span(0, text.length()), Block.Kind.PARAGRAPH);
    return Document.of("test", text).withStructure(List.of(block), Optional.empty()).withEntities(entities);
  }

  private static List<String> entities(Document doc) {
    return doc.entities().stream().map(e -> e.name() + "/" + e.type()).toList();
  }

  @Test
  void joinsTheTaggersPiecesOfAQuotedName() {
    Document doc = stage.apply(tagged("Les exercices «Freedom Shield» ont commencé.", "Freedom", EntityType.ORGANIZATION,
        "Shield", EntityType.ORGANIZATION));
    assertThat(entities(doc)).containsExactly("Freedom Shield/ORGANIZATION");
  }

  @Test
  void namesAQuotedNameTheTaggerMissed() {
    Document doc = stage.apply(tagged("Le quotidien «Il Giornale» le rapporte."));
    assertThat(entities(doc)).containsExactly("Il Giornale/MISC");
  }

  @Test
  void takesNoQuotedNameForAPersons() {
    // guillemets go around a newspaper's, an institute's or an exercise's name, not around a person's
    Document doc = stage.apply(tagged("Les exercices «Freedom Shield» ont commencé.", "Freedom Shield",
        EntityType.PERSON));
    assertThat(entities(doc)).containsExactly("Freedom Shield/ORGANIZATION");
  }

  @Test
  void keepsAQuotedNameTheTaggerTypedWhole() {
    Document doc = stage.apply(tagged("L'institut «World Institute for Korea Studies» le dit.",
        "World Institute for Korea Studies", EntityType.ORGANIZATION));
    assertThat(entities(doc)).containsExactly("World Institute for Korea Studies/ORGANIZATION");
  }
}
