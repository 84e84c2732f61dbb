package io.aidfacts.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication stamps pages print ({@code 2019-12-06 09:30:16},
 * {@code 2020年07月08日 08:15}, {@code 2021/3/15}) into the ISO form of
 * {@link io.aidfacts.model.Article#published()}, as precise as the stamp.
 */
public final class PublishedDates {

  /** A date with an optional time; groups: year, month, day, hour, minute, second. */
  static final Pattern STAMP = Pattern.compile(
      "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
          + "(?:[\\sT]*(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2}))?)?");

  private PublishedDates() {}

  /** The first stamp in {@code text} as ISO, or null when there is none or it is no real date. */
  public static String find(CharSequence text) {
    Matcher m = STAMP.matcher(text);
    while (m.find()) {
      String iso = toIso(m);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** Normalizes a whole value such as a JSON {@code published} field; null if it is none. */
  public static String normalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = STAMP.matcher(TextNormalizer.normalize(value.trim()).text());
    return m.find() ? toIso(m) : null;
  }

  static String toIso(Matcher m) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return d.toString();
      }
      int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), sec);
      String iso = t.toString();
      // LocalDateTime drops ":00" seconds; keep what the page states.
      return m.group(6) != null && iso.length() == 16 ? iso + ":00" : iso;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
