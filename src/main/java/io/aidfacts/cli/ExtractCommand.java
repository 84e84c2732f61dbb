package io.aidfacts.cli;

import io.aidfacts.AidFacts;
import io.aidfacts.ArticleFacts;
import io.aidfacts.ArticleFactsJson;
import io.aidfacts.bulk.BulkRunner;
import io.aidfacts.bulk.BulkSummary;
import io.aidfacts.bulk.ErrorReport;
import io.aidfacts.bulk.Input;
import io.aidfacts.bulk.Inputs;
import io.aidfacts.bulk.JsonLinesSink;
import io.aidfacts.bulk.LineFile;
import io.aidfacts.bulk.ResumeJournal;
import io.aidfacts.bulk.TerminalProgress;
import io.aidfacts.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts extract}: articles in, one JSON line of mentions and facts per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract mentions and aid facts; one JSON line per article (see docs/output-format.md).",
        "Reads folders (recursively; hidden and .md files left out), .txt, .html, .json, .jsonl, "
            + ".gz, .zip and WARC (.warc, .warc.gz) files, and standard input."})
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files or folders (read recursively); '-' or nothing reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (.jsonl, or .jsonl.gz compressed; atomically, on success) instead of standard output.")
  Path output;

  @Option(names = "--with-body", description = "Add each article's body to its line.")
  boolean withBody;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all ${sys:aidfacts.cores} cores).")
  Integer threads;

  @Option(names = "--unordered", description = "Write each article as soon as it is done, not in input order.")
  boolean unordered;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Write one JSON line {input, reason} per bad input, record or article to FILE instead of standard error.")
  Path errorsFile;

  @Option(names = "--resume",
      description = "Continue a killed run: skip inputs that the journal beside the output (FILE.journal) lists as done. Needs -o with a plain .jsonl file.")
  boolean resume;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (it is shown only when standard error is a terminal anyway).")
  boolean quiet;

  @Option(names = "--facts-only",
      description = "Analyse only articles with a cue of giving and write only articles with facts (much faster on archives mostly not about aid).")
  boolean factsOnly;

  static {
    System.setProperty("aidfacts.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    validate();
    List<Path> own = new ArrayList<>();
    if (output != null) {
      own.add(output);
      own.add(ResumeJournal.pathFor(output));
    }
    if (errorsFile != null) {
      own.add(errorsFile);
    }
    // Discover inputs before the output exists, so an output inside an input folder is
    // never read back as input.
    List<Input> sources = Inputs.discover(inputs, own);
    if (resume && sources.stream().anyMatch(Input::isStdin)) {
      throw new ParameterException(spec.commandLine(),
          "--resume cannot skip what was read from standard input: name the files instead");
    }
    AidFacts aid = AidFacts.builder().factsOnly(factsOnly).build();
    BulkRunner runner = BulkRunner.builder()
        .threads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
        .ordered(!unordered)
        .build();
    ResumeJournal journal = null;
    JsonLinesSink sink = null;
    ErrorReport errors = null;
    try {
      if (resume) {
        journal = ResumeJournal.open(output);
        sink = JsonLinesSink.resumable(output, journal.outputBytes());
      } else if (output != null) {
        Files.deleteIfExists(ResumeJournal.pathFor(output));
        sink = JsonLinesSink.atomic(output);
      } else {
        sink = JsonLinesSink.to(spec.commandLine().getOut());
      }
      LineFile errorLines = null;
      if (errorsFile != null) {
        errorLines = resume ? LineFile.resumable(errorsFile, Math.max(0, journal.errorBytes()))
            : LineFile.atomic(errorsFile);
      }
      errors = new ErrorReport("aidfacts extract: ", err, errorLines);
      long total = 0;
      for (Input in : sources) {
        total = in.size() < 0 || total < 0 ? -1 : total + in.size();
      }
      BulkRunner.Stage<Line> stage = new BulkRunner.Stage<>() {
        @Override
        public Line process(Article article) {
          ArticleFacts r = aid.extract(article);
          if (factsOnly && r.facts().isEmpty()) {
            return null;
          }
          return new Line(ArticleFactsJson.toJson(r, withBody), r.facts().size());
        }

        @Override
        public int facts(Line line) {
          return line.facts();
        }
      };
      BulkSummary s = runner.run(sources, stage, new LineSink(sink), errors,
          journal, TerminalProgress.create(total, sources.size(), quiet));
      err.println("aidfacts extract: " + s.line()
          + (s.failed() > 0 && errorsFile != null ? "; errors in " + errorsFile.toAbsolutePath() : ""));
      err.flush();
      return s.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    } finally {
      if (sink != null) {
        sink.close();
      }
      if (errors != null) {
        errors.close();
      }
      if (journal != null) {
        journal.close();
      }
    }
  }

  private void validate() {
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (resume && output == null) {
      throw new ParameterException(spec.commandLine(),
          "--resume needs -o FILE: the journal of finished inputs is kept beside it");
    }
    if (resume && unordered) {
      throw new ParameterException(spec.commandLine(),
          "--resume keeps input order (a finished input must mark a clean cut in the output): drop --unordered");
    }
    if (resume && output.getFileName().toString().endsWith(".gz")) {
      throw new ParameterException(spec.commandLine(),
          "--resume appends to the output, which gzip cannot do safely: write .jsonl and compress it afterwards");
    }
  }

  /** One output line and its number of facts. */
  record Line(String json, int facts) {}

  /** Adapts the JSON Lines sink to lines with their fact count. */
  private static final class LineSink implements io.aidfacts.bulk.ResultSink<Line> {
    private final JsonLinesSink sink;

    LineSink(JsonLinesSink sink) {
      this.sink = sink;
    }

    @Override
    public void write(Line line) throws IOException {
      sink.write(line.json());
    }

    @Override
    public long position() {
      return sink.position();
    }

    @Override
    public void sync() throws IOException {
      sink.sync();
    }

    @Override
    public void commit() throws IOException {
      sink.commit();
    }

    @Override
    public void close() throws IOException {
      sink.close();
    }
  }
}
