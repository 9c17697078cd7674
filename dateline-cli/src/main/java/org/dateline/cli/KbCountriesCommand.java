package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.eval.GazetteerSources;
import org.dateline.kb.AtomicGzipFile;
import org.dateline.kb.CountryLexicon;
import picocli.CommandLine.Command;

/** {@code dateline kb countries}: the country lexicon (names, capitals, cities, demonyms → ISO3). */
@Command(
    name = "countries",
    mixinStandardHelpOptions = true,
    description = "Builds the country lexicon from countries-mledoze (ODbL) and GeoNames cities15000 (CC BY).")
public final class KbCountriesCommand extends KbBuildCommand {

  @Override
  int build(Path resources, Path out) throws IOException {
    List<String[]> rows = GazetteerSources.countryRows(resources);
    AtomicGzipFile.write(out, w -> CountryLexicon.write(rows, w));
    return rows.size();
  }
}
