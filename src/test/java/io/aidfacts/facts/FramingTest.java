package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Roles#framing}: the words that may stand before a clause's subject. */
class FramingTest {

  /** The regular expression framing was read with before it was hand-written: the oracle. */
  private static final Pattern FRAMING = Pattern.compile(
      "^(?:此外|同时|另外|其中|另|还|也|并|又|已|均|共|都|先后|累计|全年|今年|去年|当天|当日|同日|次日|随后|此前|"
          + "目前|日前|近日|近年来|以来|期间|活动现场|现场|会上|此次|首期|早在|在此基础上|与此同时|"
          + "[0-9０-９一二三四五六七八九十]+月(?:初|底|中旬|上旬|下旬)?|上月|本月|上半年|下半年|[，,、\\s])*$");

  @Test
  void runsOfFramingWordsMonthsAndCommas() {
    assertTrue(Roles.framing("此外，9月中旬", 0, 7));
    assertTrue(Roles.framing("", 0, 0));
    assertTrue(Roles.framing("同时十二月底 ", 0, 7));
    assertFalse(Roles.framing("此外公司", 0, 4));
    assertFalse(Roles.framing("9中旬", 0, 3));
    // A range of a longer text: the words after it do not count.
    assertTrue(Roles.framing("XX此外公司", 2, 4));
  }

  @Test
  void agreesWithTheRegularExpression() {
    String[] pieces = {"此外", "同时", "另", "还", "在此基础上", "在此", "现场", "活动现场", "活动", "9", "１２", "十", "一", "月",
        "初", "中旬", "旬", "，", ",", " ", "\t", "上半年", "上", "公司", "捐", "近年来", "近年"};
    Random r = new Random(11);
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(6); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertEquals(FRAMING.matcher(s).matches(), Roles.framing(s, 0, s.length()), s);
    }
  }
}
