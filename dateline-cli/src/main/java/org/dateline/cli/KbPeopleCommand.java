package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.kb.AtomicGzipFile;
import org.dateline.kb.CountryLexicon;
import org.dateline.kb.PeopleIndex;
import org.dateline.kb.PeopleSources;
import org.dateline.kb.Person;
import picocli.CommandLine.Command;

/** {@code dateline kb people}: the people index (leaders and officials with their country and roles). */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "Builds the people index from the Phoenix country actors (MIT) and Wikidata world leaders (CC0).")
public final class KbPeopleCommand extends KbBuildCommand {

  @Override
  int build(Path resources, Path out) throws IOException {
    List<Person> people = PeopleSources.read(resources, CountryLexicon.load());
    AtomicGzipFile.write(out, w -> PeopleIndex.write(people, w));
    return people.size();
  }
}
