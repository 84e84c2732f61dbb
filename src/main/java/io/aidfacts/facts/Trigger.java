package io.aidfacts.facts;

import io.aidfacts.extract.FirstCharIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * A verb of giving found in a clause, and the frame it opens.
 *
 * @param start view offset of the verb
 * @param end view offset after it
 * @param kind the frame
 * @param verb the verb as written in the view
 */
record Trigger(int start, int end, Kind kind, String verb) {

  enum Kind {
    /** 捐赠, 资助, 援建, 发放, 送去...: a gift. */
    GIVE,
    /** 投入, 拨付, 出资, 安排...: money put into a programme. */
    FUND,
    /** 投资: an investment. */
    INVEST,
    /** 采购, 购买, 收购, 帮助销售: buying the aided area's products (消费帮扶). */
    BUY,
    /** 募集, 筹集: money raised by the subject. */
    RAISE,
    /** 已到位, 汇入, 捐给: the verb follows the money ({@code 5000元帮扶资金已到位}). */
    AFTER
  }

  // Longest forms first so 捐款捐物 is one verb and 捐 is the last resort. Found as a regular
  // expression of these alternatives would find them, by first character (it is asked for
  // every clause, several times).
  private static final FirstCharIndex VERB = new FirstCharIndex(
      "捐款捐物", "捐资助学", "捐赠", "捐助", "捐资", "捐款", "捐物", "捐献", "捐出", "捐建", "首捐", "募捐", "捐",
      "资助", "援建", "援助", "发放", "送去", "送来", "送上", "送到", "发来", "运送", "调拨", "提供", "拿出", "设立",
      "投入", "拨付", "拨出", "划拨", "出资", "安排",
      "投资",
      "采购", "购买", "收购", "认购", "销售",
      "募集", "筹集");
  private static final FirstCharIndex AFTER_VERB = new FirstCharIndex(
      "已到位", "到位", "汇入", "到账", "捐给", "捐赠给", "捐献给", "拨付给");
  /** Verbs that make the subject the receiver: the giver follows ({@code 接受X捐赠的}). */
  static final FirstCharIndex RECEIVE = new FirstCharIndex("接受", "接收", "获赠", "收到");

  /** Verbs of giving in {@code [start, end)} of the view, outside names, in text order. */
  static List<Trigger> find(ViewDoc doc, int start, int end) {
    List<Trigger> out = new ArrayList<>();
    String t = doc.text;
    for (int at = VERB.find(t, start, end); at >= 0; ) {
      String verb = VERB.word(VERB.at(t, at, end));
      int e = at + verb.length();
      if (!doc.inName(at, e)) {
        Kind kind = kindOf(t, at, e, verb);
        if (kind != null) {
          out.add(new Trigger(at, e, kind, verb));
        }
      }
      at = VERB.find(t, e, end);
    }
    return out;
  }

  /**
   * Start of the first verb of {@link #find}{@code (doc, start, end)}, or -1; no list, since the
   * roles ask it of every clause before a verb.
   */
  static int firstStart(ViewDoc doc, int start, int end) {
    String t = doc.text;
    for (int at = VERB.find(t, start, end); at >= 0; ) {
      String verb = VERB.word(VERB.at(t, at, end));
      int e = at + verb.length();
      if (!doc.inName(at, e) && kindOf(t, at, e, verb) != null) {
        return at;
      }
      at = VERB.find(t, e, end);
    }
    return -1;
  }

  /** Verbs that follow their money ({@code 已到位}, {@code 汇入}) in {@code [start, end)}. */
  static Trigger findAfter(ViewDoc doc, int start, int end) {
    String t = doc.text;
    for (int at = AFTER_VERB.find(t, start, end); at >= 0; ) {
      String verb = AFTER_VERB.word(AFTER_VERB.at(t, at, end));
      int e = at + verb.length();
      if (!doc.inName(at, e)) {
        return new Trigger(at, e, Kind.AFTER, verb);
      }
      at = AFTER_VERB.find(t, e, end);
    }
    return null;
  }

  boolean isGift() {
    return kind == Kind.GIVE || kind == Kind.RAISE;
  }

