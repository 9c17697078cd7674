package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.kb.AtomicGzipFile;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.GroupLexicon;
import org.dateline.kb.GroupSources;
import picocli.CommandLine.Command;

/** {@code dateline kb groups}: the group lexicon (international organisations, armed groups → CAMEO actor code). */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = "Builds the group lexicon from the PETRARCH2 international and non-state actor dictionaries (MIT).")
public final class KbGroupsCommand extends KbBuildCommand {

  @Override
  int build(Path resources, Path out) throws IOException {
    List<String[]> rows = GroupSources.read(resources, CountryLexicon.load());
    AtomicGzipFile.write(out, w -> GroupLexicon.write(rows, w));
    return rows.size();
  }
}
