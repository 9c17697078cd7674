package org.dateline.eval;

/**
 * Precision, recall and F1 of article-body extraction over many pages, as the Scrapinghub (Zyte)
 * benchmark's {@code evaluate.py} computes them: each page's shingle counts are scaled to sum to
 * one, so long articles do not outweigh short ones; precision is the mean over the pages that
 * extracted something, recall the mean over the pages that have a body, F1 their harmonic mean.
 * The micro figures over the summed raw counts are kept too, for comparison.
 */
public final class ExtractionEvaluator {

  private final ShingleScorer scorer = new ShingleScorer();
  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;
  private long tp;
  private long fp;
  private long fn;
  private int pages;

  /** Scores one page and returns its counts. */
  public ShingleScorer.Counts add(String truth, String extracted) {
    ShingleScorer.Counts c = scorer.score(truth, extracted);
    pages++;
    tp += c.truePositives();
    fp += c.falsePositives();
    fn += c.falseNegatives();
    if (c.truePositives() + c.falsePositives() > 0) {
      precisionSum += precision(c);
      precisionPages++;
    }
    if (c.truePositives() + c.falseNegatives() > 0) {
      recallSum += recall(c);
      recallPages++;
    }
    return c;
  }

  /** One page's precision; scaling the counts, as the benchmark does, does not change it. */
  public static double precision(ShingleScorer.Counts c) {
    if (c.falsePositives() == 0 && c.falseNegatives() == 0) {
      return 1;
    }
    long d = c.truePositives() + c.falsePositives();
    return d == 0 ? 0 : (double) c.truePositives() / d;
  }

  public static double recall(ShingleScorer.Counts c) {
    if (c.falsePositives() == 0 && c.falseNegatives() == 0) {
      return 1;
    }
    long d = c.truePositives() + c.falseNegatives();
    return d == 0 ? 0 : (double) c.truePositives() / d;
  }

  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  public int pages() {
    return pages;
  }

  /** Mean page precision, over the pages that extracted at least one shingle. */
  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  /** Mean page recall, over the pages whose true body has at least one shingle. */
  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** Precision over the shingle counts summed over all pages. */
  public double microPrecision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double microRecall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double microF1() {
    return f1(microPrecision(), microRecall());
  }
}
