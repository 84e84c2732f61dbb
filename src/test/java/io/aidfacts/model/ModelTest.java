package io.aidfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void oneToOneViewMapsBodyOffsetsToThemselvesClampedToTheView() {
    NormalizedText same = NormalizedText.identity("捐赠图书");
    assertEquals(2, same.toView(2));
    assertEquals(4, same.toView(4));
    assertEquals(4, same.toView(9));
    assertEquals(0, same.toView(-1));
    // A view that dropped a char searches: body 3 (after the dropped space) is view 2.
    NormalizedText dropped = new NormalizedText("捐 赠图", "捐赠图", new int[] {0, 2, 3}, new int[] {1, 3, 4});
    assertEquals(1, dropped.toView(1));
    assertEquals(1, dropped.toView(2));
    assertEquals(2, dropped.toView(3));
    assertEquals(3, dropped.toView(4));
  }

  @Test
  void charSpanRejectsBadOffsetsNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 3));
    assertEquals("span must satisfy 0 <= start <= end, got start=5, end=3", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 3));
    assertEquals("捐赠", new CharSpan(2, 4).of("民盟捐赠"));
  }

  @Test
  void mentionTextMustFitItsSpan() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OrgMention(new CharSpan(0, 3), "民盟", null));
    assertTrue(e.getMessage().contains("'民盟' has length 2 but span [0..3) has length 3"), e.getMessage());
  }

  @Test
  void moneyIsExactAndNormalized() {
    Money a = Money.cny(new BigDecimal("5.8").multiply(new BigDecimal("10000")));
    assertEquals(Money.cny(new BigDecimal("58000")), a);
    assertEquals("58000", a.value().toPlainString());
    assertThrows(IllegalArgumentException.class, () -> Money.cny(new BigDecimal("-1")));
    assertThrows(IllegalArgumentException.class,
        () -> new Money(BigDecimal.TEN, BigDecimal.ONE, "CNY", false, false, false));
    assertThrows(IllegalArgumentException.class,
        () -> new Money(BigDecimal.TEN, null, "rmb", false, false, false));
  }

  @Test
  void dateValueCoversItsPrecision() {
    DateValue month = DateValue.of("2019-04");
    assertEquals(LocalDate.of(2019, 4, 1), month.firstDay());
    assertEquals(LocalDate.of(2019, 4, 30), month.lastDay());
    DateValue range = DateValue.of("2019-09/2019-12");
    assertEquals(LocalDate.of(2019, 12, 31), range.lastDay());
    assertEquals(LocalDate.of(2020, 2, 29), DateValue.of("2020-02").lastDay());
    assertEquals("2019-08-07/2019-08-10",
        DateValue.between(DateValue.of("2019-08-07"), DateValue.of("2019-08-10")).value());
    assertThrows(IllegalArgumentException.class, () -> DateValue.of("2019-13"));
    assertThrows(IllegalArgumentException.class, () -> DateValue.of("2019-02-30"));
    assertThrows(IllegalArgumentException.class, () -> DateValue.of("2020/2019"));
    assertThrows(IllegalArgumentException.class, () -> DateValue.of("19年"));
  }

  @Test
  void articleValidatesPublished() {
    Article a = new Article("x", null, null, "2019-12-06T09:30:16", null, "正文", Script.SIMPLIFIED);
    assertEquals(LocalDate.of(2019, 12, 6), a.publishedDate().orElseThrow());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Article("x", null, null, "06/12/2019", null, "正文", Script.SIMPLIFIED));
    assertTrue(e.getMessage().startsWith("article 'x': published '06/12/2019' is not an ISO local date"));
  }

  @Test
  void normalizedTextRejectsMapsOutsideTheOriginal() {
    assertThrows(IllegalArgumentException.class,
        () -> new NormalizedText("ab", "ab", new int[] {0, 1}, new int[] {1, 3}));
  }
}
