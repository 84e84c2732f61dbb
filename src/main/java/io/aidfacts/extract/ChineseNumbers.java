package io.aidfacts.extract;

import java.math.BigDecimal;

/**
 * Values of numbers as Chinese text writes them: Arabic digits with decimals and grouping
 * commas ({@code 1,200}, {@code 5.8}), Chinese numerals ({@code 三千五百}, {@code 两}),
 * financial capitals ({@code 壹万贰仟}), digit-by-digit forms ({@code 二〇〇}), mixed forms
 * ({@code 1百23}) and decimals in words ({@code 一点七八}). Exact, never floating point.
 */
public final class ChineseNumbers {

  private ChineseNumbers() {}

  /** The digit value of a numeral character, or -1. */
  public static int digit(char c) {
    switch (c) {
      case '零': case '〇': case 'О': case '0': return 0;
      case '一': case '壹': case '幺': return 1;
      case '二': case '贰': case '貳': case '两': case '兩': return 2;
      case '三': case '叁': case '參': case '叄': return 3;
      case '四': case '肆': return 4;
      case '五': case '伍': return 5;
      case '六': case '陆': case '陸': return 6;
      case '七': case '柒': return 7;
      case '八': case '捌': return 8;
      case '九': case '玖': return 9;
      default:
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
  }

  /** The multiplier of a unit character below 万 ({@code 十 百 千}), or 0. */
  public static int smallUnit(char c) {
    switch (c) {
      case '十': case '拾': return 10;
      case '百': case '佰': return 100;
      case '千': case '仟': return 1000;
      default: return 0;
    }
  }

  /** The multiplier of a large unit ({@code 万 萬 亿 億}), or null. */
  public static BigDecimal bigUnit(char c) {
    switch (c) {
      case '万': case '萬': return BigDecimal.valueOf(10_000);
      case '亿': case '億': return BigDecimal.valueOf(100_000_000);
      default: return null;
    }
  }

  public static boolean isNumeral(char c) {
    return digit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) != null || c == '点' || c == '點'
        || c == '.' || c == ',';
  }

  /**
   * Parses a whole number expression.
   *
   * @return the value, or null when {@code s} is not a number
   */
  public static BigDecimal parse(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return parseBig(s);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static BigDecimal parseBig(String s) {
    // Split at the largest unit: 3亿5000万 = 3 * 1e8 + 5000 * 1e4.
    int yi = lastIndexOfAny(s, "亿億");
    if (yi >= 0) {
      BigDecimal high = yi == 0 ? BigDecimal.ONE : parseBig(s.substring(0, yi));
      BigDecimal low = yi + 1 < s.length() ? parseBig(s.substring(yi + 1)) : BigDecimal.ZERO;
      return high.multiply(BigDecimal.valueOf(100_000_000)).add(low);
    }
    int wan = lastIndexOfAny(s, "万萬");
    if (wan >= 0) {
      BigDecimal high = wan == 0 ? BigDecimal.ONE : parseBig(s.substring(0, wan));
      BigDecimal low = wan + 1 < s.length() ? parseBig(s.substring(wan + 1)) : BigDecimal.ZERO;
      return high.multiply(BigDecimal.valueOf(10_000)).add(low);
    }
    return parseSmall(s);
  }

  /** A number below 万: digits, decimals, or numerals with 十百千. */
  private static BigDecimal parseSmall(String s) {
    if (s.isEmpty()) {
      throw new NumberFormatException("empty");
    }
    boolean allDigits = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
        allDigits = false;
        break;
      }
    }
    if (allDigits) {
      return new BigDecimal(s.replace(",", ""));
    }
    int point = Math.max(s.indexOf('点'), s.indexOf('點'));
    if (point >= 0) {
      BigDecimal whole = point == 0 ? BigDecimal.ZERO : parseSmall(s.substring(0, point));
      String frac = s.substring(point + 1);
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < frac.length(); i++) {
        int d = digit(frac.charAt(i));
        if (d < 0) {
          throw new NumberFormatException(s);
        }
        digits.append(d);
      }
      return whole.add(new BigDecimal("0." + digits));
    }
    boolean hasUnit = false;
    for (int i = 0; i < s.length(); i++) {
      if (smallUnit(s.charAt(i)) > 0) {
        hasUnit = true;
        break;
      }
    }
    if (!hasUnit) {
      // 二〇〇 / 2〇19: digit by digit
      StringBuilder digits = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int d = digit(c);
        if (d < 0) {
          if (c == '.') {
            digits.append('.');
            continue;
          }
          throw new NumberFormatException(s);
        }
        digits.append(d);
      }
      return new BigDecimal(digits.toString());
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal pending = null;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int unit = smallUnit(c);
      if (unit > 0) {
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
      if (run.chars().allMatch(ch -> ch == '零' || ch == '〇')) {
        i = j;
        continue;
      }
      pending = parseSmallRun(run);
      i = j;
    }
    if (pending != null) {
      total = total.add(pending);
    }
    return total;
  }

  private static BigDecimal parseSmallRun(String run) {
    String r = run.replace("零", "").replace("〇", "");
    boolean ascii = r.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.');
    if (ascii) {
      return new BigDecimal(r);
    }
    if (r.length() != 1 || digit(r.charAt(0)) < 0) {
      throw new NumberFormatException(run);
    }
    return BigDecimal.valueOf(digit(r.charAt(0)));
  }

  private static int lastIndexOfAny(String s, String chars) {
    int best = -1;
    for (int i = 0; i < chars.length(); i++) {
      best = Math.max(best, s.lastIndexOf(chars.charAt(i)));
    }
    return best;
  }
}
