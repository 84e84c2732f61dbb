package io.aidfacts.read;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.aidfacts.model.NormalizedText;
import org.jsoup.nodes.Entities;

/**
 * Builds the {@link NormalizedText} view of a body: decodes HTML entities, drops the pinyin
 * glosses some mirror sites print after characters ({@code 捐贈(zèng)}), folds full-width
 * letters and digits to ASCII, traditional characters to simplified, and drops single spaces
 * between two Chinese characters ({@code 捐 赠}). Every view char keeps the original range it
 * came from. Stateless and thread-safe.
 */
public final class TextNormalizer {

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  // Tone-marked or plain lower-case pinyin syllable in half- or full-width parentheses.
  private static final Pattern GLOSS = Pattern.compile(
      "[(（][a-zü\\u0101\\u00e1\\u01ce\\u00e0\\u0113\\u00e9\\u011b\\u00e8\\u012b\\u00ed\\u01d0\\u00ec"
          + "\\u014d\\u00f3\\u01d2\\u00f2\\u016b\\u00fa\\u01d4\\u00f9\\u01d6\\u01d8\\u01da\\u01dc\\u0144\\u0148\\u01f9]{1,7}[1-5]? ?[)）]");

  // Character.UnicodeScript.of searches a table; asked for every character of every article
  // (script detection, stray spaces), so the answers for the BMP are read once.
  private static final java.util.BitSet HAN_BMP = hanBmp();

  private TextNormalizer() {}

  public static NormalizedText normalize(String body) {
    // One pass into exact-size arrays, stray spaces dropped in place after it, and the body
    // itself as the view when nothing changed (most articles): every article goes through here,
    // and the builders and copies of a plainer version made several times the text in garbage.
    int n = body.length();
    char[] out = new char[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int len = 0;
    boolean same = true;
    Matcher entity = null;
    Matcher gloss = null;
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c == '&') {
        entity = entity != null ? entity : ENTITY.matcher(body);
        if (entity.region(i, n).lookingAt()) {
          String decoded = decodeEntity(entity.group(1));
          if (decoded != null) {
            int end = entity.end();
            for (int k = 0; k < decoded.length(); k++) {
              if (len == out.length) {
                out = Arrays.copyOf(out, 2 * len + 8);
                starts = Arrays.copyOf(starts, 2 * len + 8);
                ends = Arrays.copyOf(ends, 2 * len + 8);
              }
              char d = decoded.charAt(k);
              out[len] = d == '\u00a0' ? ' ' : d;
              starts[len] = i;
              ends[len] = end;
              len++;
            }
            same = false;
            i = end;
            continue;
          }
        }
      }
      if ((c == '(' || c == '（') && i > 0 && isHan(body.codePointBefore(i))) {
        gloss = gloss != null ? gloss : GLOSS.matcher(body);
        if (gloss.region(i, n).lookingAt()) {
          same = false;
          i = gloss.end();
          continue;
        }
      }
      int cp = Character.isSurrogate(c) ? body.codePointAt(i) : c;
      int width = Character.charCount(cp);
      int folded = fold(cp);
      if (folded != cp) {
        same = false;
      }
      int count = Character.charCount(folded);
      for (int k = 0; k < count; k++) {
        if (len == out.length) {
          out = Arrays.copyOf(out, 2 * len + 8);
          starts = Arrays.copyOf(starts, 2 * len + 8);
          ends = Arrays.copyOf(ends, 2 * len + 8);
        }
        out[len] = count == 1 ? (char) folded : k == 0 ? Character.highSurrogate(folded) : Character.lowSurrogate(folded);
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
      i += width;
    }
    // Stray spaces: a single space between two Chinese characters of the view. The test reads
    // the view before any drop (prev), so dropping in place changes nothing it sees.
    int w = 0;
    char prev = 0;
    for (int r = 0; r < len; r++) {
      char c = out[r];
      boolean stray = c == ' ' && r > 0 && r + 1 < len && isHan(prev) && isHan(out[r + 1]);
      prev = c;
      if (stray) {
        continue;
      }
      out[w] = c;
      starts[w] = starts[r];
      ends[w] = ends[r];
      w++;
    }
    String text = same && w == n ? body : new String(out, 0, w);
    if (w != starts.length) {
      starts = Arrays.copyOf(starts, w);
      ends = Arrays.copyOf(ends, w);
    }
    return NormalizedText.adopting(body, text, starts, ends);
  }

  /** Full-width ASCII to ASCII, ideographic space to space, traditional to simplified. */
  static int fold(int cp) {
    if (cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
      return cp - 0xFEE0;
    }
    switch (cp) {
      case 0xFF0E: return '.';
      case 0xFF05: return '%';
      case 0xFF0D: return '-';
      case 0xFF0B: return '+';
      case 0x3000: case 0x00A0: return ' ';
      default: return ScriptTables.toSimplified(cp);
    }
  }

  private static String decodeEntity(String name) {
    if (name.charAt(0) == '#') {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    String s = Entities.getByName(name);
    return s == null || s.isEmpty() ? null : s;
  }

  static boolean isHan(int cp) {
    return cp >= 0 && cp < 0x10000 ? HAN_BMP.get(cp) : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static java.util.BitSet hanBmp() {
    java.util.BitSet b = new java.util.BitSet(0x10000);
    for (int cp = 0; cp < 0x10000; cp++) {
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        b.set(cp);
      }
    }
    return b;
  }

}
