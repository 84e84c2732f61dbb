package io.aidfacts.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

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

  @Override
  public String toString() {
    return mod == null ? value : value + "(" + mod + ")";
  }

  private static LocalDate parsePoint(String p, boolean last, String whole) {
    Matcher m = POINT.matcher(p);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "date '" + whole + "' is not ISO yyyy, yyyy-MM or yyyy-MM-dd (or two joined by '/')");
    }
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return last ? Year.of(y).atMonth(12).atEndOfMonth() : LocalDate.of(y, 1, 1);
      }
      YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return last ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return ym.atDay(Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("date '" + whole + "' is not a calendar date: " + e.getMessage(), e);
    }
  }
}
