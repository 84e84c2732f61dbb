package io.aidfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap pre-pass over normalized text: does it contain any cue of giving (the bundled
 * {@code fact-cues.txt})? Text without one cannot hold an aid fact, so the costly analysis
 * can be spared for it. One pass with a table of first characters, tens of millions of
 * characters a second. Immutable and thread-safe.
 */
public final class FactPrefilter {

  private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
  private final Map<Character, String[]> byFirst = new HashMap<>();
  private final List<String> cues;

  public FactPrefilter(List<String> cues) {
    if (cues.isEmpty()) {
      throw new IllegalArgumentException("a prefilter needs at least one cue");
    }
    Map<Character, List<String>> groups = new HashMap<>();
    for (String c : cues) {
      if (c.isEmpty()) {
        throw new IllegalArgumentException("empty cue in " + cues);
      }
      first[c.charAt(0)] = true;
      groups.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c);
    }
    groups.forEach((k, v) -> byFirst.put(k, v.toArray(String[]::new)));
    this.cues = List.copyOf(cues);
  }

  /** The prefilter with the bundled cues. */
  public static FactPrefilter bundled() {
    return Holder.BUNDLED;
  }

  public List<String> cues() {
    return cues;
  }

  /** Whether the text contains a cue of giving (and so may hold a fact). */
  public boolean mayHoldFact(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (first[c]) {
        for (String cue : byFirst.get(c)) {
          if (regionMatches(text, i, cue)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean regionMatches(CharSequence text, int at, String cue) {
    if (at + cue.length() > text.length()) {
      return false;
    }
    for (int j = 1; j < cue.length(); j++) {
      if (text.charAt(at + j) != cue.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static final class Holder {
    static final FactPrefilter BUNDLED = new FactPrefilter(load("fact-cues.txt"));

    private static List<String> load(String name) {
      List<String> out = new ArrayList<>();
      try (InputStream in = FactPrefilter.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("bundled resource io/aidfacts/extract/" + name
              + " is missing from the jar"));
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String cue = line.strip();
          if (!cue.isEmpty() && !cue.startsWith("#")) {
            out.add(cue);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled " + name, e);
      }
      return out;
    }
  }
}
