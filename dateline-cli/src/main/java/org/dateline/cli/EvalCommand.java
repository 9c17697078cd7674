package org.dateline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline eval}: accuracy on public corpora; one sub-command per capability. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Dateline on annotated corpora, as they are distributed.",
    subcommands = {EvalSegmentationCommand.class, EvalTimesCommand.class, EvalNerCommand.class,
        EvalQuotesCommand.class, EvalExtractionCommand.class, EvalEventsCommand.class})
public final class EvalCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say what to evaluate: segmentation, times, ner, quotes or extraction");
  }
}
