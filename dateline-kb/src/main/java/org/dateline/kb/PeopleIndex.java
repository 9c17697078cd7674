package org.dateline.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People of the knowledge base, found by any spelling of their name ({@link NameKey}): "Choïgou"
 * finds Sergey Shoygu, "Vladimir Poutine" finds Vladimir Putin. Built from open data by
 * {@code ./dateline kb people}; immutable, thread-safe.
 */
public final class PeopleIndex {

  /** In the resources of this module, written by the build command. */
  public static final String RESOURCE = "people.tsv.gz";

  private static final String HEADER = "# id \\t name \\t ISO3 \\t role \\t from \\t to — built by ./dateline kb people\n";

  /** Compiled once: the index has tens of thousands of rows to check. */
  private static final java.util.regex.Pattern ISO3 = java.util.regex.Pattern.compile("[A-Z]{3}");
  private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

  private final Map<String, List<Person>> byKey = new HashMap<>();
  private final Map<String, List<Person>> byLastWord = new HashMap<>();
  private final int size;
  private final Set<String> givenNames;
  /** Names as NameKey.letters spells them, as they are asked for: lookups compare the same few again and again. */
  private final Map<String, String> spellings = new java.util.concurrent.ConcurrentHashMap<>();

  public PeopleIndex(List<Person> people) {
    Map<String, Integer> firstWords = new HashMap<>();
    for (Person p : people) {
      String[] words = p.name().split(" ");
      if (words.length > 1 && CAPITALISED.matcher(words[0]).matches()) {
        firstWords.merge(words[0], 1, Integer::sum);
      }
    }
    // a first word two people share is a given name ("John", "Fatima"); once may be a surname first
    givenNames = firstWords.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    for (Person p : people) {
      String key = NameKey.of(p.name());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      byLastWord.computeIfAbsent(NameKey.lastWord(key), k -> new ArrayList<>()).add(p);
    }
    byKey.replaceAll((k, v) -> List.copyOf(v));
    byLastWord.replaceAll((k, v) -> List.copyOf(v));
    size = people.size();
  }

  /**
   * Reads the index shipped with the module.
   *
   * @throws IOException when the resource is missing or malformed
   */
  public static PeopleIndex load() throws IOException {
    try (InputStream in = TsvTable.gzipResource(PeopleIndex.class, RESOURCE, "people index")) {
      return read(in);
    }
  }

  /** Reads rows "id TAB name TAB ISO3 TAB role TAB from TAB to". */
  public static PeopleIndex read(InputStream in) throws IOException {
    return new PeopleIndex(readPeople(in));
  }

  /** The shipped index and the people a user imported ({@code ./dateline kb import}). */
  public static PeopleIndex load(UserKnowledgeBase user) throws IOException {
    List<Person> people = new ArrayList<>(user.people());
    try (InputStream in = TsvTable.gzipResource(PeopleIndex.class, RESOURCE, "people index")) {
      people.addAll(readPeople(in));
    }
    return new PeopleIndex(people);
  }

  /** The rows of {@link #read}, as people. */
  public static List<Person> readPeople(InputStream in) throws IOException {
    List<Person> people = new ArrayList<>();
    TsvTable.read(in, (number, f, line) -> {
      if (f.length != 6 || !ISO3.matcher(f[2]).matches()) {
        throw new IOException("people index line " + number + ": expected id, name, ISO3, role, from, to: " + line);
      }
      people.add(new Person(f[0], f[1], f[2], f[3], f[4], f[5]));
    });
    return people;
  }

  /** Writes what {@link #read} reads back, sorted by country, name and id so rebuilds diff cleanly. */
  public static void write(List<Person> people, Writer out) throws IOException {
    out.write(HEADER);
    for (Person p : people.stream().sorted(Comparator.comparing(Person::country).thenComparing(Person::name)
        .thenComparing(Person::id).thenComparing(Person::from)).distinct().toList()) {
      out.write(String.join("\t", p.id(), clean(p.name()), p.country(), clean(p.role()), p.from(), p.to()) + "\n");
    }
  }

  private static String clean(String field) {
    return field.replace('\t', ' ').replace('\n', ' ').strip();
  }

  /**
   * The people a name may refer to: a full name by all its words, a single word ("Choïgou") as a
   * surname; closest spellings first. Empty when nobody matches.
   */
  public List<Person> lookup(String name) {
    String key = NameKey.of(name);
    if (key.isEmpty()) {
      return List.of();
    }
    boolean surname = key.indexOf(' ') < 0;
    List<Person> found = (surname ? byLastWord : byKey).getOrDefault(key, List.of());
    if (found.size() < 2) {
      return found;
    }
    // each candidate's spelling is read once: a common surname key holds dozens of people
    String spelled = NameKey.letters(name);
    record Ranked(Person person, int distance) {}
    return found.stream().map(p -> {
      String candidate = spelling(p.name());
      return new Ranked(p, editDistance(spelled, surname ? NameKey.lastWord(candidate) : candidate));
    }).sorted(Comparator.comparingInt(Ranked::distance)).map(Ranked::person).toList();
  }

  /**
   * The people whose surname is spelled exactly as {@code word}, accents and case aside ("Brooks" is
   * not "Broks"), closest full spellings first.
   */
  public List<Person> withSurname(String word) {
    String spelled = NameKey.letters(word);
    return lookup(word).stream().filter(p -> spelled.equals(spelling(NameKey.lastWord(p.name())))).toList();
  }

  private String spelling(String name) {
    return spellings.computeIfAbsent(name, NameKey::letters);
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  public int size() {
    return size;
  }

  /**
   * Given names, as written ("John", "Chrystia"): the first words of the index's names of two or
   * more words that at least two of its people share. Some are words too ("United", "San"): a
   * caller checks the word is not part of a name it already knows.
   */
  public Set<String> givenNames() {
    return givenNames;
  }
}
