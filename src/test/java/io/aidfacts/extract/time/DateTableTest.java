package io.aidfacts.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.extract.AnalyzedText;
import io.aidfacts.extract.DateRecognizer;
import io.aidfacts.model.Article;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.Mention;
import io.aidfacts.read.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table {@code dates.tsv}: each row is a body, its publication date, and every DATE mention
 * expected in it with its exact span (found in order in the body) and value.
 */
class DateTableTest {

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(DateTableTest.class.getResourceAsStream("dates.tsv"), "dates.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalStateException("dates.tsv line " + no + ": expected 3 tab-separated columns, got " + cols.length);
        }
        rows.add(Arguments.of(no, cols[0], cols[1], cols[2]));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{index}: line {0} [{1}] {2}")
  @MethodSource("rows")
  void row(int line, String published, String body, String expected) {
    List<String> want = new ArrayList<>();
    int from = 0;
    if (!expected.equals("-")) {
      for (String item : expected.split(" \\| ")) {
        int eq = item.lastIndexOf('=');
        String span = item.substring(0, eq);
        int start = body.indexOf(span, from);
        assertTrue(start >= 0, "line " + line + ": expected span '" + span + "' is not in the body");
        from = start + span.length();
        want.add(span + "@" + start + "-" + from + "=" + item.substring(eq + 1));
      }
    }
    assertEquals(want, recognize(published.equals("-") ? null : published, body), "line " + line);
  }

  static List<String> recognize(String published, String body) {
    Article a = Article.of("t", body);
    if (published != null) {
      a = a.withPublished(published);
    }
    AnalyzedText text = new AnalyzedText(a, TextNormalizer.normalize(body), List.of());
    List<String> got = new ArrayList<>();
    for (Mention m : new DateRecognizer().recognize(text)) {
      DateMention d = (DateMention) m;
      assertEquals(d.text(), body.substring(d.start(), d.end()), "mention text equals its body span");
      got.add(d.text() + "@" + d.start() + "-" + d.end() + "=" + d.value());
    }
    return got;
  }
}
