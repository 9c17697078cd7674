package org.dateline.peers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.peers.CoreNlpFrenchNer.Entity;

/**
 * Smoke run of Stanford CoreNLP 4.5.10 French NER on one article: the entities it finds (offsets,
 * text, type), then its speed on that article, single thread: the article tagged over and over for
 * a warm-up period, then for a measured period. Arguments: [article, default
 * ../shared/seed/article-fr-shoigu-kim.txt] [warm-up seconds, default 5] [measured seconds, default
 * 20]. Run it with bench/peer-corenlp-smoke.sh.
 */
public final class CoreNlpNerSmoke {

  private CoreNlpNerSmoke() {}

  public static void main(String[] args) throws Exception {
    Path article = Path.of(args.length > 0 ? args[0] : "../shared/seed/article-fr-shoigu-kim.txt");
    double warmUpSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    double measuredSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
    if (!Files.isRegularFile(article)) {
      System.err.println("no article " + article.toAbsolutePath());
      System.exit(2);
    }
    // as Dateline reads it: line ends as \n, no byte-order mark
    String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }

    long t0 = System.nanoTime();
    CoreNlpFrenchNer ner = new CoreNlpFrenchNer();
    System.out.printf(Locale.ROOT, "Stanford CoreNLP 4.5.10 French (%s) loaded in %.1f s%n",
        CoreNlpFrenchNer.ANNOTATORS, (System.nanoTime() - t0) / 1e9);

    t0 = System.nanoTime();
    List<Entity> entities = ner.tag(text);
    double firstSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%n== %s  (%d chars, %d tokens, %d words after multi-word-token splitting;"
        + " first call %.2f s)%n", article, text.length(), ner.lastTokenCount(), ner.lastWordCount(), firstSeconds);
    System.out.printf(Locale.ROOT, "  entities (%d):%n", entities.size());
    for (Entity e : entities) {
      System.out.printf(Locale.ROOT, "    %5d-%-5d %-40s %s%n", e.start(), e.end(), quote(e.text(text)), e.type());
    }

    // speed, single thread: the article over and over, warm-up then measured
    long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    int warmUpRuns = 0;
    while (System.nanoTime() < warmUpEnd) {
      ner.tag(text);
      warmUpRuns++;
    }
    long start = System.nanoTime();
    long measuredEnd = start + (long) (measuredSeconds * 1e9);
    int runs = 0;
    long tokens = 0;
    long words = 0;
    long found = 0;
    long now;
    do {
      found += ner.tag(text).size();
      tokens += ner.lastTokenCount();
      words += ner.lastWordCount();
      runs++;
      now = System.nanoTime();
    } while (now < measuredEnd);
    double seconds = (now - start) / 1e9;
    System.out.printf(Locale.ROOT, "%nspeed: %d runs of the article in %.2f s after %d warm-up runs (%.0f s), single thread:%n"
        + "  %.0f tokens/s (%.0f words/s), %.0f chars/s, %.1f articles/s, %.2f ms/article, %.1f entities/run%n",
        runs, seconds, warmUpRuns, warmUpSeconds, tokens / seconds, words / seconds,
        (double) runs * text.length() / seconds, runs / seconds, 1000 * seconds / runs, (double) found / runs);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "  heap: %d MB used, %d MB max%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }
}
