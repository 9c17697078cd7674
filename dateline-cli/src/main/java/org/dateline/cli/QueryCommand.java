package org.dateline.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.store.QueryFilter;
import org.dateline.store.ResultTable;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import org.dateline.store.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline query}: events, quotes, claims, entities or stories of the knowledge base. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Lists what the knowledge base holds, most recent first (entities and stories: most cited first).",
      "Names match without case or accents; a three-letter capital code (RUS, FRA) matches a country."
    })
public final class QueryCommand implements Callable<Integer> {

  enum Kind { events, quotes, claims, entities, stories, story }

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "WHAT", description = "events, quotes, claims, entities, stories, or story ID")
  Kind kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "with story: the story's number")
  Long storyId;

  @Option(names = "--actor", paramLabel = "NAME|CCC", description = "events: who acts; entities, stories: who is named; quotes, claims: who is named inside")
  String actor;

  @Option(names = "--actor2", paramLabel = "NAME|CCC", description = "events: who is acted upon")
  String actor2;

  @Option(names = "--cameo", paramLabel = "CODE", description = "events: a CAMEO code or prefix (19 keeps 190, 193…)")
  String cameo;

  @Option(names = "--factuality", paramLabel = "F", description = "events: ASSERTED, REPORTED, ALLEGED, HYPOTHETICAL, PLANNED or NEGATED")
  String factuality;

  @Option(names = "--speaker", paramLabel = "NAME", description = "quotes: who is quoted; claims: who is cited")
  String speaker;

  @Option(names = "--type", paramLabel = "TYPE", description = "entities: PERSON, ORGANIZATION, LOCATION, EVENT or MISC")
  String type;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "first day (events: the event's date)")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "last day")
  String until;

  @Option(names = "--lang", paramLabel = "fr|en", description = "the article's language")
  String lang;

  @Option(names = "--text", paramLabel = "WORDS", description = "the article contains these words")
  String text;

  @Option(names = "--limit", defaultValue = "50", description = "at most this many rows; default ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv; default ${DEFAULT-VALUE}")
  TableWriter.Format format;

  @Override
  public Integer call() throws Exception {
    QueryFilter filter = filter();
    if (kind == Kind.story && storyId == null) {
      throw new ParameterException(spec.commandLine(), "query story wants the story's number, e.g. query story 12");
    }
    try (Store db = Store.openForReading(store.db)) {
      StoreQueries queries = new StoreQueries(db);
      ResultTable table = switch (kind) {
        case events -> queries.events(filter);
        case quotes -> queries.quotes(filter);
        case claims -> queries.claims(filter);
        case entities -> queries.entities(filter);
        case stories -> queries.stories(filter);
        case story -> queries.story(storyId);
      };
      TableWriter.write(table, format, spec.commandLine().getOut());
      return ExitCode.OK;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("dateline: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
  }

  private QueryFilter filter() {
    if (factuality != null && !factuality.toUpperCase(Locale.ROOT)
        .matches("ASSERTED|REPORTED|ALLEGED|HYPOTHETICAL|PLANNED|NEGATED")) {
      throw new ParameterException(spec.commandLine(),
          "--factuality must be ASSERTED, REPORTED, ALLEGED, HYPOTHETICAL, PLANNED or NEGATED, not '" + factuality + "'");
    }
    try {
      return new QueryFilter(opt(actor), opt(actor2), opt(cameo), opt(factuality), opt(speaker), opt(type),
          OptionValues.date(spec, "--since", since), OptionValues.date(spec, "--until", until), opt(lang), opt(text), limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static Optional<String> opt(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
