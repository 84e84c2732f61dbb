package io.aidfacts.cli;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.index.FactIndexWriter;
import io.aidfacts.index.IncompatibleIndexException;
import io.aidfacts.model.Article;
import io.aidfacts.read.ArticleReader;
import io.aidfacts.read.CharsetDetector;
import io.aidfacts.read.ReadBatch;
import io.aidfacts.read.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aidfacts index}: articles (any input {@code extract} takes) are extracted and indexed;
 * {@code extract --with-body} output is indexed as it is. An article replaces any earlier one
 * with its id. Changes are committed every {@code --commit-every} articles and at the end; a
 * crash loses at most the articles since the last commit, never the index.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Add articles and their aid facts to a Lucene index (re-indexing an id replaces it).",
        "Inputs: what 'extract' reads (page dumps, HTML, JSON Lines articles), or the JSON Lines "
            + "that 'extract --with-body' writes (indexed without extracting again)."})
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder (created if missing).")
  Path index;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files or folders (read recursively); '-' reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--reindex", description = "Start from an empty index (also the way to rebuild one of an older schema).")
  boolean reindex;

  @Option(names = "--delete", paramLabel = "ID", description = "Delete the article with this id (repeatable).")
  List<String> deletes = new ArrayList<>();

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "Commit after every N articles (default ${DEFAULT-VALUE}).")
  int commitEvery;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (commitEvery < 1) {
      err.println("aidfacts index: --commit-every must be at least 1, got " + commitEvery);
      return Main.USAGE;
    }
    if (inputs.isEmpty() && deletes.isEmpty() && !reindex) {
      err.println("aidfacts index: nothing to do: name inputs to index (or '-' for standard input), or --delete ID");
      return Main.USAGE;
    }
    List<String> sources = new ArrayList<>();
    for (String in : inputs) {
      sources.addAll(discover(in));
    }
    FactIndexWriter w;
    try {
      w = FactIndexWriter.open(index, reindex);
    } catch (IncompatibleIndexException e) {
      err.println("aidfacts index: " + e.getMessage());
      return Main.FATAL;
    }
    AidFacts[] aid = {null};
    int failed = 0;
    int articles = 0;
    int facts = 0;
    boolean done = false;
    try {
      for (String id : deletes) {
        w.delete(id);
      }
      for (String in : sources) {
        List<ArticleFacts> batch = new ArrayList<>();
        failed += read(in, batch, aid, err);
        for (ArticleFacts r : batch) {
          w.add(r.article(), r.mentions(), r.facts());
          articles++;
          facts += r.facts().size();
          if (articles % commitEvery == 0) {
            w.commit();
          }
        }
      }
      w.commit();
      done = true;
    } finally {
      if (done) {
        w.close();
      } else {
        w.rollback(); // keep the last commit as it was
      }
    }
    spec.commandLine().getOut().println("indexed " + articles + " articles, " + facts + " facts into "
        + index.toAbsolutePath() + (deletes.isEmpty() ? "" : "; deleted " + deletes.size() + " ids")
        + (failed == 0 ? "" : "; " + failed + " inputs failed"));
    err.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /** Reads one input into results; returns how many articles or files failed (each reported). */
  private static int read(String in, List<ArticleFacts> out, AidFacts[] aid, PrintWriter err)
      throws IOException {
    byte[] bytes;
    String source;
    if (in.equals("-")) {
      bytes = System.in.readAllBytes();
      source = "<stdin>";
    } else {
      Path p = Path.of(in);
      source = p.toAbsolutePath().toString();
      if (!Files.exists(p)) {
        err.println("aidfacts index: " + source + ": no such file or folder");
        return 1;
      }
      bytes = Files.readAllBytes(p);
    }
    String text;
    try {
      text = CharsetDetector.decode(bytes, source).text();
    } catch (UnreadableInputException e) {
      err.println("aidfacts index: " + e.getMessage());
      return 1;
    }
    if (isExtractOutput(text)) {
      int failed = 0;
      String[] lines = text.split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        try {
          out.add(ArticleFactsJson.fromJson(lines[i]));
        } catch (IllegalArgumentException e) {
          err.println("aidfacts index: " + source + " line " + (i + 1) + ": " + e.getMessage());
          failed++;
        }
      }
      return failed;
    }
    ReadBatch batch = in.equals("-") ? ArticleReader.read(source, "stdin", bytes) : ArticleReader.read(Path.of(in));
    int failed = 0;
    for (UnreadableInputException e : batch.errors()) {
      err.println("aidfacts index: " + e.getMessage());
      failed++;
    }
    for (Article a : batch.articles()) {
      try {
        if (aid[0] == null) {
          aid[0] = AidFacts.builder().build();
        }
        out.add(aid[0].extract(a));
      } catch (RuntimeException e) {
        err.println("aidfacts index: " + source + ": article '" + a.id() + "': " + e);
        failed++;
      }
    }
    return failed;
  }

  /** JSON Lines whose first object has the output format's "facts" (and "mentions") arrays. */
  static boolean isExtractOutput(String text) {
    String t = text.stripLeading();
    if (!t.startsWith("{")) {
      return false;
    }
    int nl = t.indexOf('\n');
    String first = nl < 0 ? t : t.substring(0, nl);
    return first.contains("\"facts\"") && first.contains("\"mentions\"");
  }

  static boolean hidden(String fileName) {
    return fileName.startsWith(".") || fileName.startsWith("_");
  }

  /** The files an input names: itself, or a folder's regular files in path order. */
  private static List<String> discover(String in) throws IOException {
    Path p = Path.of(in);
    if (in.equals("-") || !Files.isDirectory(p)) {
      return List.of(in);
    }
    try (Stream<Path> files = Files.walk(p)) {
      // Hidden and metadata files of a folder (.crc checksums, _SUCCESS of a Spark or Hadoop
      // output) are not inputs.
      return files.filter(Files::isRegularFile).filter(f -> !hidden(f.getFileName().toString()))
          .sorted().map(Path::toString).toList();
    }
  }
}
