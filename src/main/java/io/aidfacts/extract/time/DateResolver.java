package io.aidfacts.extract.time;

import io.aidfacts.extract.time.DateSpec.Field;
import io.aidfacts.extract.time.DateSpec.Part;
import io.aidfacts.extract.time.DateSpec.Point;
import io.aidfacts.extract.time.DateSpec.Range;
import io.aidfacts.extract.time.DateSpec.Ref;
import io.aidfacts.model.DateValue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntFunction;

/**
 * Turns the time expressions of one article, in text order, into dates. Relative expressions
 * resolve against the anchor, the article's publication day, never the machine clock: with no
 * anchor they stay null (absolute dates still resolve). {@code 次日}, {@code 当天}, {@code 当年}
 * resolve against the date mentioned just before.
 *
 * <p>A date without a year leans to the past, as news reports what happened: it takes the
 * anchor's year unless that puts it more than {@value #AHEAD_MONTHS} months after the anchor,
 * then the year before ({@code 12月20日} in an article of 2020-01-05 is 2019-12-20). A context
 * that points ahead ({@code 将于}) lets it take the next year instead of falling before the
 * anchor. A bare day ({@code 15日}) takes the anchor's month, or the month before when that
 * would lie after the anchor. Weekdays are the most recent such day on or before the anchor.
 *
 * <p>One resolver per article: it remembers the previous date. Not thread-safe.
 */
public final class DateResolver {

  static final int AHEAD_MONTHS = 2;

  private final LocalDate anchor;
  private DateValue previous;
  private DateValue previousDay;
  private DateValue previousMonth;

  /** @param anchor the publication day, or null when it is unknown */
  public DateResolver(LocalDate anchor) {
    this.anchor = anchor;
  }

  /** The date of {@code e}, or null when it names none or cannot be resolved. */
  public DateValue resolve(TimeExpression e) {
    DateValue v = null;
    if (e.spec() instanceof Point p) {
      v = point(p, null, e.forward());
    } else if (e.spec() instanceof Range r) {
      v = range(r, e.forward());
    }
    if (v != null) {
      previous = v;
      String last = v.value().substring(v.value().lastIndexOf('/') + 1);
      if (last.length() >= 7) {
        previousMonth = v;
      }
      if (last.length() == 10) {
        previousDay = v;
      }
    }
    return v;
  }

  private DateValue range(Range r, boolean forward) {
    if (r.from().weekday() != 0 && r.from().weekOffset() == null) {
      // 周一至周五 without 本周/上周 is a weekly schedule, not one week.
      return null;
    }
    DateValue a = point(r.from(), null, forward);
    if (a == null) {
      return null;
    }
    DateValue b = point(r.to(), new Context(r.from(), a), forward);
    if (b == null || b.lastDay().isBefore(a.firstDay())) {
      return null;
    }
    return DateValue.between(a, b);
  }

  /** The first half of a range, for the fields the second half leaves out. */
  private record Context(Point from, DateValue value) {}

  private DateValue point(Point p, Context ctx, boolean forward) {
    try {
      return pointOrThrow(p, ctx, forward);
    } catch (DateTimeException | IllegalArgumentException e) {
      // 2月30日, a festival beyond the table: no such date.
      return null;
    }
  }

