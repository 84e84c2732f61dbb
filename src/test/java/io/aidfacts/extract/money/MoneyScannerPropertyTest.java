package io.aidfacts.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.extract.ChineseNumbers;
import io.aidfacts.model.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial strings: the scanner never throws, never returns a negative value or
 * an inverted range, and its spans are inside the text, in order and disjoint.
 */
class MoneyScannerPropertyTest {

  // Numerals, units, qualifiers and currency words, so random strings are dense in near-amounts.
  private static final String ALPHABET = "0123456789０１２３４５６７８９.,，·．点零〇一二两三四五六七八九十百千万亿"
      + "壹贰叁肆伍陆柒捌玖拾佰仟萬億元块角分毛钱美港币欧日英镑人民台新约近逾超过多余数几上左右以下至到-~—"
      + "每户人月价值折合的药品物资第ABR$¥ \n。、（）";

  private static void checkProperties(String s) {
    List<MoneySpan> spans = MoneyScanner.scan(s);
    int last = 0;
    for (MoneySpan m : spans) {
      assertTrue(m.start() >= last && m.end() <= s.length(), () -> "span " + m + " in '" + s + "'");
      last = m.end();
      Money money = m.money();
      assertTrue(money.value().signum() >= 0, () -> "negative value in '" + s + "'");
      assertTrue(money.max() == null || money.max().compareTo(money.value()) >= 0);
    }
  }

  @Test
  void randomStringsOverTheAmountAlphabet() {
    Random r = new Random(20261201L);
    for (int round = 0; round < 20_000; round++) {
      int len = r.nextInt(40);
      StringBuilder b = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      checkProperties(b.toString());
    }
  }

  @Test
  void randomUnicodeIncludingSurrogates() {
    Random r = new Random(7L);
    for (int round = 0; round < 5_000; round++) {
      int len = r.nextInt(30);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < len; i++) {
        int cp = r.nextInt(4) == 0 ? 0x1F600 + r.nextInt(80) : r.nextInt(0x9FFF);
        b.appendCodePoint(cp);
      }
      checkProperties(b.toString());
    }
  }

  @Test
  void adversarialStrings() {
    String[] cases = {
      "", "元", "万元", "亿亿亿亿亿亿元", "万万万万元", "点元", "1.元", ".5元", "1..5元", "1,,000元",
      "1,00元", "1,0000元", "-5元", "--5万元", "5-元", "5至元", "至5元", "5至3万元", "9至1元",
      "多元", "余元", "数元", "几元", "上元", "上百", "数", "十几", "每", "每户", "价值", "折合人民币",
      "人民币", "港币", "RMB", "$", "¥", "0元", "0.0元", "00000元", "零元", "〇〇元",
      "1".repeat(100) + "元", "九".repeat(100) + "亿元", "万".repeat(1000) + "元",
      "1百2百3百元", "百千万亿元", "1点2点3元", "两三四五万元", "一二三四五六七八九十元",
      "123元1角1分2分", "5角", "8分", "1角钱", "3块", "块钱", "１２０万元" + "\uD83D\uDE00".repeat(3),
      "\uD800元", "5\uDC00元", "价值".repeat(50) + "5元", "每人".repeat(50) + "5元",
    };
    for (String s : cases) {
      checkProperties(s);
    }
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      big.append("捐赠价值约").append(i).append(".5万元的物资，每户").append(i % 7).append("百元；");
    }
    List<MoneySpan> spans = MoneyScanner.scan(big.toString());
    assertEquals(4000, spans.size());
    assertEquals(new BigDecimal("19995000"), spans.get(3998).money().value());
  }

  @Test
  void numberReaderNeverThrowsAndStaysInside() {
    Random r = new Random(42L);
    for (int round = 0; round < 20_000; round++) {
      int len = 1 + r.nextInt(25);
      StringBuilder b = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = b.toString();
      for (int i = 0; i < s.length(); i++) {
        ChineseNumbers.Reading n = ChineseNumbers.read(s, i);
        if (n != null) {
          assertTrue(n.start() == i && n.end() > i && n.end() <= s.length());
          assertTrue(n.value().signum() >= 0);
        }
      }
      ChineseNumbers.parse(s);
    }
  }
}
