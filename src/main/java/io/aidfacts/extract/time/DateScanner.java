package io.aidfacts.extract.time;

import io.aidfacts.extract.FirstCharIndex;
import io.aidfacts.extract.time.DateSpec.Field;
import io.aidfacts.extract.time.DateSpec.Part;
import io.aidfacts.extract.time.DateSpec.Point;
import io.aidfacts.extract.time.DateSpec.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions in normalized text (full-width digits folded, simplified script, as
 * {@link io.aidfacts.read.TextNormalizer} makes it): absolute dates in Chinese and numeric forms,
 * dates relative to the publication day or to the date mentioned before, parts of months and
 * years, festivals, weekdays, ranges, and vague words. A clock time after a day is part of the
 * span but not of the value. Durations ({@code 3年}, {@code 半年}, {@code 近3日}) are not dates.
 *
 * <p>A hand-written longest-match parser rather than one regular expression: the forms combine
 * (year x month x day x part x clock, and ranges of any two), and a range's second half leaves
 * out what it shares with the first ({@code 8月7日至10日}). Stateless and thread-safe.
 */
public final class DateScanner {

  private static final String[][] REL_YEARS = {
      {"大前年", "P-3"}, {"前年", "P-2"}, {"去年", "P-1"}, {"上年", "P-1"}, {"今年", "P0"},
      {"本年", "P0"}, {"明年", "P1"}, {"来年", "P1"}, {"后年", "P2"},
      {"当年", "R0"}, {"同年", "R0"}, {"次年", "R1"}, {"翌年", "R1"}};
  private static final String[][] REL_MONTHS = {
      {"这个月", "P0"}, {"上个月", "P-1"}, {"下个月", "P1"}, {"本月", "P0"}, {"上月", "P-1"},
      {"下月", "P1"}, {"当月", "R0"}, {"同月", "R0"}, {"该月", "R0"}, {"次月", "R1"}};
  private static final String[][] REL_DAYS = {
      {"今天", "P0"}, {"今日", "P0"}, {"本日", "P0"}, {"今晨", "P0"}, {"今早", "P0"}, {"今晚", "P0"},
      {"昨天", "P-1"}, {"昨日", "P-1"}, {"昨晚", "P-1"}, {"昨夜", "P-1"}, {"前天", "P-2"},
      {"明天", "P1"}, {"明日", "P1"}, {"后天", "P2"},
      {"昨晨", "P-1"}, {"前日", "P-2"}, {"前晚", "P-2"},
      {"次日", "R1"}, {"翌日", "R1"}, {"次晨", "R1"}, {"翌晨", "R1"}, {"第二天", "R1"}, {"第二日", "R1"}, {"当天", "R0"}, {"当日", "R0"}, {"同日", "R0"},
      {"同天", "R0"}, {"当晚", "R0"}, {"当夜", "R0"}, {"是日", "R0"}};
  private static final String[] VAGUE = {
      "截至目前", "截止目前", "到目前为止", "近年来", "前不久", "不久前", "近日", "日前", "目前", "近年", "近期", "近来"};
  private static final String[] CONNECTORS = {"——", "至", "到", "-", "~", "～", "—", "－", "–"};
  private static final String[] DAY_PERIODS = {
      "上午", "下午", "中午", "晚上", "晚间", "夜间", "夜里", "凌晨", "早上", "早晨", "清晨", "傍晚",
      "深夜", "午后", "午夜", "白天", "晚", "早", "夜"};
  private static final String[][] SEASONS = {
      {"春季", "1"}, {"春天", "1"}, {"夏季", "2"}, {"夏天", "2"}, {"秋季", "3"}, {"秋天", "3"},
      {"冬季", "4"}, {"冬天", "4"}};
  // Words before a date that make it a plan, so that it may lie after publication.
  private static final String[] FORWARD = {
      "将于", "将在", "拟于", "拟在", "计划于", "计划在", "计划", "预计于", "预计在", "预计", "定于",
      "力争在", "力争于", "力争", "争取在", "争取于", "争取", "有望在", "有望于", "要在", "将"};
  private static final String CN_DIGITS = "〇零○一二三四五六七八九";
  private static final List<String> FESTIVALS = Festivals.names();
  // 五一, 六一 and 十一 are festivals only before these; alone they are often names (五一广场).
  private static final String[] HOLIDAY_TAILS = {"期间", "假期", "长假", "小长假", "黄金周", "前夕", "节"};
  private static final String[][] NUMBERED_HOLIDAYS = {{"五一", "劳动节"}, {"六一", "儿童节"}, {"十一", "国庆节"}};
  // festival() is tried at every position of every article: a first-character test rejects
  // almost all of them before the name list is walked (it was a fifth of the pipeline's time).
  private static final java.util.BitSet FESTIVAL_FIRST_CHARS = firstChars();

