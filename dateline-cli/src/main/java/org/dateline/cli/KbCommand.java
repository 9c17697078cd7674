package org.dateline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline kb}: the knowledge base's data; one sub-command per table. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Builds the knowledge base's tables from open data, imports the user's entities, and looks people up.",
    subcommands = {KbCountriesCommand.class, KbPeopleCommand.class, KbGroupsCommand.class, KbGivenNamesCommand.class,
        KbLookupCommand.class, KbImportCommand.class})
public final class KbCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "say what to do: countries, people, groups, given-names, lookup NAME or import");
  }
}
