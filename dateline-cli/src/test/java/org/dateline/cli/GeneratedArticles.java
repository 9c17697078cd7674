package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** News-like French articles made up in the tests, each different: no corpus needed. */
final class GeneratedArticles {

  private static final String[] PEOPLE = {"Emmanuel Macron", "Olaf Scholz", "Vladimir Poutine", "Kim Jong-un",
      "Giorgia Meloni", "Pedro Sánchez", "Xi Jinping", "Joe Biden"};
  private static final String[] PLACES = {"Paris", "Berlin", "Moscou", "Pyongyang", "Rome", "Madrid", "Pékin", "Washington"};
  private static final String[] NOUNS = {"le budget", "la réforme", "un accord", "la frontière", "le sommet",
      "les sanctions", "la récolte", "le port", "la grève", "le tribunal", "les élections", "la centrale"};
  private static final String[] VERBS = {"a rencontré", "a critiqué", "a salué", "a menacé", "a reçu", "a appelé"};

  private GeneratedArticles() {}

  /** An article of {@code sentences} sentences, seeded: the same seed gives the same text. */
  static String article(long seed, int sentences) {
    Random r = new Random(seed);
    String place = pick(r, PLACES);
    StringBuilder sb = new StringBuilder();
    sb.append("Dépêche ").append(seed).append(" : ").append(pick(r, PEOPLE)).append(" et ").append(pick(r, NOUNS))
        .append("\n\n").append(place.toUpperCase(java.util.Locale.ROOT)).append(", 12 mars 2025 (AFP) - ");
    for (int i = 0; i < sentences; i++) {
      sb.append(pick(r, PEOPLE)).append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, PEOPLE))
          .append(" à ").append(pick(r, PLACES)).append(" pour évoquer ").append(pick(r, NOUNS)).append(" et ")
          .append(pick(r, NOUNS)).append(" (note ").append(r.nextInt(1_000_000)).append("). ");
    }
    return sb.toString().strip() + "\n";
  }

  /** Writes {@code n} articles as {@code prefix-NNN.txt} in {@code dir}, seeds {@code first} onwards. */
  static void write(Path dir, String prefix, long first, int n, int sentences) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("%s-%03d.txt", prefix, i)), article(first + i, sentences),
          StandardCharsets.UTF_8);
    }
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
