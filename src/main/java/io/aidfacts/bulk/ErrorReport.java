package io.aidfacts.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Accounts for every input part that gave no result: one line per bad input, record or
 * article, naming it and the reason. Lines go to an errors file as JSON Lines
 * {@code {"input": ..., "reason": ...}} when one is given (written like the output: atomically,
 * or resumably), else to standard error as {@code aidfacts CMD: INPUT: REASON}. Called from
 * the runner's one writing thread.
 */
public final class ErrorReport implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final String prefix;
  private final PrintWriter err;
  private final LineFile file;
  private long count;

  /**
   * @param prefix printed before each line on standard error ({@code aidfacts extract: })
   * @param file the errors file, or null to print each error to {@code err}
   */
  public ErrorReport(String prefix, PrintWriter err, LineFile file) {
    this.prefix = prefix;
    this.err = err;
    this.file = file;
  }

  public void report(String input, String reason) throws IOException {
    count++;
    if (file == null) {
      err.println(prefix + input + ": " + reason);
      return;
    }
    StringWriter w = new StringWriter(input.length() + reason.length() + 32);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("input", input);
      g.writeStringField("reason", reason);
      g.writeEndObject();
    }
    file.write(w.toString().getBytes(StandardCharsets.UTF_8));
  }

  public long count() {
    return count;
  }

  public boolean toFile() {
    return file != null;
  }

  public long position() {
    return file == null ? -1 : file.position();
  }

  public void sync() throws IOException {
    if (file != null) {
      file.sync();
    } else {
      err.flush();
    }
  }

  public void commit() throws IOException {
    if (file != null) {
      file.commit();
    }
    err.flush();
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
