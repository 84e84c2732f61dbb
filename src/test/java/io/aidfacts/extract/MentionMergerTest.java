package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateMention;
import io.aidfacts.model.Mention;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PersonMention;
import io.aidfacts.model.PlaceMention;
import io.aidfacts.model.QuantityMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

  @Test
  void numericMentionsWinAndNamesOfOtherTypesNest() {
    Mention org = new OrgMention(new CharSpan(0, 6), "纳雍县教育局", "纳雍县教育局");
    Mention place = new PlaceMention(new CharSpan(0, 3), "纳雍县", "520525", List.of("贵州省", "毕节市", "纳雍县"));
    Mention person = new PersonMention(new CharSpan(5, 7), "局张");
    Mention date = new DateMention(new CharSpan(6, 9), "3月5", null);
    Mention count = new QuantityMention(new CharSpan(1, 3), "雍县", BigDecimal.ONE, "县", false);
    List<Mention> merged = MentionMerger.merge(List.of(count, person, place, date, org));
    // The date beats the overlapping person; the place nests in the organisation; the quantity
    // gives way to both names.
    assertEquals(List.of(org, place, date), merged);
  }

  @Test
  void packedKeysOrderAsTheComparatorsDo() {
    Random r = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<Mention> ms = new ArrayList<>();
      int n = r.nextInt(40);
      for (int k = 0; k < n; k++) {
        int s = r.nextInt(60);
        int e = s + 1 + r.nextInt(6);
        CharSpan span = new CharSpan(s, e);
        String text = "x".repeat(e - s);
        switch (r.nextInt(5)) {
          case 0 -> ms.add(new OrgMention(span, text, text));
          case 1 -> ms.add(new PersonMention(span, text));
          case 2 -> ms.add(new PlaceMention(span, text, null, List.of()));
          case 3 -> ms.add(new DateMention(span, text, null));
          default -> ms.add(new QuantityMention(span, text, BigDecimal.ONE, "个", false));
        }
      }
      assertEquals(MentionMerger.mergeByComparators(ms), MentionMerger.merge(ms), "round " + round);
    }
  }
}
