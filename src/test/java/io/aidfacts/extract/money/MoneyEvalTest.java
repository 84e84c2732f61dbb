package io.aidfacts.extract.money;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.NormalizedText;
import io.aidfacts.read.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Money amounts measured on public annotated text in {@code ../shared/data} (read there, never
 * copied): the People's Daily January 1998 corpus (a number tagged {@code /m} followed by
 * {@code 元/q}) and the FewFC financial events (role {@code money}). An amount counts when the
 * scanner finds a span that covers the gold one with the gold value, computed by an
 * independent reference reader below. Prints the figures and every miss.
 *
 * <pre>mvn -o -q test -Dtest=MoneyEvalTest -DexcludedTestGroups=none</pre>
 */
@Tag("eval")
class MoneyEvalTest {

  private static final Path DATA = Path.of("../shared/data");

  record Gold(String text, CharSpan span, String number, BigDecimal value, String source) {}

  @Test
  void peoplesDaily1998() throws IOException {
    Path file = DATA.resolve("pd1998/199801.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath());
    List<Gold> gold = new ArrayList<>();
    int notNumbers = 0;
    try (BufferedReader r = Files.newBufferedReader(file, Charset.forName("GB18030"))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] toks = line.trim().split("\\s+");
        if (toks.length < 2) {
          continue;
        }
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int k = 1; k < toks.length; k++) { // token 0 is the paragraph id
          String t = toks[k].startsWith("[") ? toks[k].substring(1) : toks[k];
          int slash = t.lastIndexOf('/');
          if (slash <= 0) {
            continue;
          }
          String tag = t.substring(slash + 1);
          int bracket = tag.indexOf(']');
          if (bracket >= 0) {
            tag = tag.substring(0, bracket);
          }
          String w = t.substring(0, slash);
          offsets.add(new int[] {text.length(), text.length() + w.length()});
          text.append(w);
          words.add(w);
          tags.add(tag);
        }
        for (int k = 1; k < words.size(); k++) {
          if (!words.get(k).equals("元") || !tags.get(k).equals("q") || !tags.get(k - 1).equals("m")) {
            continue;
          }
          int first = k - 1;
          while (first > 0 && tags.get(first - 1).equals("m")) {
            first--;
          }
          int start = offsets.get(first)[0];
          int numEnd = offsets.get(k)[0];
          String number = text.substring(start, numEnd);
          BigDecimal value = Reference.value(number);
          if (value == null) {
            notNumbers++;
            continue;
          }
          gold.add(new Gold(text.toString(), new CharSpan(start, offsets.get(k)[1]), number, value, "pd1998"));
        }
      }
    }
    Score s = score(gold);
    System.out.printf("PD1998 money (number/m + 元/q): %d/%d with the right value = %.3f recall"
        + " (%d tags without a number left out)%n", s.found, gold.size(), s.recall(gold), notNumbers);
    s.misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(s.recall(gold) >= 0.99, "PD1998 money recall " + s.recall(gold));
  }

  private static final Pattern RANGE = Pattern.compile("^[^0-9]*([0-9.,]+)[-至~]([0-9.,]+)(万|亿)");
  private static final Pattern CURRENCY = Pattern.compile("(元|美元|美金|港元|港币|欧元|日元|英镑|韩元|人民币)");

  @Test
  void fewFcMoneyRoles() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Gold> gold = new ArrayList<>();
    int withoutCurrency = 0;
    for (String name : List.of("train_base.json", "train_trans.json")) {
      Path file = DATA.resolve("fewfc").resolve(name);
      Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath());
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        String content = d.path("content").asText();
        for (JsonNode e : d.path("events")) {
          for (JsonNode m : e.path("mentions")) {
            if (!m.path("role").asText().equals("money")) {
              continue;
            }
            String word = m.path("word").asText();
            int start = m.path("span").get(0).asInt();
            int end = m.path("span").get(1).asInt();
            if (!CURRENCY.matcher(word).find()) {
              withoutCurrency++;
              continue;
            }
            Matcher num = Reference.NUMBER.matcher(word);
            BigDecimal value = num.find() ? Reference.value(num.group()) : null;
            Matcher range = RANGE.matcher(word);
            if (range.find() && value != null) {
              // 5000-10000万元: the lower end takes the upper end's unit
              value = Reference.value(range.group(1) + range.group(3));
            }
            if (value == null || end > content.length() || !content.substring(start, end).equals(word)) {
              withoutCurrency++;
              continue;
            }
            gold.add(new Gold(content, new CharSpan(start + num.start(), start + num.end()),
                num.group(), value, "fewfc"));
          }
        }
      }
    }
    Score s = score(gold);
    System.out.printf("FewFC money role with a currency: %d/%d with the right value = %.3f recall"
        + " (%d without a currency or a number left out)%n", s.found, gold.size(), s.recall(gold),
        withoutCurrency);
    s.misses.forEach(m -> System.out.println("  miss: " + m));
    assertTrue(s.recall(gold) >= 0.95, "FewFC money recall " + s.recall(gold));
  }

  static final class Score {
    int found;
    final List<String> misses = new ArrayList<>();

    double recall(List<Gold> gold) {
      return gold.isEmpty() ? 0 : (double) found / gold.size();
    }
  }

  private static Score score(List<Gold> gold) {
    Score s = new Score();
    String lastText = null;
    List<MoneySpan> spans = List.of();
    NormalizedText view = null;
    for (Gold g : gold) {
      if (!g.text().equals(lastText)) {
        lastText = g.text();
        view = TextNormalizer.normalize(g.text());
        spans = MoneyScanner.scan(view.text());
      }
      String got = "nothing";
      boolean ok = false;
      for (MoneySpan m : spans) {
        CharSpan body = view.toOriginal(m.start(), m.end());
        if (body.overlaps(g.span())) {
          got = body.of(g.text()) + " = " + m.money().value().toPlainString();
          // a range (3元至5元) covers two gold numbers: its value and its max
          ok = body.start() <= g.span().start() && body.end() >= g.span().end()
              && (m.money().value().compareTo(g.value()) == 0
                  || m.money().max() != null && m.money().max().compareTo(g.value()) == 0);
          break;
        }
      }
      if (ok) {
        s.found++;
      } else {
        int from = Math.max(0, g.span().start() - 8);
        int to = Math.min(g.text().length(), g.span().end() + 6);
        s.misses.add(g.source() + " '" + g.number() + "' (" + g.value().toPlainString()
            + ") in …" + g.text().substring(from, to) + "…: got " + got);
      }
    }
    return s;
  }

  /**
   * An independent reader of the numbers these corpora tag, written differently from
   * {@code ChineseNumbers} (one accumulator pass) so that the two check each other. Vague
   * markers give the lower bound, as the scanner's convention is.
   */
  static final class Reference {
    static final Pattern NUMBER = Pattern.compile(
        "[0-9０-９零〇○一二两三四五六七八九十百千万亿几数上][0-9０-９.．·,，点零〇○一二两三四五六七八九十百千万亿多余几数 ]*[0-9０-９零〇○一二两三四五六七八九十百千万亿多余]");

    static BigDecimal value(String raw) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c >= '０' && c <= '９') {
          c = (char) (c - '０' + '0');
        }
        if (c == '．' || c == '·') {
          c = '.';
        }
        if ("多余几数上,， ".indexOf(c) >= 0) {
          continue;
        }
        // 两三千, 一二百: the lower of two adjacent numerals
        if (i + 1 < raw.length() && "一二两三四五六七八九".indexOf(c) >= 0
            && "二两三四五六七八九".indexOf(raw.charAt(i + 1)) >= 0
            && (d(raw.charAt(i + 1)) == d(c) + 1 || c == '三' && raw.charAt(i + 1) == '五')
            && (i + 2 == raw.length() || d(raw.charAt(i + 2)) < 0)) {
          b.append(c);
          i++;
          continue;
        }
        b.append(c);
      }
      String s = b.toString();
      if (s.isEmpty()) {
        return null;
      }
      Matcher arabic = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(万亿|万|亿)?").matcher(s);
      if (arabic.matches()) {
        BigDecimal v = new BigDecimal(arabic.group(1));
        String u = arabic.group(2);
        return u == null ? v : v.multiply(u.equals("万") ? BigDecimal.valueOf(10_000)
            : u.equals("亿") ? BigDecimal.valueOf(100_000_000) : new BigDecimal("1000000000000"));
      }
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal section = BigDecimal.ZERO;
      BigDecimal number = null;
      int decimals = -1;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int digit = d(c);
        if (digit >= 0) {
          if (decimals >= 0) {
            decimals++;
            number = number.add(BigDecimal.valueOf(digit).movePointLeft(decimals));
          } else {
            number = number == null || c >= '0' && c <= '9' && i > 0 && s.charAt(i - 1) >= '0'
                && s.charAt(i - 1) <= '9' ? (number == null ? BigDecimal.valueOf(digit)
                : number.movePointRight(1).add(BigDecimal.valueOf(digit)))
                : number.movePointRight(1).add(BigDecimal.valueOf(digit));
          }
        } else if (c == '点' || c == '.') {
          if (number == null) {
            number = BigDecimal.ZERO;
          }
          decimals = 0;
        } else if (c == '十' || c == '百' || c == '千') {
          BigDecimal unit = BigDecimal.valueOf(c == '十' ? 10 : c == '百' ? 100 : 1000);
          section = section.add((number == null ? BigDecimal.ONE : number).multiply(unit));
          number = null;
          decimals = -1;
        } else if (c == '万') {
          BigDecimal w = section.add(number == null ? BigDecimal.ZERO : number);
          section = (w.signum() == 0 ? BigDecimal.ONE : w).multiply(BigDecimal.valueOf(10_000));
          number = null;
          decimals = -1;
        } else if (c == '亿') {
          BigDecimal y = total.add(section).add(number == null ? BigDecimal.ZERO : number);
          total = (y.signum() == 0 ? BigDecimal.ONE : y).multiply(BigDecimal.valueOf(100_000_000));
          section = BigDecimal.ZERO;
          number = null;
          decimals = -1;
        } else {
          return null;
        }
      }
      BigDecimal v = total.add(section).add(number == null ? BigDecimal.ZERO : number);
      return v.signum() == 0 && !s.matches("[0零〇○.点]+") ? null : v;
    }

    private static int d(char c) {
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
      int i = "零一二三四五六七八九".indexOf(c);
      if (i >= 0) {
        return i;
      }
      return c == '两' ? 2 : c == '〇' || c == '○' ? 0 : -1;
    }
  }
}