  private DateValue pointOrThrow(Point p, Context ctx, boolean forward) {
    DateValue base = ctx != null ? ctx.value() : previous;
    if (p.now()) {
      return anchor == null ? null : DateValue.ofDay(anchor);
    }
    if (p.weekday() != 0) {
      return weekday(p, forward);
    }
    Field day = p.day();
    if (day != null && day.ref() != Ref.ABSOLUTE) {
      // 次日 and 当天 refer to the last day mentioned, past any 今年 between.
      LocalDate d = day.ref() == Ref.PUBLISHED ? anchor
          : startDay(ctx != null ? ctx.value() : previousDay, day.value() == 0);
      return d == null ? null : DateValue.ofDay(d.plusDays(day.value()));
    }
    Field month = p.month();
    if (month != null && month.ref() != Ref.ABSOLUTE) {
      YearMonth ym = month.ref() == Ref.PUBLISHED
          ? (anchor == null ? null : YearMonth.from(anchor))
          : (ctx != null ? YearMonth.from(ctx.value().firstDay())
              : previousMonth == null ? null : YearMonth.from(previousMonth.lastDay()));
      if (ym == null) {
        return null;
      }
      ym = ym.plusMonths(month.value());
      return build(ym.getYear(), ym.getMonthValue(), day, p);
    }
    Integer year = year(p.year(), base);
    if (p.year() != null && year == null) {
      return null;
    }
    if (p.festival() != null) {
      String f = p.festival();
      IntFunction<DateValue> at = y -> {
        LocalDate d = Festivals.in(f, y);
        if (d == null) {
          throw new DateTimeException("no date of " + f + " in " + y + ": the festival table ends there");
        }
        return DateValue.ofDay(d);
      };
      if (year != null) {
        return at.apply(year);
      }
      return ctx != null ? following(ctx, at) : infer(at, forward);
    }
    if (year != null) {
      return build(year, month == null ? 0 : month.value(), day, p);
    }
    if (ctx != null) {
      if (month == null && day != null) {
        // 8月7日至10日: the day follows in the month of the first half, or the next one.
        LocalDate from = ctx.value().firstDay();
        LocalDate d = from.withDayOfMonth(1).plusMonths(day.value() < from.getDayOfMonth() ? 1 : 0);
        return DateValue.ofDay(d.withDayOfMonth(day.value()));
      }
      int m = month == null ? 0 : month.value();
      return following(ctx, y -> build(y, m, day, p));
    }
    if (anchor == null) {
      return null;
    }
    if (month == null && day != null) {
      if (previousDay != null) {
        // 11月20日……25日: a bare day goes on in the month of the day told before.
        LocalDate d = YearMonth.from(previousDay.lastDay()).atDay(day.value());
        if (!d.isAfter(anchor) || forward) {
          return DateValue.ofDay(d);
        }
      }
      YearMonth ym = YearMonth.from(anchor);
      LocalDate d = ym.atDay(day.value());
      if (!forward && d.isAfter(anchor)) {
        d = ym.minusMonths(1).atDay(day.value());
      } else if (forward && d.isBefore(anchor)) {
        d = ym.plusMonths(1).atDay(day.value());
      }
      return DateValue.ofDay(d);
    }
    if (month == null && p.part() == null) {
      return null;
    }
    int m = month == null ? 0 : month.value();
    if (month == null) {
      // A part of a year alone (年底, 上半年) is of the current year.
      return build(anchor.getYear(), 0, null, p);
    }
    return infer(y -> build(y, m, day, p), forward);
  }

  /** The second half of a range without a year: the first year not before the first half. */
  private static DateValue following(Context ctx, IntFunction<DateValue> at) {
    int y = ctx.value().firstDay().getYear();
    DateValue v = at.apply(y);
    if (v.lastDay().isBefore(ctx.value().firstDay())) {
      v = at.apply(y + 1);
    }
    return v;
  }

  private DateValue infer(IntFunction<DateValue> at, boolean forward) {
    if (anchor == null) {
      return null;
    }
    int y = anchor.getYear();
    DateValue v = at.apply(y);
    if (forward) {
      if (v.lastDay().isBefore(anchor)) {
        v = at.apply(y + 1);
      }
    } else if (v.firstDay().isAfter(anchor.plusMonths(AHEAD_MONTHS))) {
      v = at.apply(y - 1);
    }
    return v;
  }

  private Integer year(Field f, DateValue base) {
    if (f == null) {
      return null;
    }
    return switch (f.ref()) {
      case ABSOLUTE -> f.value();
      case PUBLISHED -> anchor == null ? null : anchor.getYear() + f.value();
      case PREVIOUS -> base == null ? null : base.firstDay().getYear() + f.value();
    };
  }

