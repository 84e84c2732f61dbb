package io.aidfacts.model;

/** The kinds of mention the extractor reports, as written in the JSON output's {@code type}. */
public enum MentionType {
  ORG,
  PLACE,
  PERSON,
  AMOUNT,
  DATE,
  /** A number with a unit that is not money ({@code 3700余册}, {@code 200亩}). */
  QUANTITY
}
