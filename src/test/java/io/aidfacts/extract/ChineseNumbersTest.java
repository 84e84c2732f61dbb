package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.aidfacts.extract.ChineseNumbers.Reading;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Exact values of whole numbers ({@link ChineseNumbers#parse}) and numbers in running text ({@link ChineseNumbers#read}). */
class ChineseNumbersTest {

  private static void parses(String text, String value) {
    assertEquals(new BigDecimal(value), ChineseNumbers.parse(text), text);
  }

  @Test
  void wholeNumbersAreExact() {
    parses("5.8万", "58000.0");
    parses("3541.07万", "35410700.00");
    parses("1,200", "1200");
    parses("１２００", "1200");
    parses("13·4亿", "1340000000.0");
    parses("三千五百", "3500");
    parses("一点七八亿", "178000000.00");
    parses("十五点八万", "158000.0");
    parses("1百23万", "1230000");
    parses("壹万贰仟", "12000");
    parses("二〇〇", "200");
    parses("二〇一九", "2019");
    parses("一千零五", "1005");
    parses("三亿五千万", "350000000");
    parses("1.2万亿", "1200000000000.0");
    parses("两", "2");
    parses("十", "10");
    parses("萬", "10000");
    parses("九万一千亿", "9100000000000");
    parses("3亿5000万", "350000000");
  }

  @Test
  void malformedNumbersAreNull() {
    assertNull(ChineseNumbers.parse("百三千"));
    assertNull(ChineseNumbers.parse("1.2.3"));
    assertNull(ChineseNumbers.parse("二三百"));
    assertNull(ChineseNumbers.parse("元"));
    assertNull(ChineseNumbers.parse(""));
    assertNull(ChineseNumbers.parse(null));
    assertNull(ChineseNumbers.parse("1".repeat(ChineseNumbers.MAX_LENGTH + 1)));
  }

  @Test
  void readingRunningTextKeepsBoundsVaguenessAndUnits() {
    Reading r = ChineseNumbers.read("捐款1500多万元", 2);
    assertEquals(new Reading(2, 8, new BigDecimal("15000000"), null, true, BigDecimal.valueOf(10_000),
        true, true, true), r);
    Reading range = ChineseNumbers.read("两三千元", 0);
    assertEquals(new BigDecimal("2000"), range.value());
    assertEquals(new BigDecimal("3000"), range.max());
    Reading vague = ChineseNumbers.read("数十万元", 0);
    assertEquals(new BigDecimal("100000"), vague.value());
    assertEquals(4 - 1, vague.end());
    Reading point = ChineseNumbers.read("下午3点到", 2);
    assertEquals(3, point.end()); // 3点 is a time: the point is not a decimal point
    assertEquals(new BigDecimal("5"), ChineseNumbers.read("3-5万元", 2).head());
    assertNull(ChineseNumbers.read("上学", 0));
    assertNull(ChineseNumbers.read("元", 0));
  }
}
