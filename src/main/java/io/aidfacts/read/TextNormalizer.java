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
    int n = body.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 8];
    int[] ends = new int[n + 8];
    int len = 0;
    Matcher entity = ENTITY.matcher(body);
    Matcher gloss = GLOSS.matcher(body);
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c == '&' && entity.region(i, n).lookingAt()) {
        String decoded = decodeEntity(entity.group(1));
        if (decoded != null) {
          int end = entity.end();
          for (int k = 0; k < decoded.length(); k++) {
            starts = grow(starts, len);
            ends = grow(ends, len);
            char d = decoded.charAt(k);
            out.append(d == '\u00a0' ? ' ' : d);
            starts[len] = i;
            ends[len] = end;
            len++;
          }
          i = end;
          continue;
        }
      }
      if ((c == '(' || c == '（') && i > 0 && isHan(body.codePointBefore(i))
          && gloss.region(i, n).lookingAt()) {
        i = gloss.end();
        continue;
      }
      int cp = body.codePointAt(i);
      int width = Character.charCount(cp);
      int folded = fold(cp);
      int count = Character.charCount(folded);
      for (int k = 0; k < count; k++) {
        starts = grow(starts, len);
        ends = grow(ends, len);
        out.append(count == 1 ? (char) folded : k == 0 ? Character.highSurrogate(folded) : Character.lowSurrogate(folded));
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
      i += width;
    }
    return dropStraySpaces(body, out, Arrays.copyOf(starts, len), Arrays.copyOf(ends, len));
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

  private static NormalizedText dropStraySpaces(String body, StringBuilder view, int[] starts, int[] ends) {
    int n = view.length();
    StringBuilder out = new StringBuilder(n);
    int[] s = new int[n];
    int[] e = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = view.charAt(i);
      if (c == ' ' && i > 0 && i + 1 < n && isHan(view.charAt(i - 1)) && isHan(view.charAt(i + 1))) {
        continue;
      }
      out.append(c);
      s[len] = starts[i];
      e[len] = ends[i];
      len++;
    }
    return new NormalizedText(body, out.toString(), Arrays.copyOf(s, len), Arrays.copyOf(e, len));
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

  private static int[] grow(int[] a, int len) {
    return len < a.length ? a : Arrays.copyOf(a, a.length * 2 + 8);
  }
}
