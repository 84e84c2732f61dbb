package io.aidfacts.model;

import java.util.Locale;

/**
 * What an aid fact supports. Each maps to an OECD DAC sector group, as IATI's {@code sector}
 * does; the README lists the mapping.
 */
public enum Category {
  EDUCATION,
  MEDICAL,
  INDUSTRY,
  /** Buying the aided area's products (消费扶贫). */
  CONSUMPTION,
  INVESTMENT,
  INFRASTRUCTURE,
  LIVELIHOOD,
  DISASTER,
  EMPLOYMENT,
  OTHER;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Category fromJsonName(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown category '" + name + "': expected one of "
          + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT), e);
    }
  }
}
