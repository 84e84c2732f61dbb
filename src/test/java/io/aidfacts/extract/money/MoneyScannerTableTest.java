package io.aidfacts.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.model.CharSpan;
import io.aidfacts.model.Money;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.read.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table of money forms in {@code amounts.txt}: each line's text goes through the
 * normalizer and the scanner, and the one marked amount must come out with its exact span
 * (in the text as written), value, range maximum, currency and flags.
 */
class MoneyScannerTableTest {

  private static final Set<String> FLAGS = Set.of("approx", "inKind", "perUnit");

  record Case(int line, String text, CharSpan span, Money money) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = MoneyScannerTableTest.class.getResourceAsStream("amounts.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String l;
      int no = 0;
      while ((l = r.readLine()) != null) {
        no++;
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\\|", -1);
        if (f.length != 5) {
          throw new IllegalStateException("amounts.txt line " + no + ": expected 5 fields, got " + f.length);
        }
        String marked = f[0].strip();
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        if (open < 0) {
          out.add(new Case(no, marked, null, null));
          continue;
        }
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        List<String> flags = List.of(f[4].strip().split("\\s+"));
        for (String flag : flags) {
          if (!flag.equals("-") && !FLAGS.contains(flag)) {
            throw new IllegalStateException("amounts.txt line " + no + ": unknown flag " + flag);
          }
        }
        BigDecimal max = f[2].isBlank() ? null : new BigDecimal(f[2].strip());
        Money money = new Money(new BigDecimal(f[1].strip()), max, f[3].strip(),
            flags.contains("approx"), flags.contains("inKind"), flags.contains("perUnit"));
        out.add(new Case(no, text, new CharSpan(open, close - 1), money));
      }
    }
    return out;
  }

  static List<CharSpanMoney> found(String text) {
    NormalizedText view = TextNormalizer.normalize(text);
    List<CharSpanMoney> out = new ArrayList<>();
    for (MoneySpan m : MoneyScanner.scan(view.text())) {
      out.add(new CharSpanMoney(view.toOriginal(m.start(), m.end()), m.money()));
    }
    return out;
  }

  record CharSpanMoney(CharSpan span, Money money) {}

  @TestFactory
  Stream<DynamicTest> everyFormInTheTable() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.text(), () -> {
      List<CharSpanMoney> got = found(c.text());
      if (c.span() == null) {
        assertEquals(List.of(), got, "no amount in '" + c.text() + "'");
        return;
      }
      CharSpanMoney hit = null;
      for (CharSpanMoney g : got) {
        if (g.span().overlaps(c.span())) {
          assertTrue(hit == null, "two amounts overlap the marked one: " + got);
          hit = g;
        }
      }
      assertTrue(hit != null, "marked amount " + c.span().of(c.text()) + " not found in " + got);
      assertEquals(c.span().of(c.text()), hit.span().of(c.text()), "span");
      assertEquals(c.money(), hit.money(), "money of " + c.span().of(c.text()));
    }));
  }

  @Test
  void theTableCoversEveryFormWithEnoughCases() throws IOException {
    List<Case> all = cases();
    assertTrue(all.size() >= 250, "only " + all.size() + " cases");
    assertTrue(all.stream().filter(c -> c.money() != null && c.money().max() != null).count() >= 15);
    assertTrue(all.stream().filter(c -> c.money() == null).count() >= 30);
    assertTrue(all.stream().filter(c -> c.money() != null && !c.money().isCny()).count() >= 20);
  }
}
