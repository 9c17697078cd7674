package org.dateline.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stages run in order. {@link Builder#build()} checks once that each stage's requirements are
 * produced by an earlier stage (or are given on input), so a misassembled pipeline fails when it is
 * built, with a message naming the stage, the missing layer and what usually produces it.
 * Immutable and thread-safe when its stages are.
 */
public final class Pipeline {

  private final List<Stage> stages;
  private final Set<Layer> given;

  private Pipeline(List<Stage> stages, Set<Layer> given) {
    this.stages = List.copyOf(stages);
    this.given = Set.copyOf(given);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The layers a document that went through this pipeline has. */
  public Set<Layer> produces() {
    Set<Layer> all = EnumSet.noneOf(Layer.class);
    all.addAll(given);
    stages.forEach(s -> all.addAll(s.produces()));
    return all;
  }

  /**
   * Runs every stage. The document must have the layers this pipeline was built to expect on input.
   */
  public Document apply(Document document) {
    Objects.requireNonNull(document, "document");
    Set<Layer> missing = EnumSet.noneOf(Layer.class);
    missing.addAll(given);
    missing.removeAll(document.layers());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "document " + document.source() + " lacks the input layers " + missing
              + " this pipeline was built to expect");
    }
    Document current = document;
    for (Stage stage : stages) {
      current = stage.apply(current).withLayers(stage.produces());
    }
    return current;
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final Set<Layer> given = EnumSet.noneOf(Layer.class);

    private Builder() {}

    /** Declares layers that documents already have when they enter the pipeline. */
    public Builder given(Layer... layers) {
      given.addAll(List.of(layers));
      return this;
    }

    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    public Pipeline build() {
      Set<Layer> available = EnumSet.noneOf(Layer.class);
      available.addAll(given);
      for (Stage stage : stages) {
        Set<Layer> missing = EnumSet.noneOf(Layer.class);
        missing.addAll(stage.requires());
        missing.removeAll(available);
        if (!missing.isEmpty()) {
          throw new PipelineConfigurationException(
              "stage '" + stage.name() + "' requires "
                  + missing.stream()
                      .map(l -> l + ", usually produced by " + l.usualProducer())
                      .collect(Collectors.joining("; "))
                  + ", but no stage before it produces it");
        }
        available.addAll(stage.produces());
      }
      return new Pipeline(stages, given);
    }
  }
}
