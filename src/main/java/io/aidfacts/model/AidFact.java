package io.aidfacts.model;

import java.util.List;
import java.util.Objects;

/**
 * One act of giving: who gave what to whom, how much, when and where, with the evidence.
 *
 * @param donor the giver as named, in the fullest form the article uses
 * @param donorType {@link MentionType#ORG}, {@link MentionType#PERSON} or {@link MentionType#PLACE}
 * @param donorCanonical the donor's canonical name, or null
 * @param recipient the receiver as named, or null when the article names none
 * @param amount the money, or null for gifts without a stated value
 * @param goods what was given when no money is stated ({@code 3700余册各类书籍}), else null
 * @param category what the aid supports
 * @param date when the act happened, from its clause or its context, or null
 * @param place where the act happened (the most specific place named), or null
 * @param placeCode the administrative code of {@code place}, or null
 * @param evidence the span of the clause stating the fact
 * @param evidenceText the body's text at {@code evidence}
 * @param confidence in [0, 1]
 * @param partOf index, in the article's fact list, of the total this fact is a part of, or -1;
 *     totals computed over facts skip parts so nothing is counted twice
 * @param coDonors the other givers of the same act ({@code A会同B}, {@code A和B共同捐资}), as
 *     named; never null. An extension of the output format, written as {@code coDonors}
 */
public record AidFact(
    String donor,
    MentionType donorType,
    String donorCanonical,
    String recipient,
    AmountMention amount,
    String goods,
    Category category,
    DateValue date,
    String place,
    String placeCode,
    CharSpan evidence,
    String evidenceText,
    double confidence,
    int partOf,
    List<String> coDonors) {

  /** A fact with no co-donors. */
  public AidFact(String donor, MentionType donorType, String donorCanonical, String recipient,
      AmountMention amount, String goods, Category category, DateValue date, String place,
      String placeCode, CharSpan evidence, String evidenceText, double confidence, int partOf) {
    this(donor, donorType, donorCanonical, recipient, amount, goods, category, date, place,
        placeCode, evidence, evidenceText, confidence, partOf, List.of());
  }

  public AidFact {
    coDonors = coDonors == null ? List.of() : List.copyOf(coDonors);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceText, "evidenceText");
    if (donorType != null && donorType != MentionType.ORG && donorType != MentionType.PERSON
        && donorType != MentionType.PLACE) {
      throw new IllegalArgumentException(
          "donorType must be ORG, PERSON or PLACE, got " + donorType);
    }
    if (evidenceText.length() != evidence.length()) {
      throw new IllegalArgumentException("evidence text '" + evidenceText + "' does not fit span "
          + evidence);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if (partOf < -1) {
      throw new IllegalArgumentException("partOf must be a fact index or -1, got " + partOf);
    }
  }

  /** This fact with {@code partOf} set to the index of its total. */
  public AidFact withPartOf(int total) {
    return new AidFact(donor, donorType, donorCanonical, recipient, amount, goods, category, date,
        place, placeCode, evidence, evidenceText, confidence, total, coDonors);
  }

  public boolean isPart() {
    return partOf >= 0;
  }
}
