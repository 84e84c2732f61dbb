package io.aidfacts.index;

import io.aidfacts.read.ScriptTables;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds full-width ASCII forms to ASCII ({@code ２０１９} -> {@code 2019}), the ideographic space
 * to a space and traditional characters to simplified ({@code 捐贈} -> {@code 捐赠}), so a query
 * in either form finds text in the other. Offsets stay exact: where a character and its folded
 * form differ in UTF-16 length (a few simplified forms are supplementary characters),
 * {@link #correct(int)} maps positions back to the input, as {@code MappingCharFilter} does.
 */
public final class ChineseFoldingCharFilter extends BaseCharFilter {

  private final char[] buf = new char[1024];
  private int bufLen;
  private int bufPos;
  private boolean eof;
  /** The low surrogate of a folded supplementary character, still to be returned, or -1. */
  private int pending = -1;
  private int outputOffset;
  private int diff;

  public ChineseFoldingCharFilter(Reader in) {
    super(in);
  }

  /** The folded form of a code point; the identity for all but full-width and traditional forms. */
  public static int fold(int cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return cp - 0xFEE0;
    }
    if (cp == 0x3000) {
      return ' ';
    }
    return ScriptTables.toSimplified(cp);
  }

  /** Folds a whole string, code point by code point. */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(fold(cp)));
    return b.toString();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      if (pending >= 0) {
        cbuf[off + n++] = (char) pending;
        pending = -1;
        continue;
      }
      int c = next();
      if (c < 0) {
        break;
      }
      int cp = c;
      int width = 1;
      if (Character.isHighSurrogate((char) c)) {
        int d = peek();
        if (d >= 0 && Character.isLowSurrogate((char) d)) {
          next();
          cp = Character.toCodePoint((char) c, (char) d);
          width = 2;
        }
      }
      int folded = fold(cp);
      int outWidth = Character.charCount(folded);
      if (outWidth == 1) {
        cbuf[off + n++] = (char) folded;
      } else {
        cbuf[off + n++] = Character.highSurrogate(folded);
        pending = Character.lowSurrogate(folded);
      }
      if (outWidth != width) {
        // Every output position after this character's first char is shifted by the change
        // in length; recording it there also maps the middle of a surrogate pair inside it.
        diff += width - outWidth;
        addOffCorrectMap(outputOffset + 1, diff);
      }
      outputOffset += outWidth;
    }
    return n == 0 && len > 0 ? -1 : n;
  }

  private int next() throws IOException {
    if (!fill()) {
      return -1;
    }
    return buf[bufPos++];
  }

  private int peek() throws IOException {
    return fill() ? buf[bufPos] : -1;
  }

  private boolean fill() throws IOException {
    while (bufPos >= bufLen) {
      if (eof) {
        return false;
      }
      int r = input.read(buf, 0, buf.length);
      if (r < 0) {
        eof = true;
        return false;
      }
      bufPos = 0;
      bufLen = r;
    }
    return true;
  }
}
