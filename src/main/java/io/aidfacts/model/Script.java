package io.aidfacts.model;

import java.util.Locale;

/** The Chinese script an article is written in. Analysis always runs on a simplified view. */
public enum Script {
  SIMPLIFIED,
  TRADITIONAL;

  /** The name used in JSON output: {@code simplified} or {@code traditional}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Script fromJsonName(String name) {
    for (Script s : values()) {
      if (s.jsonName().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown script '" + name + "': expected 'simplified' or 'traditional'");
  }
}
