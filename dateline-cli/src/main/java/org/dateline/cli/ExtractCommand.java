package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.core.Analyzer;
import org.dateline.core.Document;
import org.dateline.core.Language;
import org.dateline.core.Layer;
import org.dateline.io.ArticleFiles;
import org.dateline.io.ArticleReader;
import org.dateline.io.BadInputException;
import org.dateline.io.ContractJsonWriter;
import org.dateline.io.GdeltEventWriter;
import org.dateline.io.TextSummaryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline extract}: articles in, the contract JSON (or a summary) out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (text files, directories of *.txt files, or - for standard input) and "
          + "writes what Dateline finds in each: the article JSON of the contract, one object per article.",
      "A bad input is reported on standard error and skipped; the others are still processed."
    })
public final class ExtractCommand implements Callable<Integer> {

  enum Format { json, jsonl, text, gdelt }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "articles to read")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "json",
      description = "json (indented, one object per article), jsonl (one line per article), text, or gdelt "
          + "(GDELT 2.0 event-table rows, tab-separated, the codebook's 61 columns); default ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "publication date: anchors relative dates and the year of a dateline without one; "
          + "a dateline's own full date wins")
  String date;

  @Option(names = "--lang", defaultValue = "auto", paramLabel = "fr|en|auto",
      description = "the articles' language, or auto to identify it; default ${DEFAULT-VALUE}")
  String lang;

  @Option(names = "--max-size", defaultValue = "10MB", paramLabel = "SIZE",
      description = "refuse inputs larger than this (e.g. 500KB, 10MB, 1GB); default ${DEFAULT-VALUE}")
  String maxSize;

  @Option(names = "--tokens", description = "include the tokens in the JSON")
  boolean tokens;

  @Option(names = "--out", paramLabel = "DIR",
      description = "write one NAME.json file per article into DIR instead of standard output "
          + "(each written whole or not at all)")
  Path outDir;

  @Override
  public Integer call() throws IOException {
    Optional<LocalDate> publication = parseDate();
    Optional<Language> given = parseLanguage();
    ArticleReader reader = new ArticleReader(parseSize(maxSize));
    PrintWriter err = spec.commandLine().getErr();
    if (outDir != null && (format == Format.text || format == Format.gdelt)) {
      throw new ParameterException(spec.commandLine(), "--out writes JSON; it does not go with --format " + format);
    }

    List<Input> articles = new ArrayList<>();
    int refused = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        articles.add(new Input(null, null));
        continue;
      }
      try {
        Path root = Path.of(input);
        for (Path file : ArticleFiles.list(root)) {
          articles.add(new Input(file, Files.isDirectory(root) ? root : null));
        }
      } catch (BadInputException e) {
        err.println("dateline: " + e.getMessage());
        refused++;
      } catch (java.nio.file.InvalidPathException e) {
        err.println("dateline: " + input + ": not a valid path");
        refused++;
      }
    }
    if (articles.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }

    Analyzer analyzer = AnalyzerFactory.standard(given.isEmpty());
    Writer out = spec.commandLine().getOut();
    int processed = 0;
    for (Input article : articles) {
      Document document;
      try {
        document = article.file() == null
            ? reader.read("-", System.in)
            : reader.read(article.file());
      } catch (BadInputException e) {
        err.println("dateline: " + e.getMessage());
        refused++;
        continue;
      }
      document = document.withPublicationDate(publication);
      if (given.isPresent()) {
        document = document.withLanguage(given.get()).withLayers(java.util.Set.of(Layer.LANGUAGE));
      }
      Document analyzed = analyzer.analyze(document);
      write(analyzed, article, out);
      processed++;
    }
    out.flush();
    if (refused > 0) {
      err.printf(Locale.ROOT, "dateline: %d input(s) processed, %d refused%n", processed, refused);
      return ExitCode.BAD_INPUT;
    }
    return ExitCode.OK;
  }

  /** An article to read: a file (with the directory it was found in), or standard input. */
  private record Input(Path file, Path root) {}

  private void write(Document document, Input article, Writer stdout) throws IOException {
    if (outDir == null) {
      switch (format) {
        case json -> new ContractJsonWriter(true, tokens).write(document, stdout);
        case jsonl -> new ContractJsonWriter(false, tokens).write(document, stdout);
        case text -> new TextSummaryWriter().write(document, stdout);
        case gdelt -> new GdeltEventWriter().write(document, article.file() == null ? "-" : article.file().toString(),
            stdout);
      }
      return;
    }
    Path target = outDir.resolve(outputName(article));
    Files.createDirectories(target.getParent());
    StringWriter json = new StringWriter();
    new ContractJsonWriter(format == Format.json, tokens).write(document, json);
    Path partial = Files.createTempFile(target.getParent(), ".dateline-", ".partial");
    try {
      Files.writeString(partial, json.toString(), StandardCharsets.UTF_8);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static String outputName(Input article) {
    if (article.file() == null) {
      return "stdin.json";
    }
    Path relative = article.root() == null ? article.file().getFileName() : article.root().relativize(article.file());
    String name = relative.toString();
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return (dot > slash ? name.substring(0, dot) : name) + ".json";
  }

  private Optional<LocalDate> parseDate() {
    return OptionValues.date(spec, "--date", date);
  }

  private Optional<Language> parseLanguage() {
    return OptionValues.language(spec, lang);
  }

  private long parseSize(String size) {
    return OptionValues.size(spec, size);
  }
}
