package org.dateline.cli;

import picocli.CommandLine.Command;

/** The top-level command; each sub-command is a class of its own. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    version = "dateline 0.1.0",
    description = "Reads news and turns it into structured, source-attributed knowledge.",
    subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class, SearchCommand.class,
        ExportCommand.class, ServeCommand.class, EvalCommand.class, TrainCommand.class, KbCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything was processed",
      "1:bad command line",
      "2:an input was refused (the others of a batch were processed)",
      "3:internal error"
    })
public final class DatelineCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, ingest, query, search, export, serve, eval, train or kb");
  }
}
