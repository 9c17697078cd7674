package org.dateline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.io.GdeltEventWriter;
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
      "csv: one row per event, with its date, actors, countries, factuality and the number of sources.",
      "gdelt: one row per event in GDELT 2.0's event table (tab-separated, the codebook's 61 columns, no header)."
    })
public final class ExportCommand implements Callable<Integer> {

  /** Export formats; a new one is a value here and a case in {@link #call}. */
  enum Format { jsonl, csv, gdelt }

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or gdelt; default ${DEFAULT-VALUE}")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store db = Store.openForReading(store.db)) {
      ArticleExport export = new ArticleExport(db);
      switch (format) {
        case jsonl -> export.forEach((id, json) -> out.println(json));
        case csv -> TableWriter.csv(export.events(), out);
        case gdelt -> {
          ObjectMapper json = new ObjectMapper();
          GdeltEventWriter gdelt = new GdeltEventWriter();
          export.forEach((id, article) -> {
            JsonNode node = json.readTree(article);
            gdelt.write(GdeltEventWriter.events(node, node.path("source").asText("article " + id)), out);
          });
        }
      }
      out.flush();
      return ExitCode.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }
}
