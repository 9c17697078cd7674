package org.dateline.cli;

import java.util.concurrent.Callable;
import org.dateline.store.FullTextSearch;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline search}: full-text search of the stored articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Finds the stored articles containing every word (case and accents ignored; word* for a prefix), "
        + "best first (BM25, a title word counting double), with the passage that matched in [brackets].")
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "words to find")
  java.util.List<String> words;

  @Option(names = "--limit", defaultValue = "20", description = "at most this many articles; default ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv; default ${DEFAULT-VALUE}")
  TableWriter.Format format;

  @Override
  public Integer call() throws Exception {
    if (limit <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be positive, not " + limit);
    }
    try (Store db = Store.openForReading(store.db)) {
      var hits = new FullTextSearch(db).search(String.join(" ", words), limit);
      TableWriter.write(hits, format, spec.commandLine().getOut());
      return hits.rows().isEmpty() ? ExitCode.NOT_FOUND : ExitCode.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }
}
