package io.aidfacts.extract;

import java.math.BigDecimal;

/**
 * Values of numbers as Chinese text writes them: Arabic digits with decimals and grouping
 * commas ({@code 1,200}, {@code 5.8}, {@code 13·4}), Chinese numerals ({@code 三千五百},
 * {@code 两}), financial capitals ({@code 壹万贰仟}), digit-by-digit forms ({@code 二〇〇}),
 * mixed forms ({@code 1百23万}), decimals in words ({@code 一点七八}) and the large units
 * 万, 亿 and 万亿. Values are exact {@link BigDecimal}s, never floating point.
 *
 * <p>{@link #read} finds the longest number at a position of running text, with the vague
 * forms news writes: {@code 数十万} and {@code 上百万} (the lower bound, approximate),
 * {@code 1500多万}, {@code 万余}, and ranges of adjacent numerals ({@code 两三千}: 2000 to
 * 3000). Stateless and thread-safe.
 */
public final class ChineseNumbers {

  /** Runs longer than this are not numbers but noise (digit strings, ids): not read. */
  public static final int MAX_LENGTH = 40;

  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  private ChineseNumbers() {}

  /**
   * A number read from running text.
   *
   * @param start first char of the number
   * @param end one past its last char (a trailing 多 or 余 included)
   * @param value the value, or the lower bound of a vague number or a range
   * @param max the upper bound of a range of adjacent numerals ({@code 两三千}), else null
   * @param approx the number is vague ({@code 多 余 数 几 上}, adjacent numerals)
   * @param scale the multiplier of its trailing large unit (万 10^4, 亿 10^8, 万亿 10^12), else 1
   * @param hasUnit it contains a unit character (十 百 千 万 亿), so a range's first number
   *     ({@code 3} in {@code 3-5万}) does not borrow the second's unit when this is true
   * @param hasDigit it contains a digit; false for bare units ({@code 万余}, {@code 上百万})
   * @param arabic it contains an Arabic digit
   */
  public record Reading(int start, int end, BigDecimal value, BigDecimal max, boolean approx,
      BigDecimal scale, boolean hasUnit, boolean hasDigit, boolean arabic) {

    public Reading {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("number span must satisfy 0 <= start < end, got start="
            + start + ", end=" + end);
      }
      if (value == null || value.signum() < 0) {
        throw new IllegalArgumentException("number value must be non-negative, got " + value);
      }
      if (max != null && max.compareTo(value) < 0) {
        throw new IllegalArgumentException("range maximum " + max + " is below its value " + value);
      }
    }

    /** The number before its trailing large unit: 5 for {@code 5万}. */
    public BigDecimal head() {
      return value.divide(scale);
    }

