package io.aidfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java example of the README, so the first code a user copies keeps
 * compiling and printing what the README promises.
 */
class ReadmeExampleTest {

  private static final Pattern JAVA_BLOCK =
      Pattern.compile("## Java API.*?```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readmeJavaExampleCompilesRunsAndPrintsTheFact(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m = JAVA_BLOCK.matcher(readme);
    assertTrue(m.find(), "README.md has no ```java block under '## Java API'");
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : m.group(1).split("\n")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    String source = String.join("\n", imports)
        + "\npublic class ReadmeExample {\n  public static void main(String[] args) throws Exception {\n"
        + body + "  }\n}\n";
    Path file = dir.resolve("ReadmeExample.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-encoding", "UTF-8",
        "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
    assertEquals(0, rc, () -> "README example does not compile:\n" + diagnostics + "\n" + source);

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    String[] lines = captured.toString(StandardCharsets.UTF_8).split("\\R");
    assertEquals("民进大连市委会 -> 中寨乡小学: 90000", lines[0]);
    JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertEquals("a1", json.get("id").asText());
    assertEquals("民进大连市委会", json.get("facts").get(0).get("donor").asText());
    assertEquals(90000, json.get("facts").get(0).get("amount").get("value").asInt());
  }
}
