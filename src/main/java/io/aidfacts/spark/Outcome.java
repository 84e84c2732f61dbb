package io.aidfacts.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * What became of one record of the job: an article extracted (its output line and its fact
 * rows), or an input or article that failed, with the reason. Failures are data, so a bad
 * record never fails the job.
 *
 * @param input the input the record came from (its Hadoop path, with {@code :line} or
 *     {@code [index]} for one record of a JSON input)
 * @param json the article's output line, or null for a failure
 * @param facts the article's rows of {@link FactRows#SCHEMA}
 * @param reason why it failed, or null
 */
record Outcome(String input, String json, List<Row> facts, String reason) implements Serializable {

  private static final long serialVersionUID = 1L;

  Outcome {
    Objects.requireNonNull(input, "input");
    facts = List.copyOf(facts);
    if ((json == null) == (reason == null)) {
      throw new IllegalArgumentException("outcome of '" + input
          + "' must be either an article or a failure, got json=" + json + ", reason=" + reason);
    }
  }

  static Outcome extracted(String input, String json, List<Row> facts) {
    return new Outcome(input, json, facts, null);
  }

  static Outcome failed(String input, String reason) {
    return new Outcome(input, null, List.of(), reason);
  }

  boolean ok() {
    return reason == null;
  }
}
