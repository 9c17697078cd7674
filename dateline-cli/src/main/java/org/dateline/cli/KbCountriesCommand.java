package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.dateline.eval.GazetteerSources;
import org.dateline.kb.CountryLexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline kb countries}: the country lexicon (names, capitals, cities, demonyms → ISO3). */
@Command(
    name = "countries",
    mixinStandardHelpOptions = true,
    description = "Builds the country lexicon from countries-mledoze (ODbL) and GeoNames cities15000 (CC BY).")
public final class KbCountriesCommand implements Callable<Integer> {

  @Option(names = "--resources", defaultValue = "../shared/data", paramLabel = "DIR",
      description = "the open data directory; default ${DEFAULT-VALUE}")
  Path resources;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the lexicon (.tsv.gz)")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter log = spec.commandLine().getOut();
    if (!Files.isDirectory(resources)) {
      spec.commandLine().getErr().println("dateline: " + resources + ": no such directory");
      return ExitCode.BAD_INPUT;
    }
    List<String[]> rows = GazetteerSources.countryRows(resources);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, ".countries-", ".partial");
    try {
      try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8)) {
        CountryLexicon.write(rows, w);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    log.printf("wrote %s: %d rows from %s (%s)%n", out, rows.size(), resources, CorpusChecksum.of(resources));
    log.flush();
    return ExitCode.OK;
  }
}