    public Reading withValue(BigDecimal value, BigDecimal max) {
      return new Reading(start, end, value, max, approx, scale, hasUnit, hasDigit, arabic);
    }
  }

  // Lookup tables: these run on every char of every article, where a switch is too slow.
  private static final byte[] DIGITS = new byte[65536];
  private static final short[] SMALL_UNITS = new short[65536];

  static {
    java.util.Arrays.fill(DIGITS, (byte) -1);
    String[] digits = {"零〇○О0０", "一壹幺1１", "二贰貳两兩2２", "三叁參叄3３", "四肆4４", "五伍5５",
        "六陆陸6６", "七柒7７", "八捌8８", "九玖9９"};
    for (int d = 0; d < digits.length; d++) {
      for (char c : digits[d].toCharArray()) {
        DIGITS[c] = (byte) d;
      }
    }
    for (char c : "十拾".toCharArray()) {
      SMALL_UNITS[c] = 10;
    }
    for (char c : "百佰".toCharArray()) {
      SMALL_UNITS[c] = 100;
    }
    for (char c : "千仟".toCharArray()) {
      SMALL_UNITS[c] = 1000;
    }
  }

  /** The digit value of a numeral character, or -1. */
  public static int digit(char c) {
    return DIGITS[c];
  }

  /** The multiplier of a unit character below 万 ({@code 十 百 千}), or 0. */
  public static int smallUnit(char c) {
    return SMALL_UNITS[c];
  }

  /** The multiplier of a large unit ({@code 万 萬 亿 億}), or null. */
  public static BigDecimal bigUnit(char c) {
    switch (c) {
      case '万': case '萬': return WAN;
      case '亿': case '億': return YI;
      default: return null;
    }
  }

  public static boolean isNumeral(char c) {
    return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) != null || c == '点' || c == '點'
        || c == '.' || c == ',';
  }

  private static boolean isUnit(char c) {
    return smallUnit(c) > 0 || bigUnit(c) != null;
  }

  private static boolean isAscii(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static boolean isPoint(char c) {
    return c == '.' || c == '．' || c == '·' || c == '点' || c == '點';
  }

  /**
   * Parses a whole number expression such as {@code 3541.07万}, {@code 一点七八亿},
   * {@code 壹万贰仟} or {@code 1百23万}.
   *
   * @return the exact value, or null when {@code s} is not a well-formed number
   */
  public static BigDecimal parse(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) {
      return null;
    }
    try {
      return parseBig(s.replace(",", "").replace('．', '.').replace('·', '.'));
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Reads the longest number that starts at {@code from}: digits, numerals, units, a decimal
   * point between digits, grouping commas before three digits, and the vague markers. Does
   * not look at the text before {@code from}; callers decide where numbers may start.
   *
   * @return the number, or null when none starts there or the run is not a well-formed number
   */
  public static Reading read(CharSequence s, int from) {
    int n = s.length();
    if (from < 0 || from >= n) {
      return null;
    }
    StringBuilder lower = new StringBuilder(16);
    StringBuilder upper = null;
    boolean approx = false;
    boolean hasDigit = false;
    boolean hasUnit = false;
    boolean arabic = false;
    boolean point = false; // a decimal point in the current section (since the last 万/亿)
    int i = from;
    char first = s.charAt(from);
    if (first == '上' || first == '数' || first == '几') {
      // 上百万, 数十万, 几千: vague multiples of a unit; their lower bound is the unit.
      if (from + 1 >= n || !isUnit(s.charAt(from + 1))) {
        return null;
      }
      approx = true;
      i++;
    }
    while (i < n && i - from < MAX_LENGTH) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (i > from && digit(s.charAt(i - 1)) >= 0 && isAscii(c) != isAscii(s.charAt(i - 1))) {
          break; // 零5, 5五: digits of two scripts are two numbers
        }
        // 两三千, 一二百, 十五六万: adjacent numerals before a unit are a range.
        if (upper == null && !point && !isAscii(c) && d >= 1 && i + 1 < n) {
          // 两三元, 三五百 too; 二〇〇 and 一九九八 are digit strings.
          int d2 = digit(s.charAt(i + 1));
          if ((d2 == d + 1 || d == 3 && d2 == 5) && !isAscii(s.charAt(i + 1))
              && (i + 2 == n || digit(s.charAt(i + 2)) < 0)) {
            upper = new StringBuilder(lower).append(s.charAt(i + 1));
            lower.append(c);
            approx = true;
            hasDigit = true;
            i += 2;
            continue;
          }
        }
        append(lower, upper, isAscii(c) ? (char) ('0' + d) : c);
        hasDigit = true;
        arabic |= isAscii(c);
        i++;
        continue;
      }
      if (isUnit(c)) {
        if (bigUnit(c) != null) {
          point = false;
        }
        append(lower, upper, c);
        hasUnit = true;
        i++;
        continue;
      }
      char prev = i > from ? s.charAt(i - 1) : 0;
      if ((c == '.' || c == ' ') && isAscii(prev) && i + 1 < n && bigUnit(s.charAt(i + 1)) != null) {
        i++; // 134.亿, 6630 万: a stray point or space before the unit
        continue;
      }
      if (isPoint(c) && !point && i + 1 < n && (digit(prev) >= 0 || smallUnit(prev) > 0)) {
        char next = s.charAt(i + 1);
        boolean wordPoint = c == '点' || c == '點';
        // 3.5 and 十五点八 are decimals; 3点 (o'clock) and 1.2.3 are not.
        if (wordPoint ? digit(next) >= 0 : isAscii(prev) && isAscii(next)) {
          append(lower, upper, '.');
          point = true;
          i++;
          continue;
        }
        break;
      }
      if (c == ',' && isAscii(prev) && !point && groupOfThree(s, i + 1)) {
        i++;
        continue;
      }
      if ((c == '多' || c == '余' || c == '餘') && (hasDigit || hasUnit)) {
        approx = true;
        i++;
        if (i < n && isUnit(s.charAt(i))) {
          continue; // 1500多万, 三十余万
        }
        break;
      }
      if (c == '几' && prev == '十') {
        approx = true; // 十几万: lower bound 十万
        i++;
        continue;
      }
      if ((c == '数' || c == '几') && i + 1 < n && isUnit(s.charAt(i + 1)) && (hasDigit || hasUnit)) {
        approx = true;
        i++;
        continue;
      }
      break;
    }
    if (lower.length() == 0 || i - from >= MAX_LENGTH) {
      return null;
    }
    BigDecimal value = parse(lower.toString());
    BigDecimal max = upper == null ? null : parse(upper.toString());
    if (value == null || upper != null && (max == null || max.compareTo(value) < 0)) {
      return null;
    }
    return new Reading(from, i, value, max, approx, scaleOf(lower), hasUnit, hasDigit, arabic);
  }

  private static void append(StringBuilder lower, StringBuilder upper, char c) {
    lower.append(c);
    if (upper != null) {
      upper.append(c);
    }
  }

  private static boolean groupOfThree(CharSequence s, int at) {
    int n = s.length();
    if (at + 3 > n) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      char c = s.charAt(k);
      if (!(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return at + 3 == n || !(s.charAt(at + 3) >= '0' && s.charAt(at + 3) <= '9');
  }

  private static BigDecimal scaleOf(CharSequence lower) {
    int n = lower.length();
    if (n >= 2 && lower.charAt(n - 1) == '亿' && bigUnit(lower.charAt(n - 2)) == WAN) {
      return WAN.multiply(YI);
    }
    BigDecimal u = bigUnit(lower.charAt(n - 1));
    return u == null ? BigDecimal.ONE : u;
  }

  private static BigDecimal parseBig(String s) {
    // Split at the largest unit: 3亿5000万 = 3 * 1e8 + 5000 * 1e4; 1.2万亿 = 1.2万 * 1e8.
    int yi = lastIndexOfAny(s, '亿', '億');
    if (yi >= 0) {
      return split(s, yi, YI);
    }
    int wan = lastIndexOfAny(s, '万', '萬');
    if (wan >= 0) {
      return split(s, wan, WAN);
    }
    return parseSmall(s);
  }

  private static BigDecimal split(String s, int at, BigDecimal unit) {
    BigDecimal high = at == 0 ? BigDecimal.ONE : parseBig(s.substring(0, at));
    String rest = s.substring(at + 1);
    if (rest.isEmpty()) {
      return high.multiply(unit);
    }
    // The part after a unit must be smaller than it: 3亿5000万, not 3万5亿.
    BigDecimal low = parseBig(rest);
    if (low.compareTo(unit) >= 0) {
      throw new NumberFormatException(s);
    }
    return high.multiply(unit).add(low);
  }

  /** A number below 万: digits, decimals, or numerals with 十百千. */
  private static BigDecimal parseSmall(String s) {
    if (s.isEmpty()) {
      throw new NumberFormatException("empty");
    }
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new BigDecimal(s);
    }
    int point = Math.max(Math.max(s.indexOf('点'), s.indexOf('點')), s.indexOf('.'));
    if (point >= 0) {
      BigDecimal whole = point == 0 ? BigDecimal.ZERO : parseSmall(s.substring(0, point));
      String frac = s.substring(point + 1);
      if (frac.isEmpty()) {
        throw new NumberFormatException(s);
      }
      StringBuilder digits = new StringBuilder("0.");
      for (int i = 0; i < frac.length(); i++) {
        int d = digit(frac.charAt(i));
        if (d < 0) {
          throw new NumberFormatException(s);
        }
        digits.append(d);
      }
      return whole.add(new BigDecimal(digits.toString()));
    }
    boolean hasUnit = false;
    for (int i = 0; i < s.length(); i++) {
      if (smallUnit(s.charAt(i)) > 0) {
        hasUnit = true;
        break;
      }
    }
    if (!hasUnit) {
      // 二〇〇, 2〇19: digit by digit
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        int d = digit(s.charAt(i));
        if (d < 0) {
          throw new NumberFormatException(s);
        }
        digits.append(d);
      }
      return new BigDecimal(digits.toString());
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal pending = null;
    int lastUnit = Integer.MAX_VALUE;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int unit = smallUnit(c);
      if (unit > 0) {
        // 三千五百 descends; 百三千 is not a number.
        if (unit >= lastUnit) {
          throw new NumberFormatException(s);
        }
        lastUnit = unit;
        BigDecimal n = pending == null ? BigDecimal.ONE : pending;
        total = total.add(n.multiply(BigDecimal.valueOf(unit)));
        pending = null;
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && smallUnit(s.charAt(j)) == 0) {
        j++;
      }
      String run = s.substring(i, j);
      if (pending != null) {
        throw new NumberFormatException(s);
      }
      if (!isZeros(run)) {
        pending = parseSmallRun(run);
      }
      i = j;
    }
    if (pending != null) {
      total = total.add(pending);
    }
    return total;
  }

  private static boolean isZeros(String run) {
    for (int k = 0; k < run.length(); k++) {
      if (run.charAt(k) != '零' && run.charAt(k) != '〇' && run.charAt(k) != '○') {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal parseSmallRun(String run) {
    // 零五 in 一千零五: leading zeros are place holders.
    int k = 0;
    while (k < run.length() - 1 && (run.charAt(k) == '零' || run.charAt(k) == '〇' || run.charAt(k) == '○')) {
      k++;
    }
    String r = run.substring(k);
    boolean ascii = true;
    for (int i = 0; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (!(ch >= '0' && ch <= '9' || ch == '.')) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new BigDecimal(r); // 1百23: Arabic digits between units
    }
    if (r.length() != 1 || digit(r.charAt(0)) < 0) {
      throw new NumberFormatException(run);
    }
    return BigDecimal.valueOf(digit(r.charAt(0)));
  }

  private static int lastIndexOfAny(String s, char a, char b) {
    return Math.max(s.lastIndexOf(a), s.lastIndexOf(b));
  }
}