  // Most positions of an article start no time expression; scan() skips every character that
  // cannot be the first of one before the parsers run (they were a sixth of the pipeline's time).
  // The set is built from the same tables and words the parsers read, so the two cannot drift.
  private static final String[][] CENTURIES = {{"上世纪", "1900"}, {"二十世纪", "1900"}, {"20世纪", "1900"},
      {"本世纪", "2000"}, {"21世纪", "2000"}, {"二十一世纪", "2000"}};
  private static final String[] MONTH_PARTS_ALONE = {"月初", "月中", "月底", "月末"};
  private static final Part[] MONTH_PARTS_ALONE_VALUES = {Part.MONTH_EARLY, Part.MONTH_MID, Part.MONTH_LATE, Part.MONTH_LATE};
  private static final String[] YEAR_PARTS = {"上半年", "下半年", "年底", "年末", "年初", "底", "末", "初"};
  private static final Part[] YEAR_PARTS_VALUES = {Part.HALF_1, Part.HALF_2, Part.YEAR_LATE, Part.YEAR_LATE,
      Part.YEAR_EARLY, Part.YEAR_LATE, Part.YEAR_LATE, Part.YEAR_EARLY};
  private static final String[] MONTH_PARTS = {"上中旬", "中下旬", "上旬", "中旬", "下旬", "初", "底", "末", "中"};
  private static final Part[] MONTH_PARTS_VALUES = {Part.XUN_12, Part.XUN_23, Part.XUN_1, Part.XUN_2, Part.XUN_3,
      Part.MONTH_EARLY, Part.MONTH_LATE, Part.MONTH_LATE, Part.MONTH_MID};
  private static final String[] CLOCK_CONNECTORS = {"至", "到", "-", "—", "~", "～"};
  private static final String[] CLOCK_TAILS = {"多钟", "左右", "前后", "许", "多", "钟", "过"};
  private static final String[] WEEK_WORDS = {"星期", "礼拜", "周"};
  // The word lists as the parsers walk them, by first character, and their values read once.
  private static final FirstCharIndex VAGUE_INDEX = new FirstCharIndex(VAGUE);
  private static final FirstCharIndex REL_YEARS_INDEX = FirstCharIndex.ofFirstColumn(REL_YEARS);
  private static final FirstCharIndex REL_MONTHS_INDEX = FirstCharIndex.ofFirstColumn(REL_MONTHS);
  private static final FirstCharIndex REL_DAYS_INDEX = FirstCharIndex.ofFirstColumn(REL_DAYS);
  private static final Field[] REL_YEARS_FIELDS = fields(REL_YEARS);
  private static final Field[] REL_MONTHS_FIELDS = fields(REL_MONTHS);
  private static final Field[] REL_DAYS_FIELDS = fields(REL_DAYS);
  private static final FirstCharIndex DAY_PERIODS_INDEX = new FirstCharIndex(DAY_PERIODS);
  private static final FirstCharIndex FESTIVALS_INDEX = new FirstCharIndex(FESTIVALS.toArray(new String[0]));
  private static final String[] FESTIVALS_CANONICAL = FESTIVALS.stream().map(Festivals::canonical).toArray(String[]::new);
  private static final java.util.BitSet STARTS = startChars();
  // standaloneClock() can hold only at a digit or at a time of day of two or more characters.
  private static final java.util.BitSet CLOCK_STARTS = clockStarts();

  private static java.util.BitSet startChars() {
    java.util.BitSet b = new java.util.BitSet(65536);
    for (char c = '0'; c <= '9'; c++) {
      b.set(c);
    }
    b.set('O'); // 二OO八年: cnDigit() reads a Latin O as a zero
    for (char c : (CN_DIGITS + "十两").toCharArray()) {
      b.set(c);
    }
    for (String[][] table : new String[][][] {REL_YEARS, REL_MONTHS, REL_DAYS, CENTURIES}) {
      for (String[] r : table) {
        b.set(r[0].charAt(0));
      }
    }
    for (String[] words : new String[][] {VAGUE, DAY_PERIODS, YEAR_PARTS, MONTH_PARTS_ALONE, WEEK_WORDS}) {
      for (String w : words) {
        b.set(w.charAt(0));
      }
    }
    b.or(FESTIVAL_FIRST_CHARS);
    // weekday(): 上周, 本周, 这周, 下周; yearTail(): 第一季度, 前三季度.
    for (char c : "上本这下第前".toCharArray()) {
      b.set(c);
    }
    return b;
  }

