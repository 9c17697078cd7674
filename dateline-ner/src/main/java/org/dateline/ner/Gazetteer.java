package org.dateline.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Names of places, people and organisations, as sequences of lower-case tokens, found in a
 * sentence by longest match. Each entry has a category ("LOC", "PER", "ORG", "DEMONYM"); the tagger
 * uses matches as features, so a listed name still needs context to become an entity. Immutable
 * once built; build with {@link Builder}.
 */
public final class Gazetteer {

  private final Node root;
  private final int size;

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String category;
  }

  private Gazetteer(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  public static Gazetteer empty() {
    return new Builder().build();
  }

  public int size() {
    return size;
  }

  /** A match: tokens [start, end) of the sentence are a listed name of {@code category}. */
  public record Match(int start, int end, String category) {}

  /** Longest non-overlapping matches, left to right, over lower-cased tokens. */
  public List<Match> find(List<String> lowerTokens) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < lowerTokens.size()) {
      Node node = root;
      int bestEnd = -1;
      String bestCategory = null;
      for (int j = i; j < lowerTokens.size(); j++) {
        node = node.next.get(lowerTokens.get(j));
        if (node == null) {
          break;
        }
        if (node.category != null) {
          bestEnd = j + 1;
          bestCategory = node.category;
        }
      }
      if (bestEnd > 0) {
        matches.add(new Match(i, bestEnd, bestCategory));
        i = bestEnd;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** Every entry, for writing a model: lower-case tokens joined by single spaces, and category. */
  public Map<String, String> entries() {
    Map<String, String> out = new HashMap<>();
    collect(root, new ArrayList<>(), out);
    return out;
  }

  private static void collect(Node node, List<String> path, Map<String, String> out) {
    if (node.category != null) {
      out.put(String.join(" ", path), node.category);
    }
    for (var e : node.next.entrySet()) {
      path.add(e.getKey());
      collect(e.getValue(), path, out);
      path.remove(path.size() - 1);
    }
  }

  /** Collects entries; the first category given for a name wins. */
  public static final class Builder {
    private final Node root = new Node();
    private int size;

    public Builder add(List<String> tokens, String category) {
      Objects.requireNonNull(category, "category");
      if (tokens.isEmpty()) {
        return this;
      }
      Node node = root;
      for (String t : tokens) {
        node = node.next.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new Node());
      }
      if (node.category == null) {
        node.category = category;
        size++;
      }
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(root, size);
    }
  }
}
