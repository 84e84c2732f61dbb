package io.aidfacts.extract.time;

import java.util.Objects;

/**
 * What a time expression says, before it is resolved: which calendar fields the text gives,
 * absolutely or relative to an anchor. {@link DateResolver} turns it into a
 * {@link io.aidfacts.model.DateValue}.
 */
public sealed interface DateSpec permits DateSpec.Point, DateSpec.Range, DateSpec.Vague {

  /** How a field is given. */
  enum Ref {
    /** The number is the field itself ({@code 2019年}, {@code 7月}). */
    ABSOLUTE,
    /** An offset from the publication date ({@code 去年} -1, {@code 昨天} -1, {@code 本月} 0). */
    PUBLISHED,
    /** An offset from the date mentioned just before ({@code 次日} +1, {@code 当年} 0). */
    PREVIOUS
  }

  /** One calendar field: a number and how to read it. */
  record Field(Ref ref, int value) {
    public Field {
      Objects.requireNonNull(ref, "ref");
    }

    static Field abs(int value) {
      return new Field(Ref.ABSOLUTE, value);
    }

    static Field pub(int offset) {
      return new Field(Ref.PUBLISHED, offset);
    }

    static Field prev(int offset) {
      return new Field(Ref.PREVIOUS, offset);
    }
  }

  /** A part of a month or a year that the text names instead of a day or month. */
  enum Part {
    MONTH_EARLY, MONTH_MID, MONTH_LATE,
    /** 上旬, 中旬, 下旬, 上中旬, 中下旬: day intervals 1-10, 11-20, 21-end. */
    XUN_1, XUN_2, XUN_3, XUN_12, XUN_23,
    YEAR_EARLY, YEAR_MID, YEAR_LATE, HALF_1, HALF_2,
    /** Quarter {@code partArg} (1-4). */
    QUARTER,
    /** Quarters 1 to {@code partArg} (前三季度). */
    QUARTERS_TO,
    /** Months 1 to {@code partArg} (前10个月). */
    FIRST_MONTHS,
    /** Season {@code partArg}: 1 spring (3-5), 2 summer (6-8), 3 autumn (9-11), 4 winter (12-2). */
    SEASON,
    /** The ten years from {@code year} (80年代). */
    DECADE
  }

  /**
   * A point or period at one precision. Null fields are not stated. {@code weekday} 1-7 (Monday
   * to Sunday) with {@code weekOffset} (上周 -1, 本周 0, 下周 +1, or {@code null} for the most
   * recent such day); {@code festival} a name from {@link Festivals}; {@code now} for 至今.
   */
  record Point(Field year, Field month, Field day, Part part, int partArg, String festival,
      int weekday, Integer weekOffset, boolean now) implements DateSpec {

    public Point {
      if (weekday < 0 || weekday > 7) {
        throw new IllegalArgumentException("weekday must be 1-7 or 0 for none, got " + weekday);
      }
    }

    /** Whether the text states a year, absolutely or relatively. */
    boolean hasYear() {
      return year != null;
    }
  }

  /** From one point to another; {@code to} takes the fields it leaves out from {@code from}. */
  record Range(Point from, Point to) implements DateSpec {
    public Range {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** 近日, 目前, 日前: speaks of a time but names no date. */
  record Vague() implements DateSpec {}
}