  private static java.util.BitSet clockStarts() {
    java.util.BitSet b = new java.util.BitSet(65536);
    for (char c = '0'; c <= '9'; c++) {
      b.set(c);
    }
    for (String dp : DAY_PERIODS) {
      if (dp.length() > 1) {
        b.set(dp.charAt(0));
      }
    }
    return b;
  }

  private static Field[] fields(String[][] table) {
    Field[] out = new Field[table.length];
    for (int k = 0; k < table.length; k++) {
      out[k] = field(table[k][1]);
    }
    return out;
  }

  private static java.util.BitSet firstChars() {
    java.util.BitSet b = new java.util.BitSet(65536);
    FESTIVALS.forEach(n -> b.set(n.charAt(0)));
    for (String[] h : NUMBERED_HOLIDAYS) {
      b.set(h[0].charAt(0));
    }
    return b;
  }

  /** All time expressions in {@code text}, in text order, not overlapping. */
  public List<TimeExpression> scan(String text) {
    List<TimeExpression> out = new ArrayList<>();
    Cursor c = new Cursor(text);
    int i = 0;
    while (i < text.length()) {
      if (!STARTS.get(text.charAt(i))) {
        i++;
        continue;
      }
      Found f = c.expression(i);
      if (f != null) {
        out.add(new TimeExpression(i, f.end, f.spec, forward(text, i, f.end)));
        i = f.end;
      } else {
        i++;
      }
    }
    return out;
  }

  static boolean forward(String s, int start, int end) {
    // The words are at most 4 characters: the 4 before the date were all that was ever read.
    for (String w : FORWARD) {
      if (w.length() <= start && s.charAt(start - w.length()) == w.charAt(0) && s.startsWith(w, start - w.length())) {
        return true;
      }
    }
    return end < s.length() && s.charAt(end) == '将';
  }

  private record Found(int end, DateSpec spec) {}

  /** Mutable fields of a point while it is parsed. */
  private static final class P {
    Field year;
    Field month;
    Field day;
    Part part;
    int partArg;
    String festival;
    int weekday;
    Integer weekOffset;
    boolean now;

    boolean empty() {
      return year == null && month == null && day == null && part == null && festival == null
          && weekday == 0 && !now;
    }

    Point point() {
      return new Point(year, month, day, part, partArg, festival, weekday, weekOffset, now);
    }
  }

  private static final class Cursor {
    final String s;
    final int n;

    Cursor(String s) {
      this.s = s;
      this.n = s.length();
    }

    char at(int i) {
      return i >= 0 && i < n ? s.charAt(i) : '\0';
    }

    boolean startsWith(String w, int i) {
      // The first characters compared before the call: the parsers try many words at every
      // position that may start a date, and nearly all differ there.
      return i >= 0 && i < n && s.charAt(i) == w.charAt(0) && s.startsWith(w, i);
    }

    /** Length of the run of ASCII digits at {@code i}. */
    int digits(int i) {
      int j = i;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      return j - i;
    }

