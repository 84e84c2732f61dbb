package io.aidfacts.cli;

import io.aidfacts.read.CharsetDetector;
import io.aidfacts.read.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Plain-text inputs of the commands that read text rather than articles ({@code segment},
 * {@code eval seg}): files or standard input, UTF-8 or GB18030/GBK or Big5 (detected), and an
 * output written atomically.
 */
final class TextInputs {

  private TextInputs() {}

  /** The decoded text of a file, or of standard input for {@code -}. */
  static String read(String input) throws IOException {
    if (input.equals("-")) {
      return CharsetDetector.decode(System.in.readAllBytes(), "<stdin>").text();
    }
    Path p = Path.of(input);
    try {
      return CharsetDetector.decode(Files.readAllBytes(p), p.toString()).text();
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(p.toString(), "no such file");
    }
  }

  /** The lines of a text, without their line ends. */
  static String[] lines(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    // A final line end does not start another line.
    return lines[lines.length - 1].isEmpty() ? java.util.Arrays.copyOf(lines, lines.length - 1) : lines;
  }

  /** Writes to a file atomically (a temporary file moved into place on success), or to out. */
  interface Body {
    void write(Writer w) throws IOException;
  }

  static void writeTo(Path output, PrintWriter out, Body body) throws IOException {
    if (output == null) {
      body.write(out);
      out.flush();
      return;
    }
    Path dir = output.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, output.getFileName().toString(), ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
