package org.dateline.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The entities a user added with {@code ./dateline kb import}, kept beside the shipped knowledge
 * base in a directory ({@value #DEFAULT_DIRECTORY} by default): {@code people.tsv.gz} in the people
 * index's format, {@code places.tsv.gz} in the country lexicon's. Each import merges into them and
 * rewrites each file whole through a temporary file, so a failed import leaves them as they were.
 */
public final class UserKnowledgeBase {

  public static final String DEFAULT_DIRECTORY = "dateline-data/kb";
  static final String PEOPLE = "people.tsv.gz";
  static final String PLACES = "places.tsv.gz";

  private final Path directory;

  public UserKnowledgeBase(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The default directory, under the current one. */
  public static UserKnowledgeBase inWorkingDirectory() {
    return new UserKnowledgeBase(Path.of(DEFAULT_DIRECTORY));
  }

  public Path directory() {
    return directory;
  }

  public List<Person> people() throws IOException {
    Path file = directory.resolve(PEOPLE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return PeopleIndex.readPeople(in);
    }
  }

  /** Rows (ISO3, kind, name). */
  public List<String[]> places() throws IOException {
    Path file = directory.resolve(PLACES);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IOException(file + " line " + number + ": expected ISO3 TAB KIND TAB name");
        }
        rows.add(f);
      }
    }
    return rows;
  }

  /** Adds what an import found; a person or place already there (same id and name, or same row) is kept once. */
  public void add(ImportedEntities imported) throws IOException {
    if (!imported.people().isEmpty()) {
      Map<String, Person> people = new LinkedHashMap<>();
      for (Person p : people()) {
        people.put(p.id() + "\t" + p.name(), p);
      }
      for (Person p : imported.people()) {
        people.put(p.id() + "\t" + p.name(), p);
      }
      AtomicGzipFile.write(directory.resolve(PEOPLE), w -> PeopleIndex.write(List.copyOf(people.values()), w));
    }
    if (!imported.places().isEmpty()) {
      List<String[]> places = new ArrayList<>(imported.places());
      places.addAll(places());
      AtomicGzipFile.write(directory.resolve(PLACES), w -> CountryLexicon.write(places, w));
    }
  }
}
