package io.aidfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.aidfacts.eval.FactEvaluator;
import io.aidfacts.eval.FactScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aidfacts eval facts}: the metrics of {@code score.py} (same definitions, same printed
 * numbers on the same input), so users can score their own annotated articles without Python.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = {"The metrics of score.py: mentions, amounts, dates and facts against gold records.",
        "Prints what score.py prints for the same gold and output; the last line is the headline 'fact F1 = x.xxx'."})
final class EvalFactsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "OUTPUT",
      description = "Extraction output (JSON Lines of `extract`); records pair with gold by id, a later one wins.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--gold", required = true, paramLabel = "GOLD",
      description = "A gold .json record, a .jsonl of records, or a folder of .json records.")
  Path gold;

  @Option(names = "--json", description = "Print the scores as one JSON line (score.py --json).")
  boolean json;

  @Option(names = "--show-errors", description = "List every miss and false hit first.")
  boolean showErrors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<JsonNode> golds;
    Map<String, JsonNode> preds;
    int[] bad = {0};
    try {
      golds = FactEvaluator.loadGold(gold);
      preds = FactEvaluator.loadPredictions(inputs, message -> {
        err.println("aidfacts eval facts: " + message);
        bad[0]++;
      });
    } catch (IOException | IllegalArgumentException e) {
      err.println("aidfacts eval facts: " + e.getMessage());
      return Main.USAGE;
    }
    FactScore score;
    try {
      score = FactEvaluator.score(golds, preds);
    } catch (IllegalArgumentException e) {
      err.println("aidfacts eval facts: " + e.getMessage());
      return Main.USAGE;
    }
    if (json) {
      out.println(score.toJson());
      out.println(score.headline());
    } else {
      score.toText(showErrors).forEach(out::println);
    }
    out.flush();
    err.flush();
    return bad[0] == 0 ? Main.OK : Main.SOME_FAILED;
  }
}
