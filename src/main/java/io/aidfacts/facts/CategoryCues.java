package io.aidfacts.facts;

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
  }

  static List<Cue> cues() {
    return Holder.CUES;
  }

  /** Weighted cue counts of {@code text}, by category. */
  static Map<Category, Integer> score(String text) {
    Map<Category, Integer> out = new EnumMap<>(Category.class);
    for (Cue c : cues()) {
      int n = count(text, c.word());
      if (n > 0) {
        out.merge(c.category(), n * c.weight(), Integer::sum);
      }
    }
    return out;
  }

  /** Whether an article is about a disaster (two or more disaster cues). */
  static boolean aboutDisaster(String text) {
    Integer s = score(text).get(Category.DISASTER);
    return s != null && s >= 4;
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
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
        cues.add(new Cue(Category.fromJsonName(f[0]), f[1], Integer.parseInt(f[2])));
      }
      return Collections.unmodifiableList(cues);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource io/aidfacts/facts/" + RESOURCE, e);
    }
  }
}
