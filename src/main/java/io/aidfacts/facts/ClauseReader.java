package io.aidfacts.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the view into paragraphs, sentences and clauses. A sentence ends at 。！？；(and their
 * half-width forms) or a line break; a clause ends at a comma or a colon. Clauses are where
 * the roles of one act are looked for: Chinese news puts a subject in the first clause and
 * lets the following clauses go on without one ({@code 民进大连市委会为…捐赠…，并向…捐赠…}).
 * Punctuation inside brackets ({@code （折合人民币约865万元）}) does not cut.
 */
final class ClauseReader {

  /** A clause: view offsets, its index in its sentence. */
  record Clause(int start, int end, int index) {
    int length() {
      return end - start;
    }
  }

  /** A sentence with its clauses and the paragraph it belongs to. */
  record Sentence(int start, int end, int paragraph, int index, List<Clause> clauses) {
    Sentence {
      clauses = List.copyOf(clauses);
    }

    Clause clauseAt(int viewOffset) {
      for (Clause c : clauses) {
        if (viewOffset >= c.start() && viewOffset < c.end()) {
          return c;
        }
      }
      return clauses.get(clauses.size() - 1);
    }
  }

  private ClauseReader() {}

  static List<Sentence> read(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int start = 0;
    int depth = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '（' || c == '(' || c == '《') {
        depth++;
      } else if ((c == '）' || c == ')' || c == '》') && depth > 0) {
        depth--;
      }
      boolean lineEnd = c == '\n' || c == '\r';
      boolean end = lineEnd || (depth == 0 && isSentenceEnd(c));
      if (!end) {
        continue;
      }
      int stop = i + 1;
      while (!lineEnd && stop < text.length() && isClosingQuote(text.charAt(stop))) {
        stop++;
      }
      add(text, start, lineEnd ? i : stop, paragraph, out);
      if (lineEnd) {
        paragraph++;
        depth = 0;
        start = i + 1;
      } else {
        start = stop;
        i = stop - 1;
      }
    }
    return out;
  }

  // Char tests as switches: they run for every character of every article.
  private static boolean isSentenceEnd(char c) {
    switch (c) {
      case '。': case '！': case '？': case '!': case '?': case '；': case ';':
        return true;
      default:
        return false;
    }
  }

  private static boolean isClosingQuote(char c) {
    switch (c) {
      case '”': case '’': case '"': case '」': case '』':
        return true;
      default:
        return false;
    }
  }

  // 1,200万元 and 10:30 are numbers, not two clauses.
  private static boolean betweenDigits(String text, int i) {
    char c = text.charAt(i);
    return (c == ',' || c == ':') && i > 0 && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
  }

  private static void add(String text, int from, int to, int paragraph, List<Sentence> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to <= from) {
      return;
    }
    List<Clause> clauses = new ArrayList<>();
    int s = from;
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(' || c == '《') {
        depth++;
      } else if ((c == '）' || c == ')' || c == '》') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == '，' || c == ',' || c == '：' || c == ':') && !betweenDigits(text, i)) {
        if (i > s) {
          clauses.add(new Clause(s, i, clauses.size()));
        }
        s = i + 1;
      }
    }
    int last = to;
    while (last > s && (isSentenceEnd(text.charAt(last - 1)) || isClosingQuote(text.charAt(last - 1)))) {
      last--;
    }
    if (last > s) {
      clauses.add(new Clause(s, last, clauses.size()));
    }
    if (!clauses.isEmpty()) {
      out.add(new Sentence(from, to, paragraph, out.size(), clauses));
    }
  }
}
