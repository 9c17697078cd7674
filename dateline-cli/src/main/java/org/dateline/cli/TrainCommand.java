package org.dateline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline train}: trains the project's models from open data; one sub-command per model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a model from open-licence data, reproducibly (fixed seed; data checksum in the model).",
    subcommands = {TrainNerCommand.class})
public final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say what to train: ner");
  }
}