  private static Kind kindOf(String t, int s, int e, String verb) {
    // Read in place: "before" is the 4 characters before the verb, "wider" the 10 before it,
    // "after" the 12 after it (every verb found is asked, so no copies of them are made).
    int afterEnd = Math.min(t.length(), e + 12);
    switch (verb) {
      case "捐":
        // 以购代捐 names a policy; 捐 alone must start a verb such as 捐了.
        return endsBefore(t, s, "代") ? null : Kind.GIVE;
      case "投资":
        // 总投资, 完成投资, 投资额, 投资兴业 are totals or nouns, not an investor's act.
        if (endsBefore(t, s, "总") || endsBefore(t, s, "完成") || endsBefore(t, s, "实际")
            || endsBefore(t, s, "固定资产") || endsBefore(t, s, "协议") || t.startsWith("额", e)
            || t.startsWith("金额", e) || t.startsWith("兴业", e) || t.startsWith("者", e)
            || t.startsWith("项目", e)) {
          return null;
        }
        return Kind.INVEST;
      case "销售": {
        // Selling is aid only when done for the aided area (帮助恩施州销售); 销售额 is a figure.
        int wider = Math.max(0, s - 10);
        return (holds(t, "帮助", wider, s) || holds(t, "帮", wider, s) || holds(t, "助力", wider, s)
            || endsBefore(t, s, "代")) && !t.startsWith("额", e) ? Kind.BUY : null;
      }
      case "采购": case "收购":
        // 收购价, 收购协议: nouns; buying shares (收购…股权) is a deal, not consumption aid.
        return t.startsWith("协议", e) || t.startsWith("额", e) || t.startsWith("价", e)
            || ahead(t, e, afterEnd, 10, true, SHARES) ? null : Kind.BUY;
      case "购买": case "认购":
        return ahead(t, e, afterEnd, 10, true, SECURITIES) ? null : Kind.BUY;
      case "安排":
        // 安排 gives money only when money follows (安排援疆资金两亿元), not 安排专家.
        return ahead(t, e, afterEnd, 4, false, FUNDS) ? Kind.FUND : null;
      case "设立":
        return ahead(t, e, afterEnd, 10, false, FUND_NAMES) ? Kind.FUND : null;
      case "提供":
        return Kind.GIVE;
      case "投入":
        return t.startsWith("使用", e) || t.startsWith("运营", e) ? null : Kind.FUND;
      case "出资":
        return t.startsWith("额", e) || t.startsWith("比例", e) ? null : Kind.FUND;
      case "拨付": case "拨出": case "划拨": case "拿出":
        return Kind.FUND;
      case "募集": case "筹集": case "募捐":
        return Kind.RAISE;
      default:
        return Kind.GIVE;
    }
  }

  /** Whether the (at most 4) characters before {@code s} end with {@code w}. */
  private static boolean endsBefore(String t, int s, String w) {
    return s >= w.length() && t.startsWith(w, s - w.length());
  }

  /** Whether {@code w} stands wholly inside {@code t[from, to)}. */
  private static boolean holds(String t, String w, int from, int to) {
    for (int i = from; i + w.length() <= to; i++) {
      if (t.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] SHARES = {"股"};
  private static final String[] SECURITIES = {"股", "债", "基金份额"};
  private static final String[] FUNDS = {"资金", "款"};
  private static final String[] FUND_NAMES = {"基金", "奖学金", "助学金", "分红金"};

  /**
   * Whether {@code t[from, to)} starts as {@code X{0,max}(w1|w2|…)} would match it with
   * {@code lookingAt}: X is {@code [^，。；]} when {@code clauseOnly}, else {@code .} (any
   * character but a line terminator). Like the regex, X counts code points: a character
   * outside the BMP (𠮷) is one X, not two.
   */
  private static boolean ahead(String t, int from, int to, int max, boolean clauseOnly, String[] words) {
    int p = from;
    for (int skipped = 0; skipped <= max && p < to; skipped++) {
      for (String w : words) {
        if (p + w.length() <= to && t.startsWith(w, p)) {
          return true;
        }
      }
      char c = t.charAt(p);
      if (clauseOnly ? c == '，' || c == '。' || c == '；'
          : c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      p += Character.isHighSurrogate(c) && p + 1 < to && Character.isLowSurrogate(t.charAt(p + 1)) ? 2 : 1;
    }
    return false;
  }
}
