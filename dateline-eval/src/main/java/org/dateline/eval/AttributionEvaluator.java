package org.dateline.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.core.Span;

/**
 * Attribution scores. Content matches when the two content spans overlap over at least half of the
 * shorter one (content boundaries are conventions: with or without "that", marks, incises); an
 * attribution matches when, besides, one of the system's source spans overlaps the gold source, or
 * when both have no source. Pairs are one to one, each gold taking the free system item that overlaps
 * it most. Everything is counted twice: over all attributions, and over direct quotes only, where
 * gold and system items are both kept only when {@link QuotationMarks#isDirect} says so.
 */
public final class AttributionEvaluator {

  /** Gold, system and correct counts of one of the four views. */
  public static final class Counts extends MatchCounts {
    void add(int gold, int system, int correct) {
      count(gold, system, correct);
    }
  }

  private final Counts content = new Counts();
  private final Counts attribution = new Counts();
  private final Counts directContent = new Counts();
  private final Counts directAttribution = new Counts();

  /** Adds one document: its text (to tell direct quotes), its gold and the system's attributions. */
  public void add(String text, List<GoldAttribution> gold, List<SystemAttribution> system) {
    QuotationMarks marks = new QuotationMarks(text);
    List<GoldAttribution> directGold = gold.stream().filter(g -> marks.isDirect(g.content())).toList();
    List<SystemAttribution> directSystem = system.stream().filter(s -> marks.isDirect(s.content())).toList();
    content.add(gold.size(), system.size(), matches(gold, system, false));
    attribution.add(gold.size(), system.size(), matches(gold, system, true));
    directContent.add(directGold.size(), directSystem.size(), matches(directGold, directSystem, false));
    directAttribution.add(directGold.size(), directSystem.size(), matches(directGold, directSystem, true));
  }

  public Counts content() {
    return content;
  }

  public Counts attribution() {
    return attribution;
  }

  public Counts directContent() {
    return directContent;
  }

  public Counts directAttribution() {
    return directAttribution;
  }

  /** The four views, one line each, then {@code overall F1 = …}: the attribution F1 over all attributions. */
  public String report() {
    return line("content, all", content) + line("attribution, all", attribution)
        + line("content, direct quotes", directContent) + line("attribution, direct quotes", directAttribution)
        + String.format(Locale.ROOT, "overall F1 = %.3f%n", attribution.f1());
  }

  private static String line(String name, MatchCounts c) {
    return String.format(Locale.ROOT, "%s: gold %d, system %d, correct %d; precision %.3f, recall %.3f, F1 %.3f%n",
        name, c.gold(), c.system(), c.correct(), c.precision(), c.recall(), c.f1());
  }

  private static int matches(List<GoldAttribution> gold, List<SystemAttribution> system, boolean withSource) {
    boolean[] used = new boolean[system.size()];
    int correct = 0;
    for (GoldAttribution g : gold) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < system.size(); i++) {
        SystemAttribution s = system.get(i);
        int overlap = overlap(g.content(), s.content());
        if (!used[i] && overlap > bestOverlap && contentMatches(g.content(), s.content())
            && (!withSource || sourceMatches(g.source(), s.sources()))) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        used[best] = true;
        correct++;
      }
    }
    return correct;
  }

  static boolean contentMatches(Span gold, Span system) {
    int overlap = overlap(gold, system);
    return overlap > 0 && overlap * 2 >= Math.min(gold.length(), system.length());
  }

  static boolean sourceMatches(Optional<Span> gold, List<Span> system) {
    return gold.map(g -> system.stream().anyMatch(g::overlaps)).orElse(system.isEmpty());
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }
}
