package io.aidfacts.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.model.AidFact;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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
    ArticleFactsJson.writeFact(g, f);
  }

  /** Reads a fact object written by {@link #toJson(AidFact)}. */
  public static AidFact fromJson(String json) {
    try {
      return ArticleFactsJson.readFact(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("stored fact is not valid JSON: " + e.getMessage(), e);
    }
  }
}
