package io.aidfacts.bulk;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one JSON line per result: to a file atomically ({@link LineFile#atomic}), to a file
 * that a resumed run appends to ({@link LineFile#resumable}), or to a writer such as standard
 * output. Lines are UTF-8 whatever the platform's charset.
 */
public final class JsonLinesSink implements ResultSink<String> {

  private final LineFile file;
  private final Writer writer;

  private JsonLinesSink(LineFile file, Writer writer) {
    this.file = file;
    this.writer = writer;
  }

  public static JsonLinesSink atomic(Path output) throws IOException {
    return new JsonLinesSink(LineFile.atomic(output), null);
  }

  public static JsonLinesSink resumable(Path output, long from) throws IOException {
    return new JsonLinesSink(LineFile.resumable(output, from), null);
  }

  public static JsonLinesSink to(Writer writer) {
    return new JsonLinesSink(null, writer);
  }

  @Override
  public void write(String line) throws IOException {
    if (file != null) {
      file.write(line.getBytes(StandardCharsets.UTF_8));
    } else {
      writer.write(line);
      writer.write('\n');
    }
  }

  @Override
  public long position() {
    return file != null ? file.position() : -1;
  }

  @Override
  public void sync() throws IOException {
    if (file != null) {
      file.sync();
    } else {
      writer.flush();
    }
  }

  @Override
  public void commit() throws IOException {
    if (file != null) {
      file.commit();
    } else {
      writer.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
