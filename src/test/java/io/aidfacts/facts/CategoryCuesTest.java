package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.Category;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CategoryCuesTest {

  @Test
  void scoringAWindowInPlaceEqualsScoringItsCopy() {
    // The fact assembler scores windows in place; score(String) on the substring is the
    // definition. Texts of cue words back to back (overlapping, repeated, cut at the window's
    // edges) and filler, so the non-overlap rule and the window bounds are both exercised.
    List<CategoryCues.Cue> cues = CategoryCues.cues();
    Random random = new Random(7);
    int[] scratch = CategoryCues.newScratch();
    int nonZero = 0;
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        if (random.nextInt(3) == 0) {
          sb.append("的在了，。和".charAt(random.nextInt(6)));
        } else {
          sb.append(cues.get(random.nextInt(cues.size())).word());
        }
      }
      String text = sb.toString();
      int from = random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      int times = 1 + random.nextInt(3);
      int[] byOrdinal = new int[Category.values().length];
      CategoryCues.score(text, from, to, byOrdinal, times, scratch);
      Map<Category, Integer> expected = CategoryCues.score(text.substring(from, to));
      for (Category c : Category.values()) {
        assertEquals(times * expected.getOrDefault(c, 0), byOrdinal[c.ordinal()],
            c + " in [" + from + ", " + to + ") of " + text);
      }
      nonZero += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(nonZero > 150, "too few windows held a cue: " + nonZero);
  }
}
