package org.dateline.io;

import java.util.Set;
import org.dateline.core.Diagnostic;
import org.dateline.core.Document;
import org.dateline.core.Layer;
import org.dateline.core.Stage;

/** Finds the headline, dateline, section headings and paragraphs of a plain-text article. */
public final class StructureStage implements Stage {

  private final StructureParser parser = new StructureParser();

  @Override
  public String name() {
    return "structure";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.STRUCTURE);
  }

  @Override
  public Document apply(Document document) {
    StructureParser.Structure structure = parser.parse(document.text(), document.publicationDate());
    Document result = document.withStructure(structure.blocks(), structure.dateline());
    for (String problem : structure.problems()) {
      result = result.withDiagnostic(new Diagnostic(Diagnostic.Severity.WARNING, "DATELINE_DATE",
          structure.dateline().orElseThrow().span(), problem));
    }
    return result;
  }
}
