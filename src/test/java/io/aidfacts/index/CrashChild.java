package io.aidfacts.index;

import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link CrashTest} in a child JVM: commits {@code committed} articles, then keeps adding
 * articles without committing (with a small buffer, so uncommitted segments reach the disk)
 * until it is killed. Prints {@code COMMITTED n} and {@code ADDED n} lines.
 */
public final class CrashChild {

  private CrashChild() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int committed = Integer.parseInt(args[1]);
    try (FactIndexWriter w = FactIndexWriter.openForBulk(dir, false, 1.0)) {
      int i = 0;
      for (; i < committed; i++) {
        add(w, i);
      }
      w.commit();
      System.out.println("COMMITTED " + i);
      System.out.flush();
      for (; ; i++) {
        add(w, i);
        if (i % 50 == 0) {
          System.out.println("ADDED " + i);
          System.out.flush();
        }
      }
    }
  }

  static void add(FactIndexWriter w, int i) throws IOException {
    Fixtures.Doc seed = Fixtures.seed();
    Article a = seed.article();
    Article copy = new Article("crash-" + i, a.url(), a.title() + " " + i, a.published(), a.outlet(),
        a.body(), a.script());
    List<AidFact> facts = seed.facts();
    w.add(copy, seed.mentions(), facts);
  }
}
