package org.dateline.peers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.TimeMlCorpus;

/**
 * Smoke run of HeidelTime (French) on the French TimeBank: the gold TIMEX3 next to HeidelTime's for
 * the first documents, then HeidelTime's speed on the whole corpus (single thread, after a warm-up
 * pass). Arguments: [corpus directory, default ../shared/data/fr-timebank/Data] [documents to show,
 * default 5]. Run it with bench/peer-heideltime-smoke.sh.
 */
public final class HeidelTimeFtibSmoke {

  private HeidelTimeFtibSmoke() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/fr-timebank/Data");
    int shown = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!Files.isDirectory(corpus)) {
      System.err.println("no corpus directory " + corpus.toAbsolutePath());
      System.exit(2);
    }
    List<GoldDocument> docs = TimeMlCorpus.read(corpus);
    System.out.printf(Locale.ROOT, "%d documents in %s%n", docs.size(), corpus);

    long t0 = System.nanoTime();
    HeidelTimeTagger tagger = HeidelTimeTagger.french();
    System.out.printf(Locale.ROOT, "HeidelTime 2.1 French (news, no POS tagger) loaded in %.1f s%n",
        (System.nanoTime() - t0) / 1e9);

    for (GoldDocument doc : docs.subList(0, Math.min(shown, docs.size()))) {
      LocalDate dct = dct(doc);
      System.out.printf(Locale.ROOT, "%n== %s  (DCT %s, %d chars)%n", doc.id(), dct, doc.text().length());
      List<GoldDocument.GoldSpan> gold = doc.spans().stream().filter(s -> s.label().equals("TIMEX3")).toList();
      System.out.printf(Locale.ROOT, "  gold (%d):%n", gold.size());
      for (GoldDocument.GoldSpan g : gold) {
        System.out.printf(Locale.ROOT, "    %5d-%-5d %-26s %-9s %s%n", g.span().start(), g.span().end(),
            quote(g.span().of(doc.text())), g.attributes().getOrDefault("type", ""),
            g.attributes().getOrDefault("value", ""));
      }
      List<HeidelTimeTagger.Timex> found = tagger.tag(doc.text(), dct);
      System.out.printf(Locale.ROOT, "  HeidelTime (%d):%n", found.size());
      for (HeidelTimeTagger.Timex t : found) {
        System.out.printf(Locale.ROOT, "    %5d-%-5d %-26s %-9s %s%n", t.start(), t.end(), quote(t.text(doc.text())),
            t.type(), t.value());
      }
    }

    // speed: one warm-up pass over the corpus, then one timed pass
    int timexes = 0;
    long chars = 0;
    for (GoldDocument doc : docs) {
      tagger.tag(doc.text(), dct(doc));
    }
    long start = System.nanoTime();
    for (GoldDocument doc : docs) {
      timexes += tagger.tag(doc.text(), dct(doc)).size();
      chars += doc.text().length();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%nspeed: %d documents (%d chars, %d TIMEX3 found) in %.2f s after a warm-up pass:"
        + " %.1f documents/s, %.0f chars/s (single thread)%n", docs.size(), chars, timexes, seconds,
        docs.size() / seconds, chars / seconds);
  }

  private static LocalDate dct(GoldDocument doc) {
    return doc.date().orElseThrow(() -> new IllegalArgumentException(doc.id() + " has no DCT"));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }
}
