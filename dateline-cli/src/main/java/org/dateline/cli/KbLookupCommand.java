package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.kb.PeopleIndex;
import org.dateline.kb.Person;
import org.dateline.kb.UserKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline kb lookup NAME}: the people a name may refer to, whatever its spelling. */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = "Finds people of the knowledge base by any spelling of their name (Choïgou = Shoigu).")
public final class KbLookupCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "a full name or a surname")
  List<String> name;

  @Option(names = "--kb", paramLabel = "DIR", defaultValue = UserKnowledgeBase.DEFAULT_DIRECTORY,
      description = "the user's knowledge base directory (./dateline kb import); default ${DEFAULT-VALUE}")
  Path directory;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String query = String.join(" ", name);
    List<Person> found = PeopleIndex.load(new UserKnowledgeBase(directory)).lookup(query);
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("dateline: nobody named " + query + " in the knowledge base");
      return ExitCode.NOT_FOUND;
    }
    for (Person p : found) {
      String period = p.from().isEmpty() && p.to().isEmpty() ? "" : "  " + p.from() + "–" + p.to();
      out.printf("%s\t%s\t%s\t%s%s%n", p.id(), p.name(), p.country(), p.role(), period);
    }
    out.flush();
    return ExitCode.OK;
  }
}