    int num(int i, int len) {
      int v = 0;
      for (int k = i; k < i + len; k++) {
        char c = s.charAt(k);
        if (!isDigit(c)) {
          return Integer.parseInt(s.substring(i, i + len)); // fails as it always did
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }

    /** An expression starting at {@code i}, or null. */
    Found expression(int i) {
      char c = at(i);
      if (isDigit(c) && (isDigit(at(i - 1)) || at(i - 1) == '.' || isAsciiLetter(at(i - 1)))) {
        return null;
      }
      for (int v : VAGUE_INDEX.startingWith(c)) {
        String w = VAGUE[v];
        if (startsWith(w, i) && !(w.equals("日前") && "节假生工今昨每数时月".indexOf(at(i - 1)) >= 0)) {
          return new Found(i + w.length(), new DateSpec.Vague());
        }
      }
      Found shortRange = shortRange(i, new P());
      if (shortRange != null) {
        return shortRange;
      }
      P from = new P();
      int end = point(i, from, false);
      if (end <= i || from.empty()) {
        return null;
      }
      Found inner = shortRangeAfter(end, from);
      if (inner != null) {
        return inner;
      }
      for (String k : CONNECTORS) {
        if (startsWith(k, end)) {
          P to = new P();
          int e2 = point(end + k.length(), to, true);
          if (e2 > end + k.length() && !to.empty() && compatible(from, to)) {
            return new Found(e2, new Range(from.point(), to.point()));
          }
          break;
        }
      }
      return new Found(end, from.point());
    }

    /** The second half must say something the first does not already fix at a finer level. */
    boolean compatible(P from, P to) {
      if (to.now) {
        return true;
      }
      if (from.weekday != 0 || to.weekday != 0) {
        return from.weekday != 0 && to.weekday != 0;
      }
      if (to.day != null && to.month == null && to.year == null) {
        return from.day != null;
      }
      return true;
    }

    /** {@code 2019至2021年}, {@code 7至9月}: a bare number, a connector, then the unit. */
    Found shortRange(int i, P outer) {
      int d1 = digits(i);
      if (d1 == 0) {
        return null;
      }
      for (String k : CONNECTORS) {
        if (!startsWith(k, i + d1)) {
          continue;
        }
        int j = i + d1 + k.length();
        int d2 = digits(j);
        if (d2 == 0 || d2 != d1 && d1 == 4) {
          return null;
        }
        char unit = at(j + d2);
        int a = num(i, d1);
        int b = num(j, d2);
        if (d1 == 4 && unit == '年' && isYear(a) && isYear(b) && a < b) {
          P from = new P();
          from.year = Field.abs(a);
          P to = new P();
          to.year = Field.abs(b);
          return new Found(yearTail(j + d2 + 1, to, true), new Range(from.point(), to.point()));
        }
        if (d1 <= 2 && unit == '月' && outer.month == null && a >= 1 && b <= 12 && a < b) {
          P from = copyYear(outer);
          from.month = Field.abs(a);
          P to = new P();
          to.month = Field.abs(b);
          int e = j + d2 + 1;
          if (at(e) == '份') {
            e++;
          }
          return new Found(e, new Range(from.point(), to.point()));
        }
        return null;
      }
      return null;
    }

    /** After {@code 2019年} or {@code 8月}: {@code 1至9月}, {@code 26至27日}. */
    Found shortRangeAfter(int end, P from) {
      if (from.day != null || from.festival != null || from.part != null || from.weekday != 0) {
        return null;
      }
      if (from.month == null && from.year != null) {
        return shortRange(end, from);
      }
      if (from.month == null) {
        return null;
      }
      int d1 = digits(end);
      if (d1 == 0 || d1 > 2) {
        return null;
      }
      for (String k : CONNECTORS) {
        if (!startsWith(k, end + d1)) {
          continue;
        }
        int j = end + d1 + k.length();
        int d2 = digits(j);
        if (d2 == 0 || d2 > 2 || !(at(j + d2) == '日' || at(j + d2) == '号')) {
          return null;
        }
        int a = num(end, d1);
        int b = num(j, d2);
        if (a < 1 || b > 31 || a >= b) {
          return null;
        }
        P a1 = copyYear(from);
        a1.month = from.month;
        a1.day = Field.abs(a);
        P b1 = new P();
        b1.day = Field.abs(b);
        return new Found(j + d2 + 1, new Range(a1.point(), b1.point()));
      }
      return null;
    }

    P copyYear(P from) {
      P p = new P();
      p.year = from.year;
      return p;
    }

    /**
     * Parses one point at {@code i} into {@code p}; returns its end or -1. {@code second}: the
     * second half of a range, which may be a bare day ({@code 10日}), {@code 今} or a part alone.
     */
    int point(int i, P p, boolean second) {
      int stamp = stamp(i, p);
      if (stamp > 0) {
        return stamp;
      }
      int j = year(i, p);
      if (j > i) {
        j = yearTail(j, p, true);
        if (p.part != null) {
          return j;
        }
      }
      int f = festival(j, p);
      if (f > j) {
        return f;
      }
      int m = month(j, p);
      if (m > j) {
        j = m;
        if (at(j) == '份') {
          j++;
        }
        int mp = monthPart(j, p);
        if (mp > j) {
          return since(mp);
        }
        int d = day(j, p, true);
        if (d > j) {
          return dayTail(d);
        }
        return since(j);
      }
      if (p.year != null) {
        return since(j);
      }
      // Nothing of a year or month: relative days, weekdays, parts alone, bare days.
      for (int k : REL_DAYS_INDEX.startingWith(at(i))) {
        String w = REL_DAYS[k][0];
        if (startsWith(w, i)) {
          p.day = REL_DAYS_FIELDS[k];
          return dayTail(i + w.length());
        }
      }
      int w = weekday(i, p);
      if (w > i) {
        return w;
      }
      for (int k = 0; at(i) == '月' && k < MONTH_PARTS_ALONE.length; k++) {
        if (startsWith(MONTH_PARTS_ALONE[k], i)) {
          if (!second) {
            p.month = Field.pub(0);
          }
          p.part = MONTH_PARTS_ALONE_VALUES[k];
          return i + 2;
        }
      }
      if (!isDigit(at(i - 1)) && at(i - 1) != '半') {
        int e = yearTail(i, p, false);
        if (e > i && p.part != null) {
          if (!second) {
            p.year = Field.pub(0);
          }
          return e;
        }
      }
      if (second && startsWith("今", i)) {
        p.now = true;
        return i + 1;
      }
      int e = day(i, p, second);
      if (e > i) {
        return dayTail(e);
      }
      if (!second && standaloneClock(i)) {
        // 9时30分 alone tells the time of the day the story is at.
        p.day = Field.prev(0);
        return clock(i);
      }
      return i;
    }

    /**
     * Whether a clock time starts at {@code i} that cannot be a count: after a time of day
     * (晚上8点), or with 时 or hh:mm in digits (10时05分, 18:50), or 点 with minutes (8点50分).
     * 三点 alone is as often "three points" as three o'clock.
     */
    boolean standaloneClock(int i) {
      if (!CLOCK_STARTS.get(at(i))) {
        return false;
      }
      int k = i;
      for (int q : DAY_PERIODS_INDEX.startingWith(at(i))) {
        String dp = DAY_PERIODS[q];
        if (dp.length() > 1 && startsWith(dp, i)) {
          k = i + dp.length();
          break;
        }
      }
      int e = timeOfDay(i);
      if (e <= k || at(i - 1) == '每' || at(i - 1) == '第') {
        return false;
      }
      if (k > i) {
        return true;
      }
      int d = digits(i);
      if (d == 0 || d > 2 || num(i, d) > 24) {
        return false;
      }
      char unit = at(i + d);
      if (unit == ':' || unit == '：') {
        return num(i + d + 1, 2) < 60;
      }
      return unit == '时' || e > i + d + 1;
    }

    /** {@code 2019-07-02}, {@code 2019/7/2}, {@code 2019.7.2}, with an optional clock time. */
    int stamp(int i, P p) {
      if (digits(i) != 4) {
        return -1;
      }
      char sep = at(i + 4);
      if (sep != '-' && sep != '/' && sep != '.') {
        return -1;
      }
      int m = digits(i + 5);
      if (m < 1 || m > 2 || at(i + 5 + m) != sep) {
        return -1;
      }
      int dPos = i + 6 + m;
      int d = digits(dPos);
      if (d < 1 || d > 2) {
        return -1;
      }
      int y = num(i, 4);
      int mo = num(i + 5, m);
      int da = num(dPos, d);
      if (!isYear(y) || mo < 1 || mo > 12 || da < 1 || da > 31) {
        return -1;
      }
      int end = dPos + d;
      if (isDigit(at(end)) || isAsciiLetter(at(end)) || at(end) == sep
          || sep == '.' && "万亿元%".indexOf(at(end)) >= 0) {
        return -1;
      }
      p.year = Field.abs(y);
      p.month = Field.abs(mo);
      p.day = Field.abs(da);
      if (at(end) == '日') {
        end++;
      }
      return dayTail(end);
    }

    int year(int i, P p) {
      int d = digits(i);
      if (d == 4 && at(i + 4) == '年' && isYear(num(i, 4))) {
        if (at(i + 5) == '代') {
          p.year = Field.abs(num(i, 4) / 10 * 10);
          p.part = Part.DECADE;
          return i + 6;
        }
        p.year = Field.abs(num(i, 4));
        return i + 5;
      }
      int century = -1;
      int j = i;
      for (String[] c : CENTURIES) {
        if (startsWith(c[0], i)) {
          century = Integer.parseInt(c[1]);
          j = i + c[0].length();
          break;
        }
      }
      int d2 = digits(j);
      if (d2 == 2 && startsWith("年代", j + 2)) {
        int dec = num(j, 2);
        if (dec % 10 == 0) {
          int base = century >= 0 ? century : dec >= 30 ? 1900 : 2000;
          p.year = Field.abs(base + dec);
          p.part = Part.DECADE;
          return j + 4;
        }
      }
      if (j > i) {
        return i;
      }
      if (i + 4 < n && at(i + 4) == '年' && CN_DIGITS.indexOf(at(i - 1)) < 0) {
        int y = 0;
        for (int k = 0; k < 4; k++) {
          int v = cnDigit(at(i + k));
          if (v < 0) {
            y = -1;
            break;
          }
          y = y * 10 + v;
        }
        if (y >= 0 && isYear(y)) {
          p.year = Field.abs(y);
          return i + 5;
        }
      }
      for (int k : REL_YEARS_INDEX.startingWith(at(i))) {
        String w = REL_YEARS[k][0];
        if (startsWith(w, i)) {
          p.year = REL_YEARS_FIELDS[k];
          return i + w.length();
        }
      }
      return i;
    }

    /**
     * What may follow a year: 度, a part of the year, 以来. Not {@code attached} to a year, the
     * part must be a word of its own (年底, 上半年, 前三季度), not 底 or 初.
     */
    int yearTail(int j, P p, boolean attached) {
      if (attached && at(j) == '度') {
        j++;
      }
      if (p.part == Part.DECADE) {
        return since(j);
      }
      for (int q = 0; q < YEAR_PARTS.length; q++) {
        String part = YEAR_PARTS[q];
        if (startsWith(part, j) && (attached || part.length() > 1)) {
          if (part.equals("初") && "步次心级中选始衷期".indexOf(at(j + 1)) >= 0) {
            continue;
          }
          p.part = YEAR_PARTS_VALUES[q];
          return since(j + part.length());
        }
      }
      for (String[] season : SEASONS) {
        // Alone, 冬季 is mostly a modifier (冬季救助物资), not a time.
        if (attached && startsWith(season[0], j)) {
          p.part = Part.SEASON;
          p.partArg = Integer.parseInt(season[1]);
          return j + season[0].length();
        }
      }
      // 第一季度, 一季度, 第3季度, 前三季度, 前10个月, 前10月
      int k = j;
      boolean first = false;
      if (at(k) == '第') {
        k++;
      } else if (at(k) == '前') {
        first = true;
        k++;
      }
      int v;
      int len;
      if (isDigit(at(k))) {
        len = digits(k);
        v = len <= 2 ? num(k, len) : -1;
      } else {
        v = smallCn(k);
        len = cnLen(v);
      }
      if (v > 0 && len > 0) {
        int e = k + len;
        if (startsWith("个季度", e) || startsWith("季度", e)) {
          if (v <= 4) {
            p.part = first ? Part.QUARTERS_TO : Part.QUARTER;
            p.partArg = v;
            return e + (startsWith("个季度", e) ? 3 : 2);
          }
        } else if (first && (startsWith("个月", e) || at(e) == '月') && v <= 12) {
          p.part = Part.FIRST_MONTHS;
          p.partArg = v;
          return e + (at(e) == '月' ? 1 : 2);
        }
      }
      return j;
    }

    int since(int j) {
      return startsWith("以来", j) ? j + 2 : j;
    }

    int month(int i, P p) {
      int d = digits(i);
      if (d >= 1 && d <= 2 && at(i + d) == '月') {
        int m = num(i, d);
        if (m >= 1 && m <= 12 && !(p.year == null && (isDigit(at(i - 1)) || at(i - 1) == '.'))
            && !startsWith("个", i + d)) {
          p.month = Field.abs(m);
          return i + d + 1;
        }
        return i;
      }
      if (d == 0) {
        int v = smallCn(i);
        int len = cnLen(v);
        if (v >= 1 && v <= 12 && at(i + len) == '月') {
          int e = i + len + 1;
          // 一月 alone is too often a count (一月一次); a year or a day must confirm it.
          boolean confirmed = p.year != null || at(e) == '份' || startsWith("上旬", e) || startsWith("中旬", e)
              || startsWith("下旬", e) || startsWith("初", e) || startsWith("底", e)
              || day(e, dayProbe(), true) > e;
          if (confirmed && at(i - 1) != '个' && at(i - 1) != '几') {
            p.month = Field.abs(v);
            return e;
          }
        }
      }
      if (p.year == null) {
        for (int k : REL_MONTHS_INDEX.startingWith(at(i))) {
          String w = REL_MONTHS[k][0];
          if (startsWith(w, i)) {
            p.month = REL_MONTHS_FIELDS[k];
            return i + w.length();
          }
        }
      }
      return i;
    }

    int monthPart(int j, P p) {
      for (int q = 0; q < MONTH_PARTS.length; q++) {
        String part = MONTH_PARTS[q];
        if (startsWith(part, j)) {
          char next = at(j + part.length());
          if (part.equals("初") && "步次心级中选始衷期".indexOf(next) >= 0) {
            return j;
          }
          // 7月中 is a part only where no word goes on (7月中国 is not).
          if (part.equals("中") && isHan(next) && next != '旬') {
            return j;
          }
          p.part = MONTH_PARTS_VALUES[q];
          return j + part.length();
        }
      }
      return j;
    }

    P dayProbe() {
      P probe = new P();
      probe.month = Field.abs(1);
      return probe;
    }

    /** A day of the month: 2日, 2号 (after a month), 二日, 二十三日. */
    int day(int i, P p, boolean afterMonth) {
      int d = digits(i);
      char unit;
      int v;
      int len;
      if (d >= 1 && d <= 2) {
        v = num(i, d);
        len = d;
      } else if (d == 0) {
        v = smallCn(i);
        len = cnLen(v);
      } else {
        return i;
      }
      unit = at(i + len);
      if (v < 1 || v > 31 || len == 0) {
        return i;
      }
      boolean monthGiven = p.month != null || afterMonth;
      int next = i + len + 1;
      boolean timed = timeOfDay(next) > next;
      if (!monthGiven && d == 0 && !(v > 10 || timed || at(next) == '，' || at(next) == ',')) {
        // 三日, 一日 alone are mostly counts (一日三餐); 十四日 or 八日中午 are days.
        return i;
      }
      if (unit == '日' || unit == '号' && (monthGiven || timed)) {
        if (!monthGiven) {
          // A bare day is a date only where it cannot be a count: not 近3日, 每5日, 3日内.
          char before = at(i - 1);
          char after = at(i + len + 1);
          if ("近前后每数连第这个多余共约逾仅达".indexOf(before) >= 0 || after == '内' || after == '来'
              || startsWith("之内", i + len + 1) || isDigit(before)) {
            return i;
          }
        }
        p.day = Field.abs(v);
        return i + len + 1;
      }
      return i;
    }

    /** After a day: a weekday in brackets, a time of day, a clock time. */
    int dayTail(int j) {
      int k = j;
      if (at(k) == ' ') {
        k++;
      }
      int open = at(k) == '(' || at(k) == '（' ? 1 : 0;
      int w = weekdayName(k + open);
      if (w == k + open && open == 1) {
        // 今天（17日）, 周四(17日), 昨日（12月6日）: the day restated in brackets.
        P restated = new P();
        int m = month(k + 1, restated);
        w = day(m, restated, true);
        if (w == m) {
          w = k + 1;
        }
      }
      if (w > k + open) {
        char close = at(w);
        if (open == 1 && (close == ')' || close == '）')) {
          j = w + 1;
        } else if (open == 0) {
          j = w;
        }
      }
      return clock(j);
    }

    /** A time of day, or a span of one ({@code 上午至中午}, {@code 下午4点半到晚7点半}). */
    int clock(int j) {
      int e = timeOfDay(j);
      if (e > j) {
        for (String k : CLOCK_CONNECTORS) {
          if (startsWith(k, e)) {
            int e2 = timeOfDay(e + k.length());
            return e2 > e + k.length() ? e2 : e;
          }
        }
      }
      return e;
    }

    int timeOfDay(int j) {
      int k = j;
      for (int q : DAY_PERIODS_INDEX.startingWith(at(k))) {
        String dp = DAY_PERIODS[q];
        if (startsWith(dp, k)) {
          if (dp.length() == 1 && "会餐报宴饭间上市场".indexOf(at(k + 1)) >= 0) {
            continue;
          }
          k += dp.length();
          break;
        }
      }
      int start = at(k) == ' ' && isDigit(at(k + 1)) ? k + 1 : k;
      int d = digits(start);
      int e = -1;
      if (d >= 1 && d <= 2 && (at(start + d) == ':' || at(start + d) == '：') && digits(start + d + 1) == 2) {
        e = start + d + 3;
        if ((at(e) == ':' || at(e) == '：') && digits(e + 1) == 2) {
          e += 3;
        } else if (at(e) == '分') {
          e++;
        }
      } else {
        int len = d;
        int v = d >= 1 && d <= 2 ? num(start, d) : -1;
        if (d == 0) {
          v = smallCn(start);
          len = cnLen(v);
          if (v < 0 && (at(start) == '两' || at(start) == '零')) {
            v = at(start) == '两' ? 2 : 0;
            len = 1;
          } else if (v > 0 && v < 9 && cnSmall(at(start + 1)) == v + 1) {
            // 三四时: between three and four
            len = 2;
          }
        }
        if (v >= 0 && v <= 24 && len > 0 && (at(start + len) == '时' || at(start + len) == '点')) {
          e = start + len + 1;
          int m = digits(e);
          int mv = m >= 1 && m <= 2 ? m : 0;
          if (mv == 0) {
            int z = at(e) == '零' ? 1 : 0;
            int cv = smallCn(e + z);
            mv = cv < 0 ? 0 : cnLen(cv) + z;
          }
          int more = at(e + mv) == '多' ? 1 : 0;
          if (mv > 0 && at(e + mv + more) == '分') {
            e += mv + more + 1;
          } else if (at(e) == '半' || at(e) == '整') {
            e++;
          }
        }
      }
      if (e < 0) {
        return k;
      }
      for (String t : CLOCK_TAILS) {
        if (startsWith(t, e) && !(t.equals("过") && isHan(at(e + 1)) && at(e + 1) != '，')) {
          return e + t.length();
        }
      }
      return e;
    }

    int weekday(int i, P p) {
      int k = i;
      Integer offset = null;
      if (at(k) == '每') {
        return i;
      }
      if (at(i - 1) == '每') {
        return i;
      }
      switch (at(k)) {
        case '上' -> offset = -1;
        case '本', '这' -> offset = 0;
        case '下' -> offset = 1;
        default -> { }
      }
      if (offset != null) {
        k++;
      }
      int e = weekdayName(k);
      if (e == k) {
        return i;
      }
      p.weekday = "一二三四五六日".indexOf(at(e - 1)) + 1;
      if (p.weekday == 0) {
        p.weekday = 7;
      }
      p.weekOffset = offset;
      return dayTail(e);
    }

    /** 周一, 星期三, 礼拜天: the end, or {@code k} when there is none. */
    int weekdayName(int k) {
      for (String w : WEEK_WORDS) {
        if (startsWith(w, k) && "一二三四五六日天".indexOf(at(k + w.length())) >= 0) {
          char next = at(k + w.length() + 1);
          if (w.equals("周") && (next == '年' || next == '岁')) {
            return k;
          }
          return k + w.length() + 1;
        }
      }
      return k;
    }

    int festival(int j, P p) {
      if (!FESTIVAL_FIRST_CHARS.get(at(j))) {
        return j;
      }
      for (int k : FESTIVALS_INDEX.startingWith(at(j))) {
        String name = FESTIVALS.get(k);
        if (startsWith(name, j)) {
          p.festival = FESTIVALS_CANONICAL[k];
          return j + name.length();
        }
      }
      for (String[] h : NUMBERED_HOLIDAYS) {
        if (startsWith(h[0], j)) {
          for (String tail : HOLIDAY_TAILS) {
            if (startsWith(tail, j + 2)) {
              p.festival = h[1];
              return j + 2 + (tail.equals("节") ? 1 : 0);
            }
          }
        }
      }
      return j;
    }

    /** 一 to 三十一 in Chinese numerals at {@code i}, or -1. */
    int smallCn(int i) {
      int a = cnSmall(at(i));
      if (a == 10) {
        int b = cnSmall(at(i + 1));
        return b >= 1 && b <= 9 ? 10 + b : 10;
      }
      if (a >= 1 && a <= 9) {
        if (cnSmall(at(i + 1)) == 10) {
          int b = cnSmall(at(i + 2));
          return a * 10 + (b >= 1 && b <= 9 ? b : 0);
        }
        return a;
      }
      return -1;
    }
  }

  static Field field(String code) {
    int v = Integer.parseInt(code.substring(1));
    return code.charAt(0) == 'P' ? Field.pub(v) : Field.prev(v);
  }

  static boolean isYear(int y) {
    return y >= 1800 && y <= 2199;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  static int cnDigit(char c) {
    int k = CN_DIGITS.indexOf(c);
    if (k < 0) {
      return c == 'O' || c == '0' ? 0 : -1;
    }
    return k <= 2 ? 0 : k - 2;
  }

  /** How many chars {@link Cursor#smallCn} read for {@code v} (十 1, 十二 2, 二十 2, 二十三 3). */
  static int cnLen(int v) {
    return v < 0 ? 0 : v <= 10 ? 1 : (v < 20 || v % 10 == 0) ? 2 : 3;
  }

  static int cnSmall(char c) {
    if (c == '十') {
      return 10;
    }
    int k = "一二三四五六七八九".indexOf(c);
    return k < 0 ? -1 : k + 1;
  }
}
