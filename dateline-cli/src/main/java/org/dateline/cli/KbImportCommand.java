package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.kb.CsvEntities;
import org.dateline.kb.ImportReport;
import org.dateline.kb.ImportedEntities;
import org.dateline.kb.UserKnowledgeBase;
import org.dateline.kb.WikidataDump;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline kb import FILE…}: adds people and places to the user's knowledge base. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Adds entities to the user's knowledge base (beside the shipped one; extract and lookup read both): "
            + "a CSV file with a header kind,name,country[,id,role,from,to] (kind PERSON, COUNTRY, CAPITAL, CITY, "
            + "AGENCY, MEDIA or SEAT), or a Wikidata JSON dump, one entity per line, plain, .gz or .bz2, streamed in "
            + "two passes: people with a citizenship, places with coordinates and a country.",
        "What is valid is imported; every other record is reported with its line. The files are rewritten whole "
            + "or not at all."})
public final class KbImportCommand implements Callable<Integer> {

  enum Format { auto, csv, wikidata }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files or Wikidata dumps")
  List<Path> files;

  @Option(names = "--format", defaultValue = "auto",
      description = "csv, wikidata, or auto (by the file name: .csv is CSV, .json[.gz|.bz2] a dump); default ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--kb", paramLabel = "DIR", defaultValue = UserKnowledgeBase.DEFAULT_DIRECTORY,
      description = "the user's knowledge base directory; default ${DEFAULT-VALUE}")
  Path directory;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportReport report = new ImportReport();
    ImportedEntities imported = new ImportedEntities(report);
    int unreadable = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println("dateline: " + file + ": no such file");
        unreadable++;
        continue;
      }
      if (formatOf(file) == Format.csv) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          CsvEntities.read(in, file.getFileName().toString(), imported);
        } catch (java.nio.charset.MalformedInputException e) {
          err.println("dateline: " + file + ": not UTF-8 text");
          unreadable++;
        }
      } else {
        new WikidataDump().read(file, imported);
      }
    }
    report.problems().forEach(p -> err.println("dateline: skipped " + p));
    if (report.problemCount() > report.problems().size()) {
      err.printf(Locale.ROOT, "dateline: … and %d more skipped records%n", report.problemCount() - report.problems().size());
    }
    if (report.people() + report.places() == 0) {
      err.println("dateline: nothing to import");
      return ExitCode.BAD_INPUT;
    }
    UserKnowledgeBase kb = new UserKnowledgeBase(directory);
    kb.add(imported);
    out.printf(Locale.ROOT, "imported %d people and %d places into %s; %d records skipped%n", report.people(),
        report.places(), kb.directory(), report.problemCount());
    out.flush();
    return unreadable > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
  }

  private Format formatOf(Path file) {
    if (format != Format.auto) {
      return format;
    }
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.csv : Format.wikidata;
  }
}
