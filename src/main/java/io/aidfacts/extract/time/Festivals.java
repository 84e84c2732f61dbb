package io.aidfacts.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Festivals news dates events by. Solar ones have a fixed day; lunar ones (and 清明, a solar
 * term) come from the bundled table {@code lunar-festivals.tsv}, 1950-2060, since the JDK has no
 * Chinese calendar and computing one is not worth a dependency. Thread-safe.
 */
public final class Festivals {

  static final String RESOURCE = "lunar-festivals.tsv";

  private static final Map<String, MonthDay> SOLAR = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    SOLAR.put("元旦", MonthDay.of(1, 1));
    SOLAR.put("情人节", MonthDay.of(2, 14));
    SOLAR.put("妇女节", MonthDay.of(3, 8));
    SOLAR.put("植树节", MonthDay.of(3, 12));
    SOLAR.put("劳动节", MonthDay.of(5, 1));
    SOLAR.put("青年节", MonthDay.of(5, 4));
    SOLAR.put("儿童节", MonthDay.of(6, 1));
    SOLAR.put("建党节", MonthDay.of(7, 1));
    SOLAR.put("建军节", MonthDay.of(8, 1));
    SOLAR.put("教师节", MonthDay.of(9, 10));
    SOLAR.put("国庆节", MonthDay.of(10, 1));
    SOLAR.put("圣诞节", MonthDay.of(12, 25));
    ALIASES.put("国庆", "国庆节");
    ALIASES.put("三八妇女节", "妇女节");
    ALIASES.put("五一劳动节", "劳动节");
    ALIASES.put("五四青年节", "青年节");
    ALIASES.put("六一儿童节", "儿童节");
    ALIASES.put("圣诞", "圣诞节");
    ALIASES.put("春节", "春节");
    ALIASES.put("农历新年", "春节");
    ALIASES.put("大年初一", "春节");
    ALIASES.put("元宵节", "元宵");
    ALIASES.put("端午节", "端午");
    ALIASES.put("七夕节", "七夕");
    ALIASES.put("中秋节", "中秋");
    ALIASES.put("重阳节", "重阳");
    ALIASES.put("腊八节", "腊八");
    ALIASES.put("大年三十", "除夕");
    ALIASES.put("清明节", "清明");
  }

  private Festivals() {}

  /** Every name the scanner accepts, longest first so that 国庆节 wins over 国庆. */
  static List<String> names() {
    List<String> all = new ArrayList<>(SOLAR.keySet());
    all.addAll(ALIASES.keySet());
    all.addAll(Lunar.TABLE.keySet());
    List<String> unique = new ArrayList<>(Set.copyOf(all));
    unique.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    return Collections.unmodifiableList(unique);
  }

  /** The canonical name of {@code name} (国庆 -> 国庆节), or null if it is no festival. */
  public static String canonical(String name) {
    String c = ALIASES.getOrDefault(name, name);
    return SOLAR.containsKey(c) || Lunar.TABLE.containsKey(c) ? c : null;
  }

  /**
   * The day of {@code festival} (a canonical name) in Gregorian {@code year}, or null when the
   * table does not reach that year. For 腊八 and 小年, which may fall twice or not at all in one
   * Gregorian year, the first occurrence in that year.
   */
  public static LocalDate in(String festival, int year) {
    MonthDay solar = SOLAR.get(festival);
    if (solar != null) {
      return solar.atYear(year);
    }
    List<LocalDate> days = Lunar.TABLE.get(festival);
    if (days == null) {
      throw new IllegalArgumentException("'" + festival + "' is not a known festival; known: "
          + names());
    }
    for (LocalDate d : days) {
      if (d.getYear() == year) {
        return d;
      }
    }
    return null;
  }

  /** Lazily loaded table (holder idiom): festival -> sorted days. */
  private static final class Lunar {
    static final Map<String, List<LocalDate>> TABLE = load();

    private static Map<String, List<LocalDate>> load() {
      try (InputStream in = Festivals.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException(
              "resource " + RESOURCE + " is missing from the class path next to " + Festivals.class.getName()));
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, List<LocalDate>> table = new LinkedHashMap<>();
        String[] header = null;
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
          no++;
          if (line.startsWith("#year")) {
            header = line.substring(1).split("\t");
            continue;
          }
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t");
          if (header == null || cols.length != header.length) {
            throw new IllegalStateException(RESOURCE + " line " + no + ": expected "
                + (header == null ? "a '#year' header first" : header.length + " columns") + ", got '" + line + "'");
          }
          for (int i = 1; i < cols.length; i++) {
            table.computeIfAbsent(header[i], k -> new ArrayList<>()).add(LocalDate.parse(cols[i]));
          }
        }
        Map<String, List<LocalDate>> frozen = new LinkedHashMap<>();
        table.forEach((k, v) -> {
          v.sort(null);
          frozen.put(k, List.copyOf(v));
        });
        return Collections.unmodifiableMap(frozen);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
      }
    }
  }
}
