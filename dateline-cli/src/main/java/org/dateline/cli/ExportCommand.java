package org.dateline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.store.ArticleExport;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline export}: the knowledge base out, for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the knowledge base to standard output.",
      "jsonl: one article per line, the article JSON of the contract, as extract --format jsonl writes it.",
      "csv: one row per event, with its date, actors, countries, factuality and the number of sources."
    })
public final class ExportCommand implements Callable<Integer> {

  /** Export formats; a new one (GDELT's event table is next) is a value here and a case in {@link #call}. */
  enum Format { jsonl, csv }

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv; default ${DEFAULT-VALUE}")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store db = Store.openForReading(store.db)) {
      ArticleExport export = new ArticleExport(db);
      switch (format) {
        case jsonl -> export.forEach((id, json) -> out.println(json));
        case csv -> TableWriter.csv(export.events(), out);
      }
      out.flush();
      return ExitCode.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }
}
