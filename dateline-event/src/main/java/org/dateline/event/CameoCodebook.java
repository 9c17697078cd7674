package org.dateline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** CAMEO event codes and their labels ("043" → "Host a visit"), from the codebook shipped beside this class. */
public final class CameoCodebook {

  static final String RESOURCE = "cameo.csv";

  private final Map<String, String> labels;

  public CameoCodebook(Map<String, String> labels) {
    this.labels = Map.copyOf(Objects.requireNonNull(labels, "labels"));
  }

  public static CameoCodebook load() throws IOException {
    try (InputStream in = CameoCodebook.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE + " beside " + CameoCodebook.class.getName());
      }
      return read(in);
    }
  }

  /** Reads {@code code,label} lines; a label may itself hold commas, '#' starts a comment line. */
  public static CameoCodebook read(InputStream in) throws IOException {
    Map<String, String> labels = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int comma = line.indexOf(',');
      if (line.isBlank() || line.startsWith("#") || comma < 0) {
        continue;
      }
      // "Consult- not specified below" is the codebook's way of saying the code is the general one
      String label = line.substring(comma + 1).strip().replaceFirst("[-,]\\s*not specified below$", "").strip();
      labels.put(line.substring(0, comma).strip(), label);
    }
    return new CameoCodebook(labels);
  }

  public Optional<String> label(String code) {
    return Optional.ofNullable(labels.get(code));
  }

  public boolean knows(String code) {
    return labels.containsKey(code);
  }

  public int size() {
    return labels.size();
  }
}
