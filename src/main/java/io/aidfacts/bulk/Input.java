package io.aidfacts.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file, or standard input, that a bulk run reads: the unit that {@code --resume} skips and
 * that the journal records as done.
 *
 * @param name the absolute, normalized path, or {@code <stdin>}; names the input in errors
 * @param path the file, or null for standard input
 * @param size its length in bytes, or -1 when unknown (standard input, a missing file)
 */
public record Input(String name, Path path, long size) {

  public static final String STDIN_NAME = "<stdin>";

  public Input {
    Objects.requireNonNull(name, "name");
    if (path == null && !name.equals(STDIN_NAME)) {
      throw new IllegalArgumentException("input '" + name + "' has no path; only " + STDIN_NAME + " may have none");
    }
  }

  public static Input stdin() {
    return new Input(STDIN_NAME, null, -1);
  }

  public static Input file(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    long size = -1;
    try {
      if (Files.isRegularFile(abs)) {
        size = Files.size(abs);
      }
    } catch (IOException e) {
      // unreadable: the reader reports it when it opens the file
    }
    return new Input(abs.toString(), abs, size);
  }

  public boolean isStdin() {
    return path == null;
  }

  /** The file name, which tells the form ({@code a.jsonl.gz}); {@code stdin} for standard input. */
  public String fileName() {
    return path == null ? "stdin" : path.getFileName().toString();
  }
}
