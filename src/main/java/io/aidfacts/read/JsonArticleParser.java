package io.aidfacts.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aidfacts.model.Article;
import io.aidfacts.model.Script;

/**
 * Reads one article from a JSON object {@code {"id", "title", "published", "url", "outlet",
 * "body"}}, where only {@code body} is required. This is how other programs feed text in.
 */
public final class JsonArticleParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonArticleParser() {}

  /**
   * @param source names the input in errors ({@code /data/a.jsonl:17})
   * @param fallbackId the id when the object has none
   * @throws UnreadableInputException if it is not a JSON object with a text {@code body}
   */
  public static Article parse(String json, String source, String fallbackId) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UnreadableInputException(source, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    return fromNode(node, source, fallbackId);
  }

  static Article fromNode(JsonNode node, String source, String fallbackId) {
    if (node == null || !node.isObject()) {
      throw new UnreadableInputException(source, "expected a JSON object with a \"body\" field");
    }
    JsonNode body = node.get("body");
    if (body == null || !body.isTextual()) {
      throw new UnreadableInputException(source, "JSON object has no text field \"body\"");
    }
    if (body.asText().isBlank()) {
      throw new UnreadableInputException(source, "\"body\" is empty");
    }
    String id = text(node, "id");
    String text = body.asText();
    return new Article(id == null || id.isBlank() ? fallbackId : id, text(node, "url"),
        text(node, "title"), PublishedDates.normalize(text(node, "published")),
        text(node, "outlet") != null ? text(node, "outlet") : text(node, "source"), text,
        ScriptTables.detect(text));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  static Script scriptOf(String body) {
    return ScriptTables.detect(body);
  }
}
