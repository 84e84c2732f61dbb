package io.aidfacts.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.model.AidFact;
import io.aidfacts.model.AmountMention;
import io.aidfacts.model.Category;
import io.aidfacts.model.CharSpan;
import io.aidfacts.model.DateValue;
import io.aidfacts.model.MentionType;
import io.aidfacts.model.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * An {@link AidFact} as the fact object of the output format ({@code docs/output-format.md}),
 * the form the index stores and search prints. Thread-safe.
 */
public final class FactJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private FactJson() {}

  public static String toJson(AidFact f) {
    StringWriter w = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  public static void write(JsonGenerator g, AidFact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("donor", f.donor());
    g.writeStringField("donorType", f.donorType() == null ? null : f.donorType().name());
    g.writeStringField("donorCanonical", f.donorCanonical());
    g.writeStringField("recipient", f.recipient());
    if (f.amount() == null) {
      g.writeNullField("amount");
    } else {
      Money m = f.amount().money();
      g.writeObjectFieldStart("amount");
      g.writeStringField("text", f.amount().text());
      g.writeNumberField("start", f.amount().start());
      g.writeNumberField("end", f.amount().end());
      g.writeNumberField("value", m.value());
      g.writeStringField("currency", m.currency());
      g.writeBooleanField("approx", m.approx());
      g.writeBooleanField("inKind", m.inKind());
      g.writeBooleanField("perUnit", m.perUnit());
      if (m.max() != null) {
        g.writeNumberField("max", m.max());
      }
      g.writeEndObject();
    }
    g.writeStringField("goods", f.goods());
    g.writeStringField("category", f.category().jsonName());
    g.writeStringField("date", f.date() == null ? null : f.date().value());
    if (f.date() != null && f.date().mod() != null) {
      g.writeStringField("dateMod", f.date().mod());
    }
    g.writeStringField("place", f.place());
    g.writeStringField("placeCode", f.placeCode());
    g.writeObjectFieldStart("evidence");
    g.writeNumberField("start", f.evidence().start());
    g.writeNumberField("end", f.evidence().end());
    g.writeStringField("text", f.evidenceText());
    g.writeEndObject();
    g.writeNumberField("confidence", f.confidence());
    if (f.partOf() >= 0) {
      g.writeNumberField("partOf", f.partOf());
    }
    if (!f.coDonors().isEmpty()) {
      g.writeArrayFieldStart("coDonors");
      for (String c : f.coDonors()) {
        g.writeString(c);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Reads a fact object written by {@link #toJson(AidFact)}. */
  public static AidFact fromJson(String json) {
    JsonNode f;
    try {
      f = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("stored fact is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode am = f.get("amount");
    AmountMention amount = null;
    if (am != null && !am.isNull()) {
      BigDecimal max = am.hasNonNull("max") ? am.get("max").decimalValue() : null;
      Money money = new Money(am.path("value").decimalValue(), max, am.path("currency").asText("CNY"),
          am.path("approx").asBoolean(), am.path("inKind").asBoolean(), am.path("perUnit").asBoolean());
      amount = new AmountMention(new CharSpan(am.path("start").asInt(), am.path("end").asInt()),
          text(am, "text"), money);
    }
    JsonNode ev = f.path("evidence");
    return new AidFact(text(f, "donor"),
        f.hasNonNull("donorType") ? MentionType.valueOf(text(f, "donorType")) : null,
        text(f, "donorCanonical"), text(f, "recipient"), amount, text(f, "goods"),
        Category.fromJsonName(f.path("category").asText("other")),
        f.hasNonNull("date") ? new DateValue(text(f, "date"), text(f, "dateMod")) : null,
        text(f, "place"), text(f, "placeCode"),
        new CharSpan(ev.path("start").asInt(), ev.path("end").asInt()), text(ev, "text"),
        f.path("confidence").asDouble(), f.path("partOf").asInt(-1), coDonors(f));
  }

  private static java.util.List<String> coDonors(JsonNode f) {
    java.util.List<String> out = new java.util.ArrayList<>();
    f.path("coDonors").forEach(c -> out.add(c.asText()));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
