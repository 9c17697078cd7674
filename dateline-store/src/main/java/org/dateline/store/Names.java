package org.dateline.store;

import java.text.Normalizer;
import java.util.Locale;

/** The search key of a name: lower case, accents removed, white space collapsed. */
public final class Names {

  private Names() {}

  /** "Emmanuel  Macron", "emmanuel macron" and "Emmanuel Macrón" share one key. */
  public static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
