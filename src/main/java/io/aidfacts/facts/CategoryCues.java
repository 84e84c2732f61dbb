package io.aidfacts.facts;

import io.aidfacts.extract.FirstCharIndex;
import io.aidfacts.model.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cue words of the aid categories, from the bundled {@code category-cues.tsv}; loaded once, on
 * first use. Immutable and thread-safe.
 */
final class CategoryCues {

  record Cue(Category category, String word, int weight) {}

  private static final String RESOURCE = "category-cues.tsv";

  private CategoryCues() {}

  private static final class Holder {
    static final List<Cue> CUES = load();
    static final FirstCharIndex WORDS = new FirstCharIndex(CUES.stream().map(Cue::word).toArray(String[]::new));
    static final int[] WEIGHTS = CUES.stream().mapToInt(Cue::weight).toArray();
    static final int[] CATEGORY = CUES.stream().mapToInt(c -> c.category().ordinal()).toArray();
    // The disaster cues alone: whether an article is about a disaster is asked of its whole text.
    static final FirstCharIndex DISASTER_WORDS = new FirstCharIndex(
        CUES.stream().filter(c -> c.category() == Category.DISASTER).map(Cue::word).toArray(String[]::new));
    static final int[] DISASTER_WEIGHTS = CUES.stream().filter(c -> c.category() == Category.DISASTER)
        .mapToInt(Cue::weight).toArray();
  }

  static List<Cue> cues() {
    return Holder.CUES;
  }

  /** Weighted cue counts of {@code text}, by category. */
  static Map<Category, Integer> score(String text) {
    // One pass over the text for all cues (it runs several times per fact): each cue counts its
    // occurrences left to right without overlapping itself, as a search from the end of the
    // previous one would.
    List<Cue> cues = cues();
    FirstCharIndex words = Holder.WORDS;
    int[] counts = new int[cues.size()];
    int[] next = new int[cues.size()];
    for (int i = 0; i < text.length(); i++) {
      for (int k : words.startingWith(text.charAt(i))) {
        String w = words.word(k);
        if (i >= next[k] && text.startsWith(w, i)) {
          counts[k]++;
          next[k] = i + w.length();
        }
      }
    }
    Map<Category, Integer> out = new EnumMap<>(Category.class);
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        Cue c = cues.get(k);
        out.merge(c.category(), counts[k] * c.weight(), Integer::sum);
      }
    }
    return out;
  }

  /** A work array for {@link #score(String, int, int, int[], int, int[])}; one per caller. */
  static int[] newScratch() {
    return new int[cues().size()];
  }

  /**
   * {@link #score(String)} of {@code text[from, to)}, times {@code times}, added into
   * {@code byOrdinal} (indexed by {@link Category#ordinal()}); {@code scratch} is a work array
   * of {@link #newScratch()}. No substring and no map: it runs several times per fact.
   */
  static void score(String text, int from, int to, int[] byOrdinal, int times, int[] scratch) {
    FirstCharIndex words = Holder.WORDS;
    int[] weights = Holder.WEIGHTS;
    int[] category = Holder.CATEGORY;
    java.util.Arrays.fill(scratch, 0);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!words.starts(c)) {
        continue;
      }
      for (int k : words.startingWith(c)) {
        String w = words.word(k);
        if (i >= scratch[k] && i + w.length() <= to && text.startsWith(w, i)) {
          byOrdinal[category[k]] += times * weights[k];
          scratch[k] = i + w.length();
        }
      }
    }
  }

  /** Whether an article is about a disaster (two or more disaster cues). */
  static boolean aboutDisaster(String text) {
    // The disaster score of score(text), counted only as far as the threshold: weights are positive.
    FirstCharIndex words = Holder.DISASTER_WORDS;
    int[] weights = Holder.DISASTER_WEIGHTS;
    int[] next = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!words.starts(c)) {
        continue;
      }
      for (int k : words.startingWith(c)) {
        String w = words.word(k);
        if (i >= next[k] && text.startsWith(w, i)) {
          sum += weights[k];
          if (sum >= 4) {
            return true;
          }
          next[k] = i + w.length();
        }
      }
    }
    return false;
  }

  private static List<Cue> load() {
    try (InputStream in = CategoryCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("bundled resource io/aidfacts/facts/" + RESOURCE
            + " is missing from the classpath: rebuild the jar"));
      }
      List<Cue> cues = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": expected category<TAB>cue<TAB>weight, got '"
              + line + "'");
        }
        int weight = Integer.parseInt(f[2]);
        if (weight < 1) {
          // aboutDisaster stops counting at its threshold, which holds only for positive weights.
          throw new IllegalStateException(RESOURCE + " line " + n + ": weight must be at least 1, got " + weight);
        }
        cues.add(new Cue(Category.fromJsonName(f[0]), f[1], weight));
      }
      return Collections.unmodifiableList(cues);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource io/aidfacts/facts/" + RESOURCE, e);
    }
  }
}
