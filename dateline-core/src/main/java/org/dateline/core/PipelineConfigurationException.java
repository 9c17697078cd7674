package org.dateline.core;

/** A pipeline was assembled wrong: a stage needs a layer that no earlier stage produces. */
public final class PipelineConfigurationException extends IllegalStateException {

  public PipelineConfigurationException(String message) {
    super(message);
  }
}
