package io.aidfacts.index;

import io.aidfacts.model.Category;
import io.aidfacts.model.DateValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A search for aid facts: every criterion given must hold (AND). Immutable; built with
 * {@link #builder()}, changed with {@link #toBuilder()}.
 *
 * <ul>
 *   <li>{@code text}: words in the article's title or body (query syntax of Lucene's classic
 *       parser; a run of Chinese characters is searched as a phrase of its words).
 *   <li>{@code donor}, {@code recipient}: the name contains the given text, as written or as
 *       canonical name, with short forms expanded ({@code 民盟} finds 中国民主同盟大连市委员会);
 *       a donor search also finds facts by their co-donors.
 *   <li>{@code minAmount}, {@code maxAmount}: inclusive bounds on the amount (its lower value
 *       for ranges) in {@code currency}, which defaults to CNY when a bound is given.
 *   <li>{@code from}, {@code to}: ISO dates at any precision ({@code 2019}, {@code 2019-04},
 *       {@code 2019-04-15}); a fact matches when the time its date covers overlaps
 *       [start of from, end of to], so a fact dated 2019-04 matches 2019-04-15.
 *   <li>{@code place}: a division code ({@code 52}, {@code 520200}) matches the division and
 *       everything under it; a name matches facts whose place or division path contains it,
 *       and for a province ({@code 贵州}) every fact coded inside it.
 *   <li>{@code category}.
 * </ul>
 */
public final class FactQuery {

  /** Order of hits. */
  public enum Sort {
    /** By text score, then index order (index order alone when there is no text). */
    RELEVANCE,
    /** Largest amount first; facts without an amount last. */
    AMOUNT,
    /** Latest date first; facts without a date last. */
    DATE;

    public static Sort parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown sort '" + s + "': use relevance, amount or date", e);
      }
    }
  }

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final String text;
  private final String donor;
  private final String recipient;
  private final BigDecimal minAmount;
  private final BigDecimal maxAmount;
  private final String currency;
  private final DateValue from;
  private final DateValue to;
  private final String place;
  private final Category category;
  private final Sort sort;
  private final int limit;
  private final boolean facets;
  private final int facetLimit;

  private FactQuery(Builder b) {
    this.text = blankToNull(b.text);
    this.donor = blankToNull(b.donor);
    this.recipient = blankToNull(b.recipient);
    this.minAmount = b.minAmount;
    this.maxAmount = b.maxAmount;
    this.currency = b.currency != null ? b.currency
        : (b.minAmount != null || b.maxAmount != null ? "CNY" : null);
    this.from = b.from;
    this.to = b.to;
    this.place = blankToNull(b.place);
    this.category = b.category;
    this.sort = b.sort;
    this.limit = b.limit;
    this.facets = b.facets;
    this.facetLimit = b.facetLimit;
    if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
      throw new IllegalArgumentException("minimum amount " + minAmount.toPlainString()
          + " is above the maximum " + maxAmount.toPlainString() + ": swap them");
    }
    if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
      throw new IllegalArgumentException("date range from " + from.value() + " to " + to.value()
          + " is empty: 'from' must not be after 'to'");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.text = text;
    b.donor = donor;
    b.recipient = recipient;
    b.minAmount = minAmount;
    b.maxAmount = maxAmount;
    b.currency = currency;
    b.from = from;
    b.to = to;
    b.place = place;
    b.category = category;
    b.sort = sort;
    b.limit = limit;
    b.facets = facets;
    b.facetLimit = facetLimit;
    return b;
  }

  public String text() {
    return text;
  }

  public String donor() {
    return donor;
  }

  public String recipient() {
    return recipient;
  }

  public BigDecimal minAmount() {
    return minAmount;
  }

  public BigDecimal maxAmount() {
    return maxAmount;
  }

  /** The currency amounts are filtered in, or null for any. */
  public String currency() {
    return currency;
  }

  public DateValue from() {
    return from;
  }

  public DateValue to() {
    return to;
  }

  /** The first day of {@link #from()}, or null. */
  public LocalDate fromDay() {
    return from == null ? null : from.firstDay();
  }

  /** The last day of {@link #to()}, or null. */
  public LocalDate toDay() {
    return to == null ? null : to.lastDay();
  }

  public String place() {
    return place;
  }

  public Category category() {
    return category;
  }

  public Sort sort() {
    return sort;
  }

  public int limit() {
    return limit;
  }

  public boolean facets() {
    return facets;
  }

  /** How many values each facet dimension lists. */
  public int facetLimit() {
    return facetLimit;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("FactQuery[");
    append(b, "text", text);
    append(b, "donor", donor);
    append(b, "recipient", recipient);
    append(b, "min", minAmount == null ? null : minAmount.toPlainString());
    append(b, "max", maxAmount == null ? null : maxAmount.toPlainString());
    append(b, "currency", currency);
    append(b, "from", from == null ? null : from.value());
    append(b, "to", to == null ? null : to.value());
    append(b, "place", place);
    append(b, "category", category == null ? null : category.jsonName());
    b.append("sort=").append(sort.name().toLowerCase(Locale.ROOT)).append(", limit=").append(limit);
    if (facets) {
      b.append(", facets");
    }
    return b.append(']').toString();
  }

  private static void append(StringBuilder b, String name, String value) {
    if (value != null) {
      b.append(name).append('=').append(value).append(", ");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Collects criteria; not thread-safe. {@link #build()} validates them. */
  public static final class Builder {
    private String text;
    private String donor;
    private String recipient;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private String currency;
    private DateValue from;
    private DateValue to;
    private String place;
    private Category category;
    private Sort sort = Sort.RELEVANCE;
    private int limit = 10;
    private boolean facets;
    private int facetLimit = 10;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder donor(String donor) {
      this.donor = donor;
      return this;
    }

    public Builder recipient(String recipient) {
      this.recipient = recipient;
      return this;
    }

    public Builder minAmount(BigDecimal min) {
      if (min != null && min.signum() < 0) {
        throw new IllegalArgumentException("minimum amount must not be negative, got " + min.toPlainString());
      }
      this.minAmount = min;
      return this;
    }

    public Builder maxAmount(BigDecimal max) {
      if (max != null && max.signum() < 0) {
        throw new IllegalArgumentException("maximum amount must not be negative, got " + max.toPlainString());
      }
      this.maxAmount = max;
      return this;
    }

    /** ISO 4217 code (CNY, USD, ...), or null for any currency. */
    public Builder currency(String currency) {
      if (currency != null && !CURRENCY.matcher(currency).matches()) {
        throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY, got '" + currency + "'");
      }
      this.currency = currency;
      return this;
    }

    /** An ISO date at any precision: 2019, 2019-04, 2019-04-15 (or an interval). */
    public Builder from(String isoDate) {
      this.from = isoDate == null ? null : DateValue.of(isoDate.strip());
      return this;
    }

    public Builder to(String isoDate) {
      this.to = isoDate == null ? null : DateValue.of(isoDate.strip());
      return this;
    }

    public Builder place(String nameOrCode) {
      this.place = nameOrCode;
      return this;
    }

    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    public Builder limit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must not be negative, got " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Whether to count (and sum) facet values: donor, category, province, year. */
    public Builder facets(boolean facets) {
      this.facets = facets;
      return this;
    }

    public Builder facetLimit(int facetLimit) {
      if (facetLimit < 1) {
        throw new IllegalArgumentException("facet limit must be at least 1, got " + facetLimit);
      }
      this.facetLimit = facetLimit;
      return this;
    }

    public FactQuery build() {
      return new FactQuery(this);
    }
  }
}
