package io.aidfacts.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date at the precision the text states: a year ({@code 2019}), a month
 * ({@code 2019-04}), a day ({@code 2019-07-02}), or an interval of two of these
 * ({@code 2019-08-07/2019-08-10}, {@code 2019-09/2019-12}).
 *
 * @param value the ISO-8601 form written to JSON
 * @param mod a qualifier the precision cannot carry ({@code early}, {@code mid}, {@code late},
 *     {@code approx}), or null
 */
public record DateValue(String value, String mod) implements Comparable<DateValue> {

  public DateValue {
    Objects.requireNonNull(value, "value");
    String[] parts = value.split("/", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("date '" + value + "' has more than one '/'");
    }
    for (String p : parts) {
      parsePoint(p, false, value);
    }
    if (parts.length == 2 && parsePoint(parts[1], true, value).isBefore(parsePoint(parts[0], false, value))) {
      throw new IllegalArgumentException("date interval '" + value + "' ends before it starts");
    }
  }

  public static DateValue of(String value) {
    return new DateValue(value, null);
  }

  public static DateValue ofYear(int year) {
    // String.format("%04d") without a Formatter: this runs for every year mentioned.
    if (year >= 0 && year <= 9999) {
      char[] c = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
          (char) ('0' + year % 10)};
      return of(new String(c));
    }
    return of(String.format("%04d", year));
  }

  public static DateValue ofMonth(YearMonth ym) {
    return of(ym.toString());
  }

  public static DateValue ofDay(LocalDate day) {
    return of(day.toString());
  }

  /** The interval from the start of {@code from} to the end of {@code to}. */
  public static DateValue between(DateValue from, DateValue to) {
    String a = from.value.split("/")[0];
    String[] b = to.value.split("/");
    String end = b[b.length - 1];
    return a.equals(end) ? of(a) : of(a + "/" + end);
  }

  public DateValue withMod(String mod) {
    return new DateValue(value, mod);
  }

  public boolean isInterval() {
    return value.indexOf('/') >= 0;
  }

  /** The first day the value covers ({@code 2019-04} -> 2019-04-01). */
  public LocalDate firstDay() {
    return parsePoint(value.split("/")[0], false, value);
  }

  /** The last day the value covers ({@code 2019-04} -> 2019-04-30). */
  public LocalDate lastDay() {
    String[] parts = value.split("/");
    return parsePoint(parts[parts.length - 1], true, value);
  }

  @Override
  public int compareTo(DateValue o) {
    int c = firstDay().compareTo(o.firstDay());
    return c != 0 ? c : lastDay().compareTo(o.lastDay());
  }

  private static boolean digits(String s, int from, int len) {
    for (int i = from; i < from + len; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }

  @Override
  public String toString() {
    return mod == null ? value : value + "(" + mod + ")";
  }

  /** Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} by hand: every value is checked when made. */
  private static LocalDate parsePoint(String p, boolean last, String whole) {
    int n = p.length();
    boolean ok = (n == 4 || n == 7 || n == 10) && digits(p, 0, 4)
        && (n < 7 || p.charAt(4) == '-' && digits(p, 5, 2))
        && (n < 10 || p.charAt(7) == '-' && digits(p, 8, 2));
    if (!ok) {
      throw new IllegalArgumentException(
          "date '" + whole + "' is not ISO yyyy, yyyy-MM or yyyy-MM-dd (or two joined by '/')");
    }
    try {
      int y = number(p, 0, 4);
      if (n == 4) {
        return last ? Year.of(y).atMonth(12).atEndOfMonth() : LocalDate.of(y, 1, 1);
      }
      YearMonth ym = YearMonth.of(y, number(p, 5, 2));
      if (n == 7) {
        return last ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return ym.atDay(number(p, 8, 2));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("date '" + whole + "' is not a calendar date: " + e.getMessage(), e);
    }
  }
}
