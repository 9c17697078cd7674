package org.dateline.eval;

/** Gold, system and correct counts, and the precision, recall and F1 they give: what every matching scorer reports. */
public abstract class MatchCounts {

  private int gold;
  private int system;
  private int correct;

  protected void count(int goldItems, int systemItems, int correctItems) {
    gold += goldItems;
    system += systemItems;
    correct += correctItems;
  }

  public double precision() {
    return system == 0 ? 0 : (double) correct / system;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int gold() {
    return gold;
  }

  public int system() {
    return system;
  }

  public int correct() {
    return correct;
  }
}
