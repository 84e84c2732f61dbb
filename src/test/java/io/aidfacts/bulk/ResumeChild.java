package io.aidfacts.bulk;

import io.aidfacts.model.Article;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A bulk run in a child JVM for {@link ResumeTest}: the same wiring as {@code extract --resume
 * --errors F}, with a stage slow enough that the parent can kill it in the middle.
 * Arguments: input folder, output, errors file, milliseconds per article.
 */
public final class ResumeChild {

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path errs = Path.of(args[2]);
    int sleep = Integer.parseInt(args[3]);
    BulkRunner.Stage<String> stage = a -> {
      if (sleep > 0) {
        Thread.sleep(sleep);
      }
      return line(a);
    };
    System.exit(run(in, out, errs, stage));
  }

  static String line(Article a) {
    return "{\"id\":\"" + a.id() + "\",\"len\":" + a.body().length() + "}";
  }

  static int run(Path in, Path out, Path errs, BulkRunner.Stage<String> stage) throws Exception {
    List<Input> inputs = Inputs.discover(List.of(in.toString()), List.of(out, errs, ResumeJournal.pathFor(out)));
    try (ResumeJournal journal = ResumeJournal.open(out);
        JsonLinesSink sink = JsonLinesSink.resumable(out, journal.outputBytes());
        ErrorReport errors = new ErrorReport("", new PrintWriter(new StringWriter()),
            LineFile.resumable(errs, Math.max(0, journal.errorBytes())))) {
      BulkSummary s = BulkRunner.builder().threads(2).commitIntervalMillis(20).build()
          .run(inputs, stage, sink, errors, journal, null);
      return s.failed() > 0 ? 1 : 0;
    }
  }
}
