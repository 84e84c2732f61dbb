package io.aidfacts.extract.money;

import io.aidfacts.extract.ChineseNumbers;
import io.aidfacts.extract.ChineseNumbers.Reading;
import io.aidfacts.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds amounts of money in normalized text (simplified script, half-width digits: the
 * {@code NormalizedText} view) in one left-to-right pass.
 *
 * <p>An amount is a number ({@link ChineseNumbers#read}) with a currency: a unit after it
 * ({@code 元 块钱 美元 港元 港币 欧元 日元 英镑 新台币 ...}, with {@code 角 分} after 元), or a
 * currency word before it ({@code 人民币 港币 美元 ...}). Around that core it takes in the
 * words that qualify the amount and sets the flags of {@link Money}:
 *
 * <ul>
 *   <li>approximation: {@code 约 近 逾 超过 不少于 ...} before, {@code 左右 以上 ...} after,
 *       and vague numbers ({@code 数十万 1500多万});
 *   <li>ranges: {@code 3万至5万元}, {@code 3-5万元}, {@code 两到三万元},
 *       {@code 200元以上500元以下};
 *   <li>in kind: {@code 价值 折价} and {@code 折合} (unless it converts a foreign amount just
 *       before it) in the span, or goods right after or before it ({@code 3万元的药品});
 *   <li>per unit: {@code 每户 每人每月} in the span, {@code /人} after it, or a rate word
 *       ({@code 每 人均 月均 工资 ...}) earlier in its clause.
 * </ul>
 *
 * <p>Amounts are never converted between currencies. Stateless and thread-safe.
 */
public final class MoneyScanner {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Currency units after the number. 元 alone takes the currency named before the number. */
  private static final Words UNITS = Words.pairs(
      "元", "", "块钱", "", "圆", "",
      "人民币", "CNY", "美元", "USD", "美金", "USD", "港元", "HKD", "港币", "HKD",
      "欧元", "EUR", "日元", "JPY", "日圆", "JPY", "英镑", "GBP", "新台币", "TWD", "台币", "TWD",
      "加元", "CAD", "澳元", "AUD", "韩元", "KRW", "卢布", "RUB", "瑞士法郎", "CHF",
      "澳门元", "MOP", "澳门币", "MOP", "新加坡元", "SGD", "新元", "SGD");
  /** Currencies named before the number: 人民币500万元, 港币五千万元. */
  private static final Words CURRENCY_BEFORE = Words.pairs(
      "人民币", "CNY", "RMB", "CNY", "￥", "CNY", "¥", "CNY",
      "美元", "USD", "美金", "USD", "US$", "USD", "$", "USD",
      "港币", "HKD", "港元", "HKD", "HK$", "HKD", "欧元", "EUR", "€", "EUR", "日元", "JPY",
      "英镑", "GBP", "£", "GBP", "新台币", "TWD", "台币", "TWD");
  private static final Words APPROX_BEFORE = Words.of(
      "约", "大约", "大概", "约为", "近", "将近", "接近", "逾", "超", "超过", "超出", "不少于",
      "不低于", "不超过", "最高不超过", "不足", "不到", "至少", "最少", "最多", "至多", "最高");
  private static final Words APPROX_AFTER = Words.of(
      "左右", "以上", "上下", "之多", "以下", "以内", "出头");
  /** Words that make the amount a value of goods (价值) or a conversion (约合). */
  private static final Words VALUE_WORDS = Words.of("价值", "折合", "折价", "约合", "合计价值");
  private static final Words RANGE = Words.of("至", "到", "-", "~", "～", "—", "－", "−");
  /** What 每 counts in a rate: 每户, 每人每月, 每名学生. */
  private static final Words PER = Words.of(
      "人", "户", "名", "位", "个", "月", "年", "天", "日", "周", "季度", "学期", "亩", "斤", "公斤",
      "千克", "吨", "头", "只", "村", "所", "校", "家", "生", "人次", "套", "台", "件", "张", "小时",
      "平方米", "名学生", "个月", "户家庭", "名贫困生", "名教师", "个村", "年度", "名儿童",
      "名学子", "名困难学生", "名贫困学生", "户贫困户", "次", "课时", "床", "间");
  /** Earlier in the clause, these make the amount a rate. */
  private static final Words RATE_WORDS = Words.of(
      "每", "人均", "户均", "月均", "年均", "日均", "人平", "平均", "月薪", "年薪", "日薪", "时薪",
      "工资", "薪资", "薪酬", "月收入", "单价", "标准", "/人", "一人");
  /** Goods whose value an amount can be: 价值20万元的衣物, 药品3万元. */
  private static final Words GOODS = Words.of(
      "物资", "图书", "书籍", "书本", "药品", "药物", "衣物", "衣服", "服装", "被褥", "棉被", "棉衣",
      "冬衣", "羽绒服", "学习用品", "文具", "用品", "设备", "器材", "器械", "仪器", "物品", "食品",
      "粮油", "米面", "大米", "面粉", "食用油", "校服", "电脑", "计算机", "课桌椅", "桌椅", "书包",
      "口罩", "防护服", "消毒液", "慰问品", "礼包", "年货", "家具", "家电", "电器", "车辆",
      "救护车", "帐篷", "净水器", "取暖器", "煤炭", "饮用水", "牛奶", "种子", "化肥", "农资",
      "疫苗", "试剂", "实物", "物品", "药材", "图书资料", "被子", "床上用品", "电视机", "空调");
  /** Between an amount and its goods: 的, 各类, 一批. */
  private static final Words GOODS_LEAD = Words.of("的各类", "的各种", "的一批", "的", "各类", "各种");
  /** Between goods and the amount after them: 药品共计3万元. */
  private static final Words GOODS_LINK = Words.of("共计", "合计", "总计", "计", "共", "达", "总额", "总值");
  /** After 一元, 二元 these are not money: 二元结构, 一元化. */
  private static final Words NOT_MONEY_AFTER_YUAN = Words.of(
      "化", "论", "素", "次", "里", "组", "宵", "旦", "老", "帅", "首", "体", "性", "结构", "方程",
      "函数", "对立", "格局", "经济", "社会", "文化", "世界", "制", "机制", "一次", "二次");

  private static final int YUAN = UNITS.at("元", 0);
  /** Chars a number can start with. 拾 佰 仟 follow a digit (壹拾); alone they are words (拾到). */
  private static final boolean[] STARTS = new boolean[65536];

  static {
    for (char c = 0; c < 65535; c++) {
      STARTS[c] = ChineseNumbers.digit(c) >= 0 || ChineseNumbers.bigUnit(c) != null;
    }
    for (char c : "十百千上数几".toCharArray()) {
      STARTS[c] = true;
    }
  }

  private MoneyScanner() {}

  /** The amounts in {@code text}, in text order, never overlapping. */
  public static List<MoneySpan> scan(String text) {
    List<MoneySpan> out = new ArrayList<>();
    int n = text.length();
    int lastEnd = 0;
    int i = 0;
    while (i < n) {
      if (!mayStartNumber(text, i)) {
        i++;
        continue;
      }
      int runEnd = numeralRunEnd(text, i);
      if (!mayBeMoney(text, i, runEnd)) {
        i = runEnd; // most numbers (一个, 2019年) are not money: skip them unparsed
        continue;
      }
      Reading a = ChineseNumbers.read(text, i);
      if (a == null) {
        i++;
        continue;
      }
      MoneySpan m = amount(text, a, lastEnd);
      if (m != null) {
        out.add(m);
        lastEnd = m.end();
        i = m.end();
      } else {
        i = a.end();
      }
    }
    return out;
  }

  /** The end of the run of characters a number can hold, from {@code i}. */
  private static int numeralRunEnd(String s, int i) {
    int n = s.length();
    int k = i;
    while (k < n && k - i <= ChineseNumbers.MAX_LENGTH) {
      char c = s.charAt(k);
      if (isNumeralChar(c) || c == '.' || c == ',' || c == '·' || c == '点' || c == '多' || c == '余'
          || c == '几' || c == '数' || c == '上' || c == ' ') {
        k++;
      } else {
        break;
      }
    }
    return Math.max(k, i + 1);
  }

  /**
   * A cheap test before parsing: after the run comes a unit, a range sign or a fraction unit,
   * or before it a currency word.
   */
  private static boolean mayBeMoney(String s, int start, int runEnd) {
    if (runEnd < s.length()) {
      char c = s.charAt(runEnd);
      if ("元块圆人美港欧日英新台加澳韩卢瑞至到-~～—－−角毛分钱".indexOf(c) >= 0) {
        return true;
      }
    }
    int q = start;
    int w = APPROX_BEFORE.before(s, q);
    if (w >= 0) {
      q -= APPROX_BEFORE.length(w);
    }
    return CURRENCY_BEFORE.before(s, q) >= 0 || CURRENCY_BEFORE.before(s, start) >= 0;
  }

  /**
   * A number may start at {@code i}: a numeral not glued to a number, a letter or an ordinal
   * 第. Shared with the other number recognizers so they read the same numbers.
   */
  public static boolean mayStartNumber(String s, int i) {
    char c = s.charAt(i);
    if (!STARTS[c]) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    if (p == 'B' && s.startsWith("RMB", i - 3)) {
      return true;
    }
    if ((p == '.' || p == ',') && i >= 2 && s.charAt(i - 2) >= '0' && s.charAt(i - 2) <= '9') {
      return false; // inside 1,200 or 3.5
    }
    if ((p == '多' || p == '余') && i >= 2 && isNumeralChar(s.charAt(i - 2))) {
      return false; // inside 三十余万
    }
    if (p >= '0' && p <= '9' || p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z' || p == '第'
        || p == '点' || p == '#') {
      return false;
    }
    boolean chinesePrev = ChineseNumbers.digit(p) >= 0 || ChineseNumbers.smallUnit(p) > 0
        || ChineseNumbers.bigUnit(p) != null;
    // 找零5元: an Arabic number may follow a Chinese numeral that ends a word
    return !chinesePrev || c >= '0' && c <= '9' && ChineseNumbers.digit(p) >= 0;
  }

  private static boolean isNumeralChar(char c) {
    return c >= '0' && c <= '9' || ChineseNumbers.digit(c) >= 0 || ChineseNumbers.smallUnit(c) > 0
        || ChineseNumbers.bigUnit(c) != null;
  }

  private static MoneySpan amount(String s, Reading a, int lastEnd) {
    int p = a.end();
    if (p + 1 < s.length() && s.charAt(p) == ' ' && UNITS.at(s, p + 1) >= 0) {
      p++; // 6630 元: a stray space before the unit
    }
    BigDecimal value = a.value();
    BigDecimal max = a.max();
    boolean approx = a.approx();
    int unit = UNITS.at(s, p);
    if (unit < 0 && p < s.length() && s.charAt(p) == '块' && Fraction.after(s, p + 1) != null) {
      unit = YUAN; // 8块5毛: 块 is money when 毛 or 角 follows
    }
    if (unit < 0) {
      // 3-5万元, 两到三万元: a bare first number borrows the second's unit.
      int r = RANGE.at(s, p);
      if (r >= 0) {
        Reading b = ChineseNumbers.read(s, p + RANGE.length(r));
        int bUnit = b == null ? -1 : UNITS.at(s, b.end());
        if (bUnit >= 0) {
          BigDecimal low = a.value();
          if (!a.hasUnit() && b.scale().compareTo(BigDecimal.ONE) > 0
              && a.value().compareTo(b.head()) <= 0) {
            low = low.multiply(b.scale());
          }
          BigDecimal high = b.max() != null ? b.max() : b.value();
          if (low.compareTo(high) >= 0) {
            return null;
          }
          value = low;
          max = high;
          approx |= b.approx();
          p = b.end();
          unit = bUnit;
        }
      }
    }
    if (unit >= 0 && isNotMoney(s, a, p, unit)) {
      return null;
    }
    Prefix pre = Prefix.before(s, a.start(), lastEnd);
    String currency;
    if (unit >= 0) {
      currency = UNITS.value(unit).isEmpty()
          ? (pre.currency != null ? pre.currency : "CNY") : UNITS.value(unit);
      p += UNITS.length(unit);
      if (UNITS.value(unit).isEmpty()) {
        if (p < s.length() && s.charAt(p) == '钱' && !"块钱".equals(UNITS.word(unit))) {
          p++;
        }
        // 123元1角1分
        Fraction f = Fraction.after(s, p);
        if (f != null) {
          value = value.add(f.value);
          max = max == null ? null : max.add(f.value);
          p = f.end;
        }
      }
    } else if (pre.currency != null
        && (a.scale().compareTo(BigDecimal.ONE) > 0 || p >= s.length() || !isWordChar(s.charAt(p)))) {
      currency = pre.currency; // 人民币500万, 港币五千万
    } else {
      Fraction f = a.arabic() || a.hasDigit() ? Fraction.alone(s, a) : null;
      if (f == null) {
        return null;
      }
      value = f.value;
      currency = "CNY";
      p = f.end;
    }
    // 1万元至3万元, 200元以上500元以下
    boolean rangeWithBounds = false;
    if (max == null && unit >= 0) {
      int q = p;
      int lead = RANGE.at(s, q);
      boolean above = s.startsWith("以上", q);
      if (lead >= 0 || above) {
        q += lead >= 0 ? RANGE.length(lead) : 2;
        Reading b = ChineseNumbers.read(s, q);
        if (b != null && UNITS.at(s, b.end()) == unit) {
          int e = b.end() + UNITS.length(unit);
          BigDecimal high = b.max() != null ? b.max() : b.value();
          boolean below = s.startsWith("以下", e);
          if (high.compareTo(value) > 0 && (lead >= 0 || below)) {
            max = high;
            approx |= b.approx();
            p = below && above ? e + 2 : e;
            rangeWithBounds = above;
          }
        }
      }
    }
    if (!rangeWithBounds) {
      int sfx = APPROX_AFTER.at(s, p);
      if (sfx >= 0) {
        approx = true;
        p += APPROX_AFTER.length(sfx);
      }
    }
    boolean perUnit = pre.perUnit;
    if (p + 1 < s.length() && (s.charAt(p) == '/' || s.charAt(p) == '／')) {
      int per = PER.at(s, p + 1);
      if (per >= 0) {
        perUnit = true;
        p += 1 + PER.length(per);
      }
    }
    int start = pre.start;
    approx |= pre.approx;
    boolean inKind = pre.goods;
    if (pre.conversion) {
      inKind = false;
    } else if ("折合".equals(pre.valueWord) && convertsAmountBefore(s, pre.valueStart, lastEnd)) {
      inKind = false;
    }
    if (!inKind && pre.valueWord == null) {
      inKind = goodsAfter(s, p) || goodsBefore(s, start);
    }
    if (!perUnit) {
      perUnit = rateInClause(s, start, lastEnd) || rateAfter(s, p);
    }
    if (max != null && max.compareTo(value) < 0) {
      return null;
    }
    return new MoneySpan(start, p, new Money(value, max, currency, approx, inKind, perUnit));
  }

  /** 二元结构, 一元化, 2020元旦: 元 in a word, not money. */
  private static boolean isNotMoney(String s, Reading a, int unitAt, int unit) {
    if (!"元".equals(UNITS.word(unit))) {
      return false;
    }
    if (s.startsWith("旦", unitAt + 1) || s.startsWith("宵", unitAt + 1)) {
      return true; // 2020元旦, 元宵: holidays
    }
    return !a.arabic() && !a.hasUnit() && NOT_MONEY_AFTER_YUAN.at(s, unitAt + 1) >= 0;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** 港币五千万元（折合人民币约4300万元）: the second amount converts the first. */
  private static boolean convertsAmountBefore(String s, int at, int lastEnd) {
    if (lastEnd <= 0 || lastEnd > at || at - lastEnd > 3) {
      return false;
    }
    for (int k = lastEnd; k < at; k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean goodsAfter(String s, int p) {
    int lead = GOODS_LEAD.at(s, p);
    int q = lead >= 0 ? p + GOODS_LEAD.length(lead) : p;
    // the goods word is the head of at most three modifier chars: 防疫物资, 医疗设备
    for (int k = q; k <= q + 3 && k < s.length(); k++) {
      if (GOODS.at(s, k) >= 0) {
        return true;
      }
      char c = s.charAt(k);
      if (!isHan(c) || "的和及与或、购买用于为给资助捐赠发放元款金钱".indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean goodsBefore(String s, int start) {
    int q = start;
    int link = GOODS_LINK.before(s, q);
    if (link >= 0) {
      q -= GOODS_LINK.length(link);
    }
    return GOODS.before(s, q) >= 0;
  }

  /** A rate word earlier in the clause, not beyond the previous amount. */
  private static boolean rateInClause(String s, int start, int lastEnd) {
    int from = Math.max(lastEnd, start - 20);
    int k = start;
    while (k > from && !isClauseBreak(s.charAt(k - 1))) {
      k--;
    }
    return RATE_WORDS.within(s, k, start) >= 0;
  }

  private static boolean rateAfter(String s, int p) {
    return s.startsWith("每", p) && PER.at(s, p + 1) >= 0;
  }

  private static boolean isClauseBreak(char c) {
    switch (c) {
      case '，': case '。': case '；': case '！': case '？': case '：': case ',': case ';': case '!':
      case '?': case ':': case '\n': case '\r': case '、': case '（': case '）': case '(': case ')':
      case '“': case '”': case '《': case '》': case '【': case '】':
        return true;
      default:
        return false;
    }
  }

  static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
  }

  /** The words before a number that belong to its amount. */
  private static final class Prefix {
    int start;
    String currency;
    boolean approx;
    String valueWord;
    int valueStart = -1;
    boolean goods;
    boolean conversion;
    boolean perUnit;

    // Outer to inner: [每X]* [价值|折合] [约] [人民币] [约] NUMBER
    // The words of an amount never reach into the amount before it (floor).
    static Prefix before(String s, int numberStart, int floor) {
      Prefix p = new Prefix();
      int q = numberStart;
      int w = APPROX_BEFORE.before(s, q, floor);
      if (w >= 0) {
        p.approx = true;
        q -= APPROX_BEFORE.length(w);
      }
      w = CURRENCY_BEFORE.before(s, q, floor);
      if (w >= 0) {
        p.currency = CURRENCY_BEFORE.value(w);
        q -= CURRENCY_BEFORE.length(w);
        w = APPROX_BEFORE.before(s, q, floor);
        if (w >= 0) {
          p.approx = true;
          q -= APPROX_BEFORE.length(w);
        }
      }
      w = VALUE_WORDS.before(s, q, floor);
      if (w >= 0) {
        p.valueWord = VALUE_WORDS.word(w);
        q -= VALUE_WORDS.length(w);
        p.valueStart = q;
        p.conversion = "约合".equals(p.valueWord);
        p.approx |= p.conversion;
        p.goods = !p.conversion;
      }
      while (true) {
        int unit = PER.before(s, q, floor);
        if (unit < 0) {
          break;
        }
        int at = q - PER.length(unit) - 1;
        if (at < Math.max(0, floor) || s.charAt(at) != '每') {
          break;
        }
        p.perUnit = true;
        q = at;
      }
      p.start = q;
      return p;
    }
  }

  /** 1角1分 after 元, or 5角钱 and 8分钱 alone. */
  private record Fraction(BigDecimal value, int end) {

    static Fraction after(String s, int p) {
      BigDecimal v = BigDecimal.ZERO;
      int q = p;
      boolean any = false;
      Reading r = smallDigit(s, q);
      if (r != null && r.end() < s.length() && (s.charAt(r.end()) == '角' || s.charAt(r.end()) == '毛')) {
        v = v.add(r.value().divide(TEN));
        q = r.end() + 1;
        any = true;
        r = smallDigit(s, q);
      }
      if (r != null && r.end() < s.length() && s.charAt(r.end()) == '分') {
        v = v.add(r.value().divide(HUNDRED));
        q = r.end() + 1;
        any = true;
      }
      return any ? new Fraction(v, q) : null;
    }

    static Fraction alone(String s, Reading a) {
      int p = a.end();
      if (a.max() != null || a.value().compareTo(HUNDRED) >= 0 || p + 1 >= s.length()) {
        return null;
      }
      char u = s.charAt(p);
      if ((u == '角' || u == '毛') && s.charAt(p + 1) == '钱') {
        return new Fraction(a.value().divide(TEN), p + 2);
      }
      if (u == '分' && s.charAt(p + 1) == '钱') {
        return new Fraction(a.value().divide(HUNDRED), p + 2);
      }
      return null;
    }

    private static Reading smallDigit(String s, int q) {
      if (q >= s.length() || ChineseNumbers.digit(s.charAt(q)) < 0) {
        return null;
      }
      Reading r = ChineseNumbers.read(s, q);
      return r != null && r.end() == q + 1 ? r : null;
    }
  }
}
