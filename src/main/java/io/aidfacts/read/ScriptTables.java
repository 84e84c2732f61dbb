package io.aidfacts.read;

import io.aidfacts.model.Script;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional-to-simplified character folding and script detection, from the bundled
 * {@code t2s-chars.tsv} (single characters of HanLP's {@code tc/t2s.txt}, Apache-2.0).
 */
public final class ScriptTables {

  private static final String RESOURCE = "t2s-chars.tsv";

  private ScriptTables() {}

  // Holder idiom: the table loads on first use, once, and is read-only afterwards.
  private static final class Holder {
    static final Map<Integer, Integer> T2S = load();
    // The same table as an array over the BMP (0: no entry), where nearly every lookup falls:
    // every character of every article is folded, and a boxed map lookup was a visible cost.
    static final int[] BMP = bmp(T2S);

    private static int[] bmp(Map<Integer, Integer> t2s) {
      int[] a = new int[0x10000];
      t2s.forEach((k, v) -> {
        if (k < 0x10000) {
          a[k] = v;
        }
      });
      return a;
    }

    private static Map<Integer, Integer> load() {
      InputStream in = ScriptTables.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("bundled resource io/aidfacts/read/" + RESOURCE
            + " is missing from the classpath; rebuild the jar");
      }
      Map<Integer, Integer> map = new HashMap<>(8192);
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("#") || line.isEmpty()) {
            continue;
          }
          int tab = line.indexOf('\t');
          map.put(line.codePointAt(0), line.codePointAt(tab + 1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled resource " + RESOURCE, e);
      }
      return Map.copyOf(map);
    }
  }

  /** The simplified form of a character, or the character itself. */
  public static int toSimplified(int cp) {
    if (cp < 0x3400) {
      return cp;
    }
    if (cp < 0x10000) {
      int s = Holder.BMP[cp];
      return s == 0 ? cp : s;
    }
    Integer s = Holder.T2S.get(cp);
    return s == null ? cp : s;
  }

  /** Folds a whole string to simplified script, char for char. */
  public static String toSimplified(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(toSimplified(cp)));
    return b.toString();
  }

  /**
   * The script of a text: traditional when at least 5% of its Chinese characters (and at least
   * two) exist only in traditional script. Simplified text has almost none, while traditional
   * text has them in nearly every sentence (會, 為, 與, 區).
   */
  public static Script detect(CharSequence text) {
    int han = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x3400 && TextNormalizer.isHan(c)) {
        han++;
        if (toSimplified(c) != c) {
          traditional++;
        }
      }
    }
    return traditional >= 2 && traditional * 20 >= han ? Script.TRADITIONAL : Script.SIMPLIFIED;
  }
}
