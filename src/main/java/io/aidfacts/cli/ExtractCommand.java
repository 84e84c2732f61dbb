package io.aidfacts.cli;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.ReadBatch;
import io.aidfacts.read.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts extract}: articles in, one JSON line of mentions and facts per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract mentions and aid facts; one JSON line per article (see docs/output-format.md).")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files or folders (read recursively); '-' or nothing reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (atomically, on success) instead of standard output.")
  Path output;

  @Option(names = "--with-body", description = "Add each article's body to its line.")
  boolean withBody;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    AidFacts aid = AidFacts.builder().build();
    if (inputs.isEmpty()) {
      inputs = List.of("-");
    }
    // Discover inputs before the output exists, so an output inside an input folder is
    // never read back as input.
    List<String> sources = new ArrayList<>();
    for (String in : inputs) {
      sources.addAll(discover(in));
    }
    Path tmp = null;
    Writer out;
    if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, output.getFileName().toString(), ".part");
      out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    } else {
      out = spec.commandLine().getOut();
    }
    int failed = 0;
    try {
      for (String in : sources) {
        ReadBatch batch = read(in);
        for (UnreadableInputException e : batch.errors()) {
          err.println("aidfacts extract: " + e.getMessage());
          failed++;
        }
        for (Article a : batch.articles()) {
          try {
            ArticleFacts r = aid.extract(a);
            out.write(ArticleFactsJson.toJson(r, withBody));
            out.write('\n');
          } catch (RuntimeException e) {
            err.println("aidfacts extract: article '" + a.id() + "': " + e);
            failed++;
          }
        }
      }
      out.flush();
    } finally {
      if (tmp != null) {
        out.close();
      }
    }
    if (tmp != null) {
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    err.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** The files an input names: itself, or a folder's regular files in path order. */
  private static List<String> discover(String in) throws IOException {
    Path p = Path.of(in);
    if (in.equals("-") || !Files.isDirectory(p)) {
      return List.of(in);
    }
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).sorted().map(Path::toString).toList();
    }
  }

  private static ReadBatch read(String in) throws IOException {
    if (in.equals("-")) {
      return ArticleReader.read("<stdin>", "stdin", System.in.readAllBytes());
    }
    Path p = Path.of(in);
    if (!Files.exists(p)) {
      return ReadBatch.failed(new UnreadableInputException(p.toAbsolutePath().toString(),
          "no such file or folder"));
    }
    return ArticleReader.read(p);
  }
}
