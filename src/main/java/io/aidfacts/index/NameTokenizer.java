package io.aidfacts.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Overlapping character bigrams of a name's letters and digits ({@code 民进大连} -> 民进, 进大,
 * 大连), lower-cased, or the single character of a one-character name. Punctuation and spaces
 * are skipped ({@code 中国·大连} bigrams as {@code 中国大连}). A phrase of a query's bigrams then
 * matches exactly the names that contain the query, wherever segmentation would have cut them.
 *
 * <p>Names are short: the tokenizer reads its whole input (at most {@link #MAX_CHARS} chars;
 * the rest is ignored) on the first call.
 */
public final class NameTokenizer extends Tokenizer {

  /** Token type of a bigram. */
  public static final String BIGRAM_TYPE = "<BIGRAM>";
  /** Token type of a one-character name. */
  public static final String SINGLE_TYPE = "<SINGLE>";
  public static final int MAX_CHARS = 4096;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final char[] text = new char[MAX_CHARS];
  private int[] cps = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int count = -1;
  private int next;
  private int length;

  public NameTokenizer() {
    super();
  }

  public NameTokenizer(AttributeFactory factory) {
    super(factory);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (count < 0) {
      fill();
    }
    if (count == 1 && next == 0) {
      emit(0, 0, SINGLE_TYPE);
      next = 1;
      return true;
    }
    if (next + 1 < count) {
      emit(next, next + 1, BIGRAM_TYPE);
      next++;
      return true;
    }
    return false;
  }

  private void emit(int from, int to, String type) {
    clearAttributes();
    termAtt.setEmpty();
    for (int i = from; i <= to; i++) {
      termAtt.append(new String(Character.toChars(cps[i])));
    }
    offsetAtt.setOffset(correctOffset(starts[from]), correctOffset(ends[to]));
    typeAtt.setType(type);
  }

  private void fill() throws IOException {
    length = 0;
    int r;
    while (length < text.length && (r = input.read(text, length, text.length - length)) > 0) {
      length += r;
    }
    // Leave the unread rest in the reader, as Lucene expects a tokenizer to consume; drain it.
    char[] skip = new char[256];
    while (input.read(skip) > 0) {
      // ignored: names beyond MAX_CHARS are not indexed further
    }
    count = 0;
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i, length);
      int w = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (count == cps.length) {
          cps = Arrays.copyOf(cps, count * 2);
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        cps[count] = Character.toLowerCase(cp);
        starts[count] = i;
        ends[count] = i + w;
        count++;
      }
      i += w;
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(Math.max(length, 0));
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = -1;
    next = 0;
    length = 0;
  }
}
