package io.aidfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's main job (extract the corpus, index it, search by donor and by amount)
 * through {@link Main#run}, command by command as the README writes them, with the output
 * paths moved into a temporary folder. A README that drifts from the CLI fails here.
 */
class ReadmeMainJobTest {

  private static final Pattern MAIN_JOB =
      Pattern.compile("Run the main job on `corpus/`.*?```bash\\n(.*?)\\n```", Pattern.DOTALL);
  private static final String JAR = "java -jar target/aidfacts.jar ";

  @Test
  void mainJobExtractsIndexesAndFindsFactsByDonorAndAmount(@TempDir Path tmp) throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m = MAIN_JOB.matcher(readme);
    assertTrue(m.find(), "README.md has no ```bash block after 'Run the main job on `corpus/`'");
    List<String[]> commands = new ArrayList<>();
    for (String part : m.group(1).split("\\s*&&\\s*")) {
      if (part.startsWith(JAR)) {
        commands.add(part.substring(JAR.length())
            .replace("target/", tmp.toString() + "/").split("\\s+"));
      } else {
        assertTrue(part.startsWith("mvn "), "unexpected step in the main job: " + part);
      }
    }
    assertEquals(List.of("extract", "index", "search", "search"),
        commands.stream().map(c -> c[0]).toList());

    List<String> outputs = new ArrayList<>();
    for (String[] args : commands) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int rc = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
      assertEquals(Main.OK, rc, () -> Arrays.toString(args) + " failed:\n" + err);
      outputs.add(out.toString());
    }
    assertEquals(25, Files.readAllLines(tmp.resolve("corpus.jsonl")).size());
    String byDonor = outputs.get(2);
    assertTrue(byDonor.startsWith("1 fact\n"), byDonor);
    assertTrue(byDonor.contains("致公党深圳市委会"), byDonor);
    String byAmount = outputs.get(3);
    assertTrue(byAmount.contains("category:") && byAmount.contains("province:"), byAmount);
    assertTrue(byAmount.contains("福州市") && byAmount.contains("150000000 CNY"), byAmount);
  }
}
