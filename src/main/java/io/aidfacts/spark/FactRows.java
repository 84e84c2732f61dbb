package io.aidfacts.spark;

import io.aidfacts.ArticleFacts;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.Article;
import io.aidfacts.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The facts table: one row per {@link AidFact}, with typed columns that Spark SQL, DuckDB or
 * pandas query directly ({@code SELECT donor, sum(amount_value) ... GROUP BY donor}).
 *
 * <p>Amounts are {@code decimal(38,4)}: exact like {@link Money}, to a ten-thousandth of the
 * currency unit. A date is kept as its ISO text (the precision the article states) and as the
 * first and last day it covers, so range queries need no parsing.
 */
public final class FactRows {

  /** Scale of the amount columns. */
  public static final int AMOUNT_SCALE = 4;
  private static final DecimalType AMOUNT = DataTypes.createDecimalType(38, AMOUNT_SCALE);

  /** The Parquet schema of {@code OUT/facts}. Column order is part of the contract. */
  public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      field("article_id", DataTypes.StringType, false),
      field("fact_index", DataTypes.IntegerType, false),
      field("url", DataTypes.StringType, true),
      field("published", DataTypes.StringType, true),
      field("donor", DataTypes.StringType, true),
      field("donor_type", DataTypes.StringType, true),
      field("donor_canonical", DataTypes.StringType, true),
      field("recipient", DataTypes.StringType, true),
      field("amount_text", DataTypes.StringType, true),
      field("amount_value", AMOUNT, true),
      field("amount_max", AMOUNT, true),
      field("currency", DataTypes.StringType, true),
      field("approx", DataTypes.BooleanType, true),
      field("in_kind", DataTypes.BooleanType, true),
      field("per_unit", DataTypes.BooleanType, true),
      field("goods", DataTypes.StringType, true),
      field("category", DataTypes.StringType, false),
      field("date", DataTypes.StringType, true),
      field("date_start", DataTypes.DateType, true),
      field("date_end", DataTypes.DateType, true),
      field("place", DataTypes.StringType, true),
      field("place_code", DataTypes.StringType, true),
      field("evidence_start", DataTypes.IntegerType, false),
      field("evidence_end", DataTypes.IntegerType, false),
      field("evidence_text", DataTypes.StringType, false),
      field("confidence", DataTypes.DoubleType, false),
      field("part_of", DataTypes.IntegerType, true),
  });

  private FactRows() {}

  /** The rows of one article's facts, in fact order ({@code fact_index} 0, 1, ...). */
  public static List<Row> of(ArticleFacts result) {
    Article a = result.article();
    List<Row> rows = new ArrayList<>(result.facts().size());
    int i = 0;
    for (AidFact f : result.facts()) {
      Money m = f.amount() == null ? null : f.amount().money();
      rows.add(RowFactory.create(
          a.id(), i++, a.url(), a.published(),
          f.donor(), f.donorType() == null ? null : f.donorType().name(), f.donorCanonical(),
          f.recipient(),
          f.amount() == null ? null : f.amount().text(),
          m == null ? null : amount(m.value(), a, f),
          m == null || m.max() == null ? null : amount(m.max(), a, f),
          m == null ? null : m.currency(),
          m == null ? null : m.approx(),
          m == null ? null : m.inKind(),
          m == null ? null : m.perUnit(),
          f.goods(), f.category().jsonName(),
          f.date() == null ? null : f.date().value(),
          f.date() == null ? null : f.date().firstDay(),
          f.date() == null ? null : f.date().lastDay(),
          f.place(), f.placeCode(),
          f.evidence().start(), f.evidence().end(), f.evidenceText(),
          f.confidence(),
          f.partOf() < 0 ? null : f.partOf()));
    }
    return rows;
  }

  // decimal(38,4) holds 34 integer digits: more than any amount of money, so only the scale can
  // need rounding, and then only below a ten-thousandth of the unit.
  private static BigDecimal amount(BigDecimal v, Article a, AidFact f) {
    BigDecimal scaled = v.setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    if (scaled.precision() > 38) {
      throw new IllegalArgumentException("article '" + a.id() + "': amount " + v.toPlainString()
          + " of fact at " + f.evidence() + " does not fit decimal(38," + AMOUNT_SCALE + ")");
    }
    return scaled;
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
