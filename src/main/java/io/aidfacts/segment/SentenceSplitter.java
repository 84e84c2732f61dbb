package io.aidfacts.segment;

import io.aidfacts.model.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at 。！？!?；; and line breaks, keeping closing quotes with their
 * sentence; over-long runs are cut at commas so no segmenter call sees more than
 * {@link #MAX_CHARS} characters (HanLP's recognizers slow down sharply on long strings).
 */
public final class SentenceSplitter {

  public static final int MAX_CHARS = 400;

  private SentenceSplitter() {}

  public static List<CharSpan> split(String text) {
    List<CharSpan> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '!'
          || c == '?' || c == '；' || c == ';';
      if (end) {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        add(text, start, j, out);
        start = j;
        i = j;
      } else {
        i++;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(String text, int from, int to, List<CharSpan> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - from > MAX_CHARS) {
      int cut = -1;
      for (int k = from + MAX_CHARS; k > from + MAX_CHARS / 2; k--) {
        char c = text.charAt(k - 1);
        if (c == '，' || c == ',' || c == '、' || c == ' ') {
          cut = k;
          break;
        }
      }
      if (cut < 0) {
        cut = from + MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
      }
      out.add(new CharSpan(from, cut));
      from = cut;
    }
    if (end > from) {
      out.add(new CharSpan(from, end));
    }
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '"' || c == '」' || c == '』' || c == '）' || c == ')';
  }
}
