package org.dateline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.core.Span;

/**
 * Quote and speaker scores as the Gender Gap Tracker's {@code evaluate_quotes.py} counts them: a gold
 * quote matches the free system quote that covers the largest share of the gold span, provided the
 * share (characters in common over the gold length) is above the threshold; each gold takes its
 * match in document order and a system quote is used once. Among matched quotes, the speaker is right
 * when {@link #sameSpeaker} says so. Two views: quotes (matched pairs) and speakers (matched pairs with
 * the right speaker), each with precision over system quotes and recall over gold quotes.
 */
public final class GgtQuoteEvaluator {

  /** A system quote: its span and the names that stand for its speaker (none when it has none). */
  public record SystemQuote(Span span, List<String> speakerNames) {

    public SystemQuote {
      Objects.requireNonNull(span, "span");
      speakerNames = List.copyOf(speakerNames);
    }
  }

  /** Gold, system and correct counts of one view. */
  public static final class Counts extends MatchCounts {
    void add(int gold, int system, int correct) {
      count(gold, system, correct);
    }
  }

  private final double threshold;
  private final Counts quotes = new Counts();
  private final Counts speakers = new Counts();

  /** @param threshold the share of the gold span a system quote must exceed, in [0, 1) */
  public GgtQuoteEvaluator(double threshold) {
    if (!(threshold >= 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1): " + threshold);
    }
    this.threshold = threshold;
  }

  /** How one gold quote fared: the system quote it matched, if any, and whether its speaker is right. */
  public record Outcome(GgtCorpus.GoldQuote gold, Optional<SystemQuote> match, boolean rightSpeaker) {

    public Outcome {
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(match, "match");
    }
  }

  /** Scores one article; returns each gold quote's outcome, in gold order (for listings of errors). */
  public List<Outcome> add(List<GgtCorpus.GoldQuote> gold, List<SystemQuote> system) {
    boolean[] used = new boolean[system.size()];
    int matched = 0;
    int rightSpeaker = 0;
    List<Outcome> outcomes = new ArrayList<>();
    for (GgtCorpus.GoldQuote g : gold) {
      int best = -1;
      double bestShare = 0;
      for (int i = 0; i < system.size(); i++) {
        double share = share(g.span(), system.get(i).span());
        if (!used[i] && share > threshold && share > bestShare) {
          best = i;
          bestShare = share;
        }
      }
      if (best < 0) {
        outcomes.add(new Outcome(g, Optional.empty(), false));
        continue;
      }
      used[best] = true;
      matched++;
      boolean right = sameSpeaker(g.speaker(), system.get(best).speakerNames());
      if (right) {
        rightSpeaker++;
      }
      outcomes.add(new Outcome(g, Optional.of(system.get(best)), right));
    }
    quotes.add(gold.size(), system.size(), matched);
    speakers.add(gold.size(), system.size(), rightSpeaker);
    return List.copyOf(outcomes);
  }

  public double threshold() {
    return threshold;
  }

  public Counts quotes() {
    return quotes;
  }

  public Counts speakers() {
    return speakers;
  }

  /** Right speakers over matched quotes: the GGT's "Speaker Match, Accuracy". */
  public double speakerAccuracy() {
    return quotes.correct() == 0 ? 0 : (double) speakers.correct() / quotes.correct();
  }

  /** Two lines: quote extraction, then speakers, at this threshold. */
  public String report() {
    return String.format(Locale.ROOT, "quotes, overlap > %.1f: gold %d, system %d, matched %d; precision %.3f, "
        + "recall %.3f, F1 %.3f%n", threshold, quotes.gold(), quotes.system(), quotes.correct(), quotes.precision(),
        quotes.recall(), quotes.f1())
        + String.format(Locale.ROOT, "speakers, overlap > %.1f: right %d of %d matched (accuracy %.3f); "
        + "precision %.3f, recall %.3f, F1 %.3f%n", threshold, speakers.correct(), quotes.correct(),
        speakerAccuracy(), speakers.precision(), speakers.recall(), speakers.f1());
  }

  /** The share of the gold span the system span covers (the GGT's asymmetric score). */
  static double share(Span gold, Span system) {
    if (gold.isEmpty() || system.isEmpty()) {
      return 0;
    }
    int common = Math.min(gold.end(), system.end()) - Math.max(gold.start(), system.start());
    return Math.max(0, common) / (double) gold.length();
  }

  /**
   * Whether a system speaker is the gold one: one of its names (the entity's name first, then its
   * mention texts, then the source phrase) equals the gold name, ignoring case and accents; or holds
   * it as whole words, as a phrase that says more holds the name ("His father, Ernie LeBlanc,", "a
   * citizen, whose name is redacted,"), which is how the GGT's own scorer, comparing speaker spans by
   * overlap, sees it; or the last words of the gold name and of the entity's name, or of the phrase
   * when it ends on a name, are equal ("Trudeau" for "Justin Trudeau", "Mr. Wilkinson" for "Andrew
   * Wilkinson"; "the minister" is no Jane Minister). No names, no match.
   */
  public static boolean sameSpeaker(String gold, List<String> names) {
    String g = fold(gold);
    if (g.isEmpty() || names.isEmpty()) {
      return false;
    }
    Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(g) + "(?![\\p{L}\\p{N}])");
    for (String name : names) {
      String n = fold(name);
      if (n.equals(g) || whole.matcher(n).find()) {
        return true;
      }
    }
    String last = lastWord(g);
    String phrase = names.get(names.size() - 1);
    return last.equals(lastWord(fold(names.get(0))))
        || (endsOnName(phrase) && last.equals(lastWord(fold(phrase))));
  }

  /** Whether a phrase ends on a capitalised word, a name ("Mr. Wilkinson"), not a role ("the minister"). */
  private static boolean endsOnName(String phrase) {
    String trimmed = phrase.replaceAll("[\\p{P}\\s]+$", "");
    String word = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static String fold(String name) {
    String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /** The last word, without the punctuation that ends a phrase ("Ernie LeBlanc," is "leblanc"). */
  private static String lastWord(String folded) {
    String trimmed = folded.replaceAll("[\\p{P}\\s]+$", "");
    return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
  }
}
