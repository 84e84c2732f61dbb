package io.aidfacts.cli;

import io.aidfacts.WordSegmentation;
import io.aidfacts.eval.SegmentationGold;
import io.aidfacts.eval.SegmentedSentence;
import io.aidfacts.read.UnreadableInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aidfacts segment}: the library's segmentation (the one extraction and the index use)
 * as plain text, each input line one output line of words separated by single spaces, so any
 * standard scorer can read it.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = {"Print the library's segmentation: each input line as words separated by single spaces.",
        "Characters are unchanged; white space in the input only separates words."})
final class SegmentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Text files (UTF-8, GB18030/GBK or Big5); '-' or nothing reads standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--from", paramLabel = "FORMAT", defaultValue = "text",
      description = "Input layout: text (default; every line as it is), or segmented gold text "
          + "(pd1998, spaces, auto) whose sentences are joined and segmented again, one output line "
          + "per sentence, for `eval seg --predicted`.")
  String from;

  @Option(names = "--segmenter", paramLabel = "NAME", defaultValue = "aidfacts",
      description = "aidfacts (default), or a baseline: hanlp, smartcn.")
  String segmenter;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (atomically, on success) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    SegmentationGold.Format format;
    WordSegmentation words;
    try {
      format = from.equalsIgnoreCase("text") ? null : SegmentationGold.Format.parse(from);
      words = WordSegmentation.named(segmenter);
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("aidfacts segment: " + e.getMessage());
      return Main.USAGE;
    }
    if (inputs.isEmpty()) {
      inputs = List.of("-");
    }
    int[] failed = {0};
    TextInputs.writeTo(output, spec.commandLine().getOut(), w -> {
      for (String in : inputs) {
        try {
          if (format == null) {
            for (String line : TextInputs.lines(TextInputs.read(in))) {
              w.write(words.spaced(line));
              w.write('\n');
            }
          } else {
            String text = TextInputs.read(in);
            for (SegmentedSentence s : SegmentationGold.parse(text, format)) {
              w.write(words.spaced(s.text()));
              w.write('\n');
            }
          }
        } catch (UnreadableInputException | IllegalArgumentException e) {
          err.println("aidfacts segment: " + (e instanceof UnreadableInputException ? "" : in + ": ") + e.getMessage());
          failed[0]++;
        }
      }
    });
    err.flush();
    return failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
  }
}