  /**
   * The day 次日 and 当天 count from: a single day, or for 当天 ({@code same}) also the first day
   * of a range of days (5月16日至18日抵达，当天开展义诊).
   */
  private static LocalDate startDay(DateValue v, boolean same) {
    if (v == null || v.value().length() != (v.isInterval() ? 21 : 10)) {
      return null;
    }
    return !v.isInterval() || same ? v.firstDay() : null;
  }

  private DateValue weekday(Point p, boolean forward) {
    if (anchor == null) {
      return null;
    }
    DayOfWeek want = DayOfWeek.of(p.weekday());
    if (p.weekOffset() != null) {
      LocalDate monday = anchor.minusDays(anchor.getDayOfWeek().getValue() - 1L);
      return DateValue.ofDay(monday.plusWeeks(p.weekOffset()).plusDays(want.getValue() - 1L));
    }
    int back = (anchor.getDayOfWeek().getValue() - want.getValue() + 7) % 7;
    LocalDate d = anchor.minusDays(back);
    if (forward && back != 0) {
      d = d.plusWeeks(1);
    }
    return DateValue.ofDay(d);
  }

  /** The value of year {@code y}, month {@code m} (0 none), day, at the precision of the part. */
  static DateValue build(int y, int m, Field day, Point p) {
    Part part = p.part();
    if (day != null) {
      return DateValue.ofDay(LocalDate.of(y, m, day.value()));
    }
    if (m > 0) {
      YearMonth ym = YearMonth.of(y, m);
      if (part == null) {
        return DateValue.ofMonth(ym);
      }
      return switch (part) {
        case MONTH_EARLY -> DateValue.ofMonth(ym).withMod("early");
        case MONTH_MID -> DateValue.ofMonth(ym).withMod("mid");
        case MONTH_LATE -> DateValue.ofMonth(ym).withMod("late");
        case XUN_1 -> days(ym.atDay(1), ym.atDay(10));
        case XUN_2 -> days(ym.atDay(11), ym.atDay(20));
        case XUN_3 -> days(ym.atDay(21), ym.atEndOfMonth());
        case XUN_12 -> days(ym.atDay(1), ym.atDay(20));
        case XUN_23 -> days(ym.atDay(11), ym.atEndOfMonth());
        default -> throw new IllegalStateException("part " + part + " of a month");
      };
    }
    if (part == null) {
      return DateValue.ofYear(y);
    }
    return switch (part) {
      case YEAR_EARLY -> DateValue.ofMonth(YearMonth.of(y, 1)).withMod("early");
      case YEAR_MID -> DateValue.ofYear(y).withMod("mid");
      case YEAR_LATE -> DateValue.ofMonth(YearMonth.of(y, 12)).withMod("late");
      case HALF_1 -> months(y, 1, y, 6);
      case HALF_2 -> months(y, 7, y, 12);
      case QUARTER -> months(y, p.partArg() * 3 - 2, y, p.partArg() * 3);
      case QUARTERS_TO -> months(y, 1, y, p.partArg() * 3);
      case FIRST_MONTHS -> months(y, 1, y, p.partArg());
      case SEASON -> p.partArg() == 4 ? months(y, 12, y + 1, 2)
          : months(y, p.partArg() * 3, y, p.partArg() * 3 + 2);
      case DECADE -> DateValue.of(String.format("%04d/%04d", y, y + 9));
      default -> throw new IllegalStateException("part " + part + " of a year");
    };
  }

  private static DateValue days(LocalDate a, LocalDate b) {
    return DateValue.of(a + "/" + b);
  }

  private static DateValue months(int y1, int m1, int y2, int m2) {
    return DateValue.of(YearMonth.of(y1, m1) + "/" + YearMonth.of(y2, m2));
  }
}
