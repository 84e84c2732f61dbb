package io.aidfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aidfacts.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command the README's "Quality" and "Speed" sections document, on small committed
 * fixtures instead of the public data sets, so the tables never name a command that no longer
 * runs. A command on data without a fixture here fails the test until one is added.
 */
class ReadmeCommandsTest {

  private static final String JAR = "java -jar target/aidfacts.jar ";
  private static final String RES = "src/test/resources/io/aidfacts/eval/";

  /** The public data the README measures on, and the small stand-in each is run on here. */
  private static final Map<String, String> FIXTURES = Map.of(
      "../shared/data/pd1998/199801.txt", RES + "pd-sample.txt",
      "corpus/articles", "corpus/articles/001_nayong_zhuxue.txt");

  @Test
  void everyQualityAndSpeedCommandRuns(@TempDir Path tmp) throws IOException {
    List<String> commands = new ArrayList<>();
    commands.addAll(commands("## Quality"));
    commands.addAll(commands("## Speed"));
    assertTrue(commands.size() >= 2, "no commands found in the README's Quality and Speed sections");
    for (String line : commands) {
      for (String command : line.split(" && ")) {
        assertTrue(command.startsWith(JAR), "README command does not run the jar: " + command);
        String[] args = command.substring(JAR.length()).strip().split(" +");
        for (int i = 0; i < args.length; i++) {
          String a = args[i];
          if (a.startsWith("../shared/data/")) {
            String fixture = FIXTURES.get(a);
            assertTrue(fixture != null, "README command reads " + a + ": add a small fixture for it to " + getClass());
            args[i] = fixture;
          } else if (FIXTURES.containsKey(a)) {
            args[i] = FIXTURES.get(a);
          } else if (a.startsWith("target/")) {
            args[i] = tmp.resolve(a.substring("target/".length())).toString();
          }
        }
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("../shared/") && !Files.exists(Path.of(a)))) {
          continue; // the shared seed is outside the repository
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, command + " (run as " + String.join(" ", args) + "):\n" + err);
        assertFalse(out.toString().isBlank() && !Arrays.asList(args).contains("-o"),
            "no output from " + command);
      }
    }
  }

  /** The jar command lines in a {@code ##} section's {@code bash} code blocks. */
  static List<String> commands(String heading) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    List<String> out = new ArrayList<>();
    boolean in = false;
    boolean code = false;
    for (String l : lines) {
      if (l.startsWith("## ")) {
        in = l.strip().equals(heading);
        continue;
      }
      if (in && l.startsWith("```")) {
        // Only bash blocks hold commands to run; plain blocks show synopses.
        code = !code && l.strip().equals("```bash");
        continue;
      }
      if (in && code && l.startsWith("java -jar")) {
        out.add(l.strip());
      }
    }
    return out;
  }
}
