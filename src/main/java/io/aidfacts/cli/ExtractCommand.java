package io.aidfacts.cli;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.ReadBatch;
import io.aidfacts.read.UnreadableInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
    Path tmp = null;
    Writer out;
    if (output != null) {
      Path dir = output.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, output.getFileName().toString(), ".part");
      out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    } else {
      out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    }
    int failed = 0;
    try {
      if (inputs.isEmpty()) {
        inputs = List.of("-");
      }
      for (String in : inputs) {
        for (ReadBatch batch : read(in)) {
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

  private List<ReadBatch> read(String in) throws IOException {
    List<ReadBatch> out = new ArrayList<>();
    if (in.equals("-")) {
      out.add(ArticleReader.read("<stdin>", "stdin", System.in.readAllBytes()));
      return out;
    }
    Path p = Path.of(in);
    if (!Files.exists(p)) {
      out.add(ReadBatch.failed(new UnreadableInputException(p.toAbsolutePath().toString(),
          "no such file or folder")));
      return out;
    }
    if (Files.isDirectory(p)) {
      try (Stream<Path> files = Files.walk(p)) {
        files.filter(Files::isRegularFile).sorted().forEach(f -> out.add(ArticleReader.read(f)));
      }
      return out;
    }
    out.add(ArticleReader.read(p));
    return out;
  }
}
